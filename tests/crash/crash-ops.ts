import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CATEGORY_IDS } from '../../shared/categories.ts';
import { createBackup } from '../../main/core/backup/backup.service.ts';
import { getDocument, listUnfinished } from '../../main/core/documents/documents.repo.ts';
import {
  listDocuments,
  renameDocument,
  restoreDocument,
  trashDocument,
} from '../../main/core/documents/documents-view.service.ts';
import {
  importFiles,
  processDocuments,
  resumeImports,
  type ImportOutcome,
} from '../../main/core/documents/import.service.ts';
import { chooseCategory } from '../../main/core/documents/review.service.ts';
import {
  addMedication,
  listMedicationLog,
  recordEvent,
} from '../../main/core/medlog/medication-log.service.ts';
import type { OcrService } from '../../main/core/ocr/ocr.types.ts';
import { setDeviceSlot } from '../../main/core/vault/vault.service.ts';
import type { VaultSession } from '../../main/core/vault/vault-session.ts';
import type { Ack, ChildConfig, FileOutcome, Op, OpKind } from './crash-protocol.ts';

/** What a child needs besides the session to choose and run operations. */
export interface OpContext {
  config: ChildConfig;
  fixtures: string[];
  deviceKey: Buffer;
  ocr: OcrService;
  random: () => number;
}

// How often each kind is chosen when it applies: mostly the everyday edits, imports often (they write the
// most files), the heavy whole-vault work (backup, packet) rarely.
const WEIGHTS: Record<OpKind, number> = {
  import: 5,
  rename: 3,
  classify: 3,
  trash: 2,
  restore: 2,
  reread: 1,
  resume: 2,
  'med-add': 2,
  'med-stop': 2,
  'med-restart': 1,
  backup: 1,
  export: 1,
  remember: 1,
};

const READ = new Set(['done', 'needs_review']);

/**
 * Picks the next operation from what the vault holds now (a rename needs a document, and so on). The
 * first one is `config.first` when the parent asked for it and it applies.
 */
export function chooseOp(session: VaultSession, ctx: OpContext, seq: number): Op {
  const { random, config } = ctx;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const live = listDocuments(session, config.personId);
  const readable = live.filter((d) => READ.has(d.status));
  const trashed = listDocuments(session, config.personId, true);
  const meds = listMedicationLog(session, config.personId);
  const taking = meds.filter((m) => m.current);
  const stopped = meds.filter((m) => !m.current);
  const unfinished = listUnfinished(session.db).map((r) => r.id);
  // Events are dated forwards from the iteration, so a stop never comes before its start.
  const date = new Date(Date.UTC(2020, 0, 1) + (config.iteration * 64 + seq) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const name = `i${config.iteration}-${seq}`;

  const candidates: { kind: OpKind; make: () => Op }[] = [];
  const offer = (kind: OpKind, applies: boolean, make: () => Op): void => {
    if (applies) for (let i = 0; i < WEIGHTS[kind]; i++) candidates.push({ kind, make });
  };
  offer('import', true, () => ({
    kind: 'import',
    files: random() < 0.7 ? [pick(ctx.fixtures)] : [pick(ctx.fixtures), pick(ctx.fixtures)],
  }));
  offer('rename', live.length > 0, () => ({ kind: 'rename', id: pick(live).id, title: `Title ${name}` }));
  offer('classify', live.length > 0, () => ({
    kind: 'classify',
    id: pick(live).id,
    category: pick(CATEGORY_IDS),
  }));
  offer('trash', live.length > 0, () => ({ kind: 'trash', id: pick(live).id }));
  offer('restore', trashed.length > 0, () => ({ kind: 'restore', id: pick(trashed).id }));
  offer('reread', readable.length > 0, () => ({ kind: 'reread', id: pick(readable).id }));
  offer('resume', unfinished.length > 0, () => ({ kind: 'resume', ids: unfinished }));
  offer('med-add', true, () => ({
    kind: 'med-add',
    name: pick(['Tamoxifen', 'Letrozole', 'Ondansetron']),
    date,
  }));
  offer('med-stop', taking.length > 0, () => ({ kind: 'med-stop', id: pick(taking).id, date }));
  offer('med-restart', stopped.length > 0, () => ({ kind: 'med-restart', id: pick(stopped).id, date }));
  offer('backup', true, () => ({ kind: 'backup', file: path.join(config.outDir, `${name}.cbbackup`) }));
  offer('export', readable.length > 0, () => ({
    kind: 'export',
    out: path.join(config.outDir, `packet-${name}`),
    ids: [...new Set([pick(readable).id, pick(readable).id])],
  }));
  offer('remember', true, () => ({ kind: 'remember' }));
  const focused = seq === 0 ? candidates.filter((c) => c.kind === config.first) : [];
  return pick(focused.length > 0 ? focused : candidates).make();
}

/** Runs one operation through the core services; returns only once its changes are committed. */
export async function runOp(session: VaultSession, op: Op, ctx: OpContext): Promise<Ack> {
  const personId = ctx.config.personId;
  switch (op.kind) {
    case 'import': {
      const paths = op.files.map((f) => path.join(ctx.config.fixturesDir, f));
      const outcomes = await importFiles(session, personId, paths, { ocr: ctx.ocr });
      return { kind: 'import', outcomes: outcomes.map((o) => fileOutcome(o, sha256Of(o.file))) };
    }
    case 'resume': {
      const outcomes = await resumeImports(session, { ocr: ctx.ocr });
      const removed = op.ids.filter((id) => !getDocument(session.db, id));
      return { kind: 'resume', outcomes: outcomes.map((o) => fileOutcome(o, null)), removed };
    }
    case 'reread':
      await processDocuments(session, [op.id], { ocr: ctx.ocr, duplicates: 'keep' });
      return { kind: 'other' };
    case 'rename':
      renameDocument(session, op.id, op.title);
      return { kind: 'other' };
    case 'classify':
      chooseCategory(session, op.id, op.category);
      return { kind: 'other' };
    case 'trash':
      trashDocument(session, op.id);
      return { kind: 'other' };
    case 'restore':
      restoreDocument(session, op.id);
      return { kind: 'other' };
    case 'med-add':
      return { kind: 'med-add', id: addMedication(session, { personId, name: op.name, start: op.date }).id };
    case 'med-stop':
    case 'med-restart':
      recordEvent(session, {
        medicationId: op.id,
        kind: op.kind === 'med-stop' ? 'stop' : 'restart',
        date: op.date,
      });
      return { kind: 'other' };
    case 'backup':
      createBackup(session, op.file);
      return { kind: 'other' };
    case 'export': {
      // Loaded on first use: the packet writer (pdf-lib, fonts, zip) would double every child's start-up,
      // and start-up is what bounds the harness's pace.
      const { runExport } = await import('../../main/core/export/export.service.ts');
      const result = await runExport(
        session,
        { personId, documentIds: op.ids, format: 'folder', out: op.out },
        { report: () => undefined, signal: new AbortController().signal },
      );
      return { kind: 'export', ok: result.verification.ok };
    }
    case 'remember':
      setDeviceSlot(session, ctx.deviceKey); // rewrites vault.json: the settings file's atomic write
      return { kind: 'other' };
  }
}

function fileOutcome(outcome: ImportOutcome, sha256: string | null): FileOutcome {
  if ('error' in outcome) return { documentId: null, status: null, errorCode: outcome.error.code, sha256 };
  return { documentId: outcome.documentId, status: outcome.status, errorCode: null, sha256 };
}

function sha256Of(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
