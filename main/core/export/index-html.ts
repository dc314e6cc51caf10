import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../../shared/categories.ts';
import { escapeHtml } from '../portal/html-page.ts';
import type { PacketFacts } from './packet-facts.service.ts';

/** One document's line in the index page. */
export interface IndexLink {
  path: string;
  category: CategoryId;
  title: string;
  docDate: string | null;
  pages: number;
  /** False for a file the summary PDF does not hold (an audio recording). */
  inPdf: boolean;
}

/** A relative link that works from the packet folder on any OS and inside a ZIP viewer. */
function href(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

/**
 * The packet's `index.html`: plain HTML with inline styles, relative links, no scripts and nothing
 * loaded from anywhere, so it opens from a USB stick in any browser, offline.
 */
export function renderIndexHtml(facts: PacketFacts, summaryPath: string, links: IndexLink[]): string {
  const sections = CATEGORY_IDS.map((category) => {
    const of = links.filter((l) => l.category === category);
    if (of.length === 0) return '';
    const rows = of
      .map(
        (l) =>
          `<tr><td>${escapeHtml(l.docDate ?? 'undated')}</td><td><a href="${href(l.path)}">${escapeHtml(l.title)}</a></td><td>${l.inPdf ? l.pages : 'audio recording, not included in the PDF'}</td></tr>`,
      )
      .join('\n');
    return `<h2>${escapeHtml(CATEGORY_LABELS[category])} (${of.length})</h2>
<table><thead><tr><th scope="col">Date</th><th scope="col">Document</th><th scope="col">Pages</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
  }).join('\n');
  const person = facts.person;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Second-opinion packet — ${escapeHtml(person.name)}</title>
<style>
body { font: 17px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #ccc; vertical-align: top; }
a { color: #0b57d0; }
.summary { font-size: 1.2rem; padding: 1rem; border: 2px solid #0b57d0; border-radius: .5rem; }
</style>
</head>
<body>
<h1>Second-opinion packet</h1>
<p><strong>Patient:</strong> ${escapeHtml(person.name)} · <strong>Date of birth:</strong> ${escapeHtml(person.birthDate ?? 'not recorded')}</p>
<p>Prepared by ${escapeHtml(facts.preparedBy)} on ${facts.preparedAt.toISOString().slice(0, 10)}.</p>
<p class="summary"><a href="${href(summaryPath)}">Open the summary (PDF)</a> — overview, medication history and every document with bookmarks.</p>
${sections || '<p>No documents were selected.</p>'}
<p>The file MANIFEST.sha256 lists a checksum of every file, so the receiver can check nothing was damaged in transit (for example with <code>sha256sum -c MANIFEST.sha256</code>).</p>
</body>
</html>
`;
}
