import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

/** The standard structure types the packet uses (ISO 32000-1 §14.8.4). */
export type StructType =
  'Document' | 'Sect' | 'H1' | 'H2' | 'P' | 'L' | 'LI' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure';

/** Extra entries of a structure element: alternate text (figures), table header scope, list numbering. */
export interface StructOptions {
  alt?: string;
  scope?: 'Column' | 'Row';
  numbering?: 'Decimal' | 'Disc';
}

/** One structure element while the document is being drawn; written out by `PdfTags.finish`. */
export interface StructNode {
  readonly type: StructType;
  readonly ref: PDFRef;
  readonly parent: StructNode | null;
  readonly options: StructOptions;
  /** Child elements and marked-content references, in reading order. */
  readonly kids: (StructNode | { page: PDFPage; mcid: number })[];
}

interface PageMarks {
  key: number;
  /** The element each MCID on the page belongs to (index = MCID). */
  owners: StructNode[];
}

/**
 * Makes a pdf-lib document a tagged PDF: a structure tree (Document → headings, paragraphs, lists,
 * tables, figures) whose leaves are marked-content sequences (`/P <</MCID n>> BDC … EMC`) around the text
 * runs drawn on each page, the parent tree that maps each page's MCIDs back to their elements, and
 * everything else drawn marked as an artifact (page headers and footers, rules). pdf-lib has no API for
 * any of this, so the objects are written by hand (ISO 32000-1 §14.7, §14.8).
 */
export class PdfTags {
  private readonly pdf: PDFDocument;
  // Keyed by the page's reference: PDFRef objects are interned, page wrappers need not be.
  private readonly pages = new Map<PDFRef, PageMarks>();
  readonly root: StructNode;

  constructor(pdf: PDFDocument) {
    this.pdf = pdf;
    this.root = { type: 'Document', ref: pdf.context.nextRef(), parent: null, options: {}, kids: [] };
  }

  /** Adds an element at the end of `parent`'s children. */
  add(parent: StructNode, type: StructType, options: StructOptions = {}): StructNode {
    const node: StructNode = { type, ref: this.pdf.context.nextRef(), parent, options, kids: [] };
    parent.kids.push(node);
    return node;
  }

  /** Draws `draw` on `page` as one marked-content sequence belonging to `owner`. */
  mark(page: PDFPage, owner: StructNode, draw: () => void): void {
    let marks = this.pages.get(page.ref);
    if (!marks) {
      marks = { key: this.pages.size, owners: [] };
      this.pages.set(page.ref, marks);
    }
    const mcid = marks.owners.length;
    marks.owners.push(owner);
    owner.kids.push({ page, mcid });
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
        PDFName.of(owner.type),
        `<< /MCID ${mcid} >>`,
      ]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /**
   * Draws `draw` as an artifact: content a screen reader skips (running headers and footers, rules,
   * repeated table headers), so it does not interrupt the reading order.
   */
  artifact(page: PDFPage, draw: () => void, kind: 'Pagination' | 'Layout' = 'Layout'): void {
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
        PDFName.of('Artifact'),
        `<< /Type /${kind} >>`,
      ]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /**
   * Writes the structure tree root, every element, the parent tree and /MarkInfo into the document.
   * Pages that carry no marks of ours (copied originals) lose any /StructParents they brought along:
   * it pointed into their source's tree and would collide with ours.
   */
  finish(): void {
    const { context, catalog } = this.pdf;
    const treeRef = context.nextRef();
    const write = (node: StructNode, parent: PDFRef) => {
      const kids: PDFObject[] = node.kids.map((kid) => {
        if ('mcid' in kid) return context.obj({ Type: 'MCR', Pg: kid.page.ref, MCID: kid.mcid });
        write(kid, node.ref);
        return kid.ref;
      });
      const entries: Record<string, PDFObject> = {
        Type: PDFName.of('StructElem'),
        S: PDFName.of(node.type),
        P: parent,
        K: context.obj(kids),
      };
      const firstPage = node.kids.find((kid) => 'mcid' in kid);
      if (firstPage) entries.Pg = firstPage.page.ref;
      if (node.options.alt) entries.Alt = PDFHexString.fromText(node.options.alt);
      if (node.options.scope) entries.A = context.obj({ O: 'Table', Scope: PDFName.of(node.options.scope) });
      if (node.options.numbering)
        entries.A = context.obj({ O: 'List', ListNumbering: PDFName.of(node.options.numbering) });
      context.assign(node.ref, context.obj(entries));
    };
    write(this.root, treeRef);

    const nums: PDFObject[] = [];
    for (const page of this.pdf.getPages()) {
      const marks = this.pages.get(page.ref);
      if (marks) {
        page.node.set(PDFName.of('StructParents'), PDFNumber.of(marks.key));
        page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
        nums.push(PDFNumber.of(marks.key), context.obj(marks.owners.map((o) => o.ref)));
      } else {
        forgetForeignStructure(page);
      }
    }
    context.assign(
      treeRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: this.root.ref,
        ParentTree: context.obj({ Nums: context.obj(nums) }),
        ParentTreeNextKey: this.pages.size,
      }),
    );
    catalog.set(PDFName.of('StructTreeRoot'), treeRef);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}

function forgetForeignStructure(page: PDFPage): void {
  page.node.delete(PDFName.of('StructParents'));
  const annots = page.node.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) return;
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookup(i);
    if (annot instanceof PDFDict) annot.delete(PDFName.of('StructParent'));
  }
}
