import type { CategoryId } from '../../../shared/categories.ts';
import { log } from '../log/logger.ts';
import { compact } from './compact.ts';
import type { PortalDocument } from './portal.types.ts';
import { contentKey } from './record-key.ts';

/** One embedded file as the export describes it: inline base64 data or inline text. */
export interface AttachmentSource {
  title: string;
  category: CategoryId;
  date?: string;
  mime: string;
  base64?: string;
  text?: string;
}

/**
 * Turns an embedded attachment into a document: base64 is decoded (strictly; malformed data is skipped and
 * logged, not guessed at), text/* content becomes text (HTML reduced to its words, so no markup from the
 * export is ever rendered), everything else (PDF, images) stays bytes. Returns undefined when there is
 * no content (attachments that only point at a URL cannot be fetched: CareBinder never goes online).
 */
export function attachmentDocument(source: AttachmentSource): PortalDocument | undefined {
  const mime = (source.mime.split(';')[0] ?? '').trim().toLowerCase() || 'application/octet-stream';
  let bytes: Uint8Array | undefined;
  if (source.base64 !== undefined) {
    const clean = source.base64.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
      log.warn('portal.attachment.bad_base64', { mime });
      return undefined;
    }
    bytes = new Uint8Array(Buffer.from(clean, 'base64'));
  }
  const isText = mime.startsWith('text/') || mime === 'application/xhtml+xml';
  const rawText = source.text ?? (isText && bytes ? new TextDecoder('utf-8').decode(bytes) : undefined);
  const text = rawText !== undefined && isText && /html/.test(mime) ? htmlToText(rawText) : rawText;
  if (!bytes?.length && !text?.trim()) return undefined;
  return compact({
    recordKey: contentKey(bytes ?? text ?? ''),
    title: attachmentTitle(source.title),
    category: source.category,
    date: source.date,
    mime,
    text: isText || !bytes ? text : undefined,
    bytes: isText ? undefined : bytes,
  });
}

// Longer titles are cut: an export may say anything, and the title becomes the document's name everywhere.
const MAX_TITLE_CHARS = 200;

/**
 * An attachment's title as the export gives it, made safe to show as a document name: control characters
 * (newlines, bells) and bidirectional overrides (which can make "txt.exe" look like "exe.txt") become
 * spaces, runs of spaces collapse, and very long titles are cut. Slashes stay: titles hold dates.
 */
export function attachmentTitle(title: string): string {
  const clean = title
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(clean); // whole characters, so an emoji is never cut in half
  return chars.length > MAX_TITLE_CHARS
    ? `${chars
        .slice(0, MAX_TITLE_CHARS - 1)
        .join('')
        .trimEnd()}…`
    : clean;
}

/** Words of an HTML fragment: tags dropped, block ends as line breaks, the common entities decoded. */
export function htmlToText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<(br|\/p|\/div|\/tr|\/li|\/h\d)[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return entities[ref.toLowerCase()] ?? whole;
      const code = ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
