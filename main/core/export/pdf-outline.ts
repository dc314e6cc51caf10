import { PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib';

/** One bookmark: its title, the 0-based page it opens, and bookmarks under it. */
export interface OutlineNode {
  title: string;
  pageIndex: number;
  children?: OutlineNode[];
}

/**
 * Writes the PDF outline (bookmarks panel) by hand — pdf-lib has no API for it: an /Outlines dictionary
 * whose items are linked by /First, /Last, /Next, /Prev and /Parent, each opening its page with /Fit
 * (ISO 32000-1 §12.3.3). Top-level items are shown open, their children closed.
 */
export function writeOutline(pdf: PDFDocument, nodes: OutlineNode[]): void {
  if (nodes.length === 0) return;
  const context = pdf.context;
  const pages = pdf.getPages();
  const rootRef = context.nextRef();

  const build = (items: OutlineNode[], parent: PDFRef, open: boolean) => {
    const refs = items.map(() => context.nextRef());
    let visible = 0;
    items.forEach((item, i) => {
      const page = pages[Math.min(item.pageIndex, pages.length - 1)]!;
      const entries: Record<string, PDFObject> = {
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: context.obj([page.ref, PDFName.of('Fit')]),
      };
      if (i > 0) entries.Prev = refs[i - 1]!;
      if (i < items.length - 1) entries.Next = refs[i + 1]!;
      if (item.children?.length) {
        const kids = build(item.children, refs[i]!, false);
        entries.First = kids.first;
        entries.Last = kids.last;
        // Positive: shown open; negative: closed with that many hidden descendants.
        entries.Count = PDFNumber.of(open ? kids.count : -kids.count);
      }
      context.assign(refs[i]!, context.obj(entries));
      visible += 1 + (open && item.children ? item.children.length : 0);
    });
    return { first: refs[0]!, last: refs.at(-1)!, count: visible };
  };

  const top = build(nodes, rootRef, true);
  context.assign(
    rootRef,
    context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: PDFNumber.of(top.count) }),
  );
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
