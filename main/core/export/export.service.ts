import fs from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type {
  ExportResult,
  ExportStartInput,
  ExportVerification,
} from '../../../shared/schemas/export.schema.ts';
import { AppError } from '../errors.ts';
import { documentsInPdf } from './appendix.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import { log } from '../log/logger.ts';
import { parsePortalExport } from '../portal/portal-export.ts';
import type { VaultSession } from '../vault/vault-session.ts';
import { DEFAULT_EMAIL_LIMIT_MB, selectPacket } from './export-selection.service.ts';
import { buildFhirBundle } from './fhir-bundle.ts';
import { writePacketFolder } from './folder-export.service.ts';
import { sha256 } from './manifest.ts';
import { absoluteOut, checkFileTarget, checkFolderTarget, writeOutput } from './output-files.ts';
import { prepareOutgoing, type OutgoingDocument } from './outgoing-document.service.ts';
import { gatherPacketFacts, type PacketFacts } from './packet-facts.service.ts';
import { buildPacketPdf, checkpoint, type WorkControl } from './packet-pdf.service.ts';
import { buildPacketTree } from './packet-tree.ts';
import { writePacketZip } from './zip-export.service.ts';

/**
 * Builds and writes one packet: selects the person's documents, prepares each with the privacy rules,
 * then writes the chosen format and reads it back. Long work yields between documents and stops at
 * the next one when cancelled.
 */
export async function runExport(
  session: VaultSession,
  input: ExportStartInput,
  control: WorkControl,
): Promise<ExportResult> {
  const out = absoluteOut(input.out);
  if (input.format === 'folder') checkFolderTarget(out);
  else if (input.format !== 'zip') checkFileTarget(out, input.overwrite ?? false);

  const selection = selectPacket(session, input);
  const facts = gatherPacketFacts(session, selection, input.preparedBy, new Date());
  const documents: OutgoingDocument[] = [];
  for (const [i, doc] of selection.documents.entries()) {
    control.report({ step: 'Preparing documents', current: i, total: selection.documents.length });
    await checkpoint(control.signal);
    documents.push(await prepareOutgoing(session, doc, { redact: input.redact ?? false }));
  }
  const base = {
    format: input.format,
    documents: documents.length,
    pages: 0,
    redactions: documents.reduce((sum, d) => sum + d.redactions, 0),
    overEmailLimit: false,
    largeItems: [],
  };
  log.info('export.start', { format: input.format, documents: documents.length });

  if (input.format === 'fhir') {
    const bytes = Buffer.from(JSON.stringify(buildFhirBundle(facts, documents), null, 1), 'utf8');
    writeOutput(out, bytes);
    return {
      ...base,
      pages: documents.reduce((sum, d) => sum + d.row.pageCount, 0),
      files: [{ path: out, bytes: bytes.length }],
      verification: verifyFhir(out, bytes, facts, documents),
    };
  }

  const packet = await buildPacketPdf(facts, documentsInPdf(documents), control);
  const pages = packet.summaryPages + packet.appendixPages;
  if (input.format === 'pdf') {
    writeOutput(out, packet.bytes);
    return {
      ...base,
      pages,
      files: [{ path: out, bytes: packet.bytes.length }],
      verification: await verifyPdf(out, packet.bytes, pages),
    };
  }
  const tree = await buildPacketTree(facts, documents, packet.bytes, control);
  if (input.format === 'folder') {
    const verification = await writePacketFolder(out, tree, control);
    return {
      ...base,
      pages,
      files: tree.map((f) => ({ path: f.path, bytes: f.bytes.length })),
      verification,
    };
  }
  const zip = await writePacketZip(
    out,
    tree,
    {
      password: input.zipPassword,
      limitBytes: (input.emailLimitMb ?? DEFAULT_EMAIL_LIMIT_MB) * 1024 * 1024,
      split: input.split ?? false,
      overwrite: input.overwrite ?? false,
    },
    control,
  );
  return {
    ...base,
    pages,
    files: zip.parts,
    verification: zip.verification,
    overEmailLimit: zip.overLimit,
    largeItems: zip.largeItems,
  };
}

/**
 * Starts an export as a job (progress events, cancel) and returns its id. `onWritten` hears of the
 * result before the job reports done, so whatever it records is in place when the UI shows the result.
 */
export function startExport(
  jobs: JobRunner,
  session: VaultSession,
  input: ExportStartInput,
  onWritten?: (result: ExportResult) => void,
): { jobId: string } {
  const { id } = jobs.start('export', async (report, signal) => {
    const result = await runExport(session, input, { report, signal });
    onWritten?.(result);
    return result;
  });
  return { jobId: id };
}

function readBack(file: string, bytes: Uint8Array): ExportVerification {
  let written: Buffer;
  try {
    written = fs.readFileSync(file);
  } catch {
    return { ok: false, checked: 1, missing: [file], corrupted: [] };
  }
  const same = sha256(written) === sha256(bytes);
  return { ok: same, checked: 1, missing: [], corrupted: same ? [] : [file] };
}

/** The PDF is read back byte for byte and opened again, with the page count it should have. */
async function verifyPdf(file: string, bytes: Uint8Array, pages: number): Promise<ExportVerification> {
  const check = readBack(file, bytes);
  if (!check.ok) return check;
  try {
    const reopened = await PDFDocument.load(fs.readFileSync(file), { updateMetadata: false });
    if (reopened.getPageCount() === pages) return check;
  } catch {
    // reported below as corrupted
  }
  return { ok: false, checked: 1, missing: [], corrupted: [file] };
}

/** The bundle is read back and parsed by CareBinder's own portal importer: every document and medicine must be there. */
function verifyFhir(
  file: string,
  bytes: Uint8Array,
  facts: PacketFacts,
  documents: OutgoingDocument[],
): ExportVerification {
  const check = readBack(file, bytes);
  if (!check.ok) return check;
  try {
    const parsed = parsePortalExport(fs.readFileSync(file), 'packet.json');
    if (
      parsed.counts.documents === documents.length &&
      parsed.counts.medications === facts.medications.length
    )
      return check;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  return { ok: false, checked: 1, missing: [], corrupted: [file] };
}
