import { PDFArray, PDFContentStream, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedPacketFonts } from '../../../main/core/export/pdf-fonts.ts';
import { PdfTags } from '../../../main/core/export/pdf-tags.ts';
import { PdfWriter, wrap } from '../../../main/core/export/pdf-writer.ts';

/** The page's content streams as text (pdf-lib keeps them unencoded until the document is saved). */
function contentOf(page: PDFPage): string {
  const contents = page.node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : [page.node.get(PDFName.of('Contents'))];
  return refs
    .map((ref) => {
      const stream = ref && page.doc.context.lookup(ref);
      if (!(stream instanceof PDFContentStream)) throw new Error('not a content stream pdf-lib wrote');
      return stream.getContentsString();
    })
    .join('\n');
}

describe('the tagged summary writer', () => {
  it('marks each text run with an MCID of its element and decorations as artifacts', async () => {
    const pdf = await PDFDocument.create();
    const fonts = await embedPacketFonts(pdf);
    const tags = new PdfTags(pdf);
    const w = new PdfWriter(pdf, fonts, { draw: true, runningHeader: 'Running header', tags });
    w.newPage();
    w.heading('Title', 18);
    w.paragraph('First line\nSecond line');
    w.table([{ title: 'Drug', width: 1 }], [['Letrozole']]);
    tags.finish();

    const content = contentOf(pdf.getPages()[0]!);
    expect(content).toMatch(/\/Artifact << \/Type \/Pagination >> BDC/);
    expect(content).toMatch(/\/H1 << \/MCID 0 >> BDC/);
    expect(content).toMatch(/\/P << \/MCID 1 >> BDC[\s\S]*\/P << \/MCID 2 >> BDC/);
    expect(content).toMatch(/\/TH << \/MCID 3 >> BDC[\s\S]*\/TD << \/MCID 4 >> BDC/);
    expect(content.match(/BDC/g)?.length).toBe(content.match(/EMC/g)?.length);

    const page = pdf.getPages()[0]!;
    expect(page.node.get(PDFName.of('StructParents'))).toEqual(PDFNumber.of(0));
    const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    // One page: key 0 and the five owners of MCIDs 0–4 (the paragraph owns two).
    expect(nums.size()).toBe(2);
    const owners = nums.lookup(1, PDFArray).asArray();
    expect(owners).toHaveLength(5);
    expect(owners[1]).toBe(owners[2]);
  });

  it('drops the structure references a copied original brought from its own document', async () => {
    const source = await PDFDocument.create();
    const original = source.addPage([300, 300]);
    original.node.set(PDFName.of('StructParents'), PDFNumber.of(0));
    const link = source.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      StructParent: 1,
      Rect: [0, 0, 10, 10],
    });
    original.node.set(PDFName.of('Annots'), source.context.obj([source.context.register(link)]));

    const pdf = await PDFDocument.create();
    const [copied] = await pdf.copyPages(source, [0]);
    pdf.addPage(copied!);
    new PdfTags(pdf).finish();
    const page = pdf.getPages()[0]!;
    expect(page.node.get(PDFName.of('StructParents'))).toBeUndefined();
    const annot = page.node.lookup(PDFName.of('Annots'), PDFArray).lookup(0, PDFDict);
    expect(annot.get(PDFName.of('StructParent'))).toBeUndefined();
  });

  it('keeps the line breaks of the text it wraps', async () => {
    const fonts = await embedPacketFonts(await PDFDocument.create());
    expect(wrap('Questions\nShould I\task?', fonts.regular, 10, 400)).toEqual(['Questions', 'Should I ask?']);
  });
});
