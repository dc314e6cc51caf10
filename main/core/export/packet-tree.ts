import { renderIndexHtml, type IndexLink } from './index-html.ts';
import { MANIFEST_NAME, manifestText } from './manifest.ts';
import type { OutgoingDocument } from './outgoing-document.service.ts';
import type { PacketFacts } from './packet-facts.service.ts';
import { categoryFolderName, documentFileName, uniqueName } from './packet-names.ts';
import { checkpoint, type WorkControl } from './packet-pdf.service.ts';

/** One file of the packet tree, at a forward-slash path relative to the packet's root. */
export interface PacketFile {
  path: string;
  bytes: Uint8Array;
}

export const SUMMARY_NAME = '00-Summary.pdf';

/**
 * The packet as files, the same for the USB folder and the ZIP: `00-Summary.pdf`, one folder per
 * category with the documents under neutral sortable names (audio recordings as their original files,
 * which the PDF does not hold), `index.html`, and `MANIFEST.sha256` last (covering every other file).
 */
export async function buildPacketTree(
  facts: PacketFacts,
  documents: OutgoingDocument[],
  summary: Uint8Array,
  control: WorkControl,
): Promise<PacketFile[]> {
  const files: PacketFile[] = [{ path: SUMMARY_NAME, bytes: summary }];
  const links: IndexLink[] = [];
  const taken = new Map<string, Set<string>>();
  for (const [i, doc] of documents.entries()) {
    control.report({ step: 'Preparing the files', current: i, total: documents.length });
    await checkpoint(control.signal);
    const file = doc.file;
    const folder = categoryFolderName(doc.category);
    if (!taken.has(folder)) taken.set(folder, new Set());
    const name = uniqueName(
      documentFileName(doc.row.docDate, doc.category, doc.row.title, file.extension),
      taken.get(folder)!,
    );
    const path = `${folder}/${name}`;
    files.push({ path, bytes: file.bytes });
    links.push({
      path,
      category: doc.category,
      title: doc.row.title,
      docDate: doc.row.docDate,
      pages: doc.row.pageCount,
      inPdf: doc.parts.length > 0,
    });
  }
  files.push({
    path: 'index.html',
    bytes: Buffer.from(renderIndexHtml(facts, SUMMARY_NAME, links), 'utf8'),
  });
  files.push({ path: MANIFEST_NAME, bytes: Buffer.from(manifestText(files), 'utf8') });
  return files;
}
