/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Inline style only: the page must open offline, and the CSP forbids scripts and outside resources.
const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ccc}h3,h4,h5,h6{font-size:1.1rem}
table{border-collapse:collapse;margin:.5rem 0;width:100%}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}caption{text-align:left;font-weight:bold}`;

/**
 * Wraps already-escaped body HTML in a complete, self-contained page: no scripts, no external references,
 * and a CSP that would block them even if one slipped in.
 */
export function htmlPage(title: string, bodyHtml: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>`,
    `<body>${bodyHtml}</body></html>`,
  ].join('\n');
}
