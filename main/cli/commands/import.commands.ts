import { CALLS } from '../../../shared/api/contract.ts';
import {
  expandInputs,
  importFiles,
  resumeImports,
  type ImportOutcome,
} from '../../core/documents/import.service.ts';
import { findPersonByName } from '../../core/people/people.service.ts';
import { snippetText } from '../../core/search/search.service.ts';
import { createTesseractOcrService } from '../../core/ocr/tesseract-ocr.service.ts';
import { UsageError, writeJsonLine, type CliCommand, type CliContext } from '../cli-command.ts';
import { openCliApp, passphraseFrom, reportFailure, VAULT_OPTIONS } from '../cli-vault.ts';

const PERSON_OPTIONS = { ...VAULT_OPTIONS, person: { type: 'string' } } as const;

function personName(ctx: CliContext): string {
  const name = ctx.values.person as string | undefined;
  if (!name) throw new UsageError('say whose records these are with --person NAME.');
  return name;
}

function describe(outcome: ImportOutcome): string {
  if ('error' in outcome) return `refused: ${outcome.error.message}`;
  if (outcome.status === 'duplicate') return 'already in the binder (skipped)';
  return outcome.status === 'needs_review' ? 'imported, needs a look' : 'imported';
}

const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import files or whole folders into a family member’s binder (OCR runs on this computer).',
  usage:
    'carebinder import FILE|DIR... --person NAME [--keep-duplicates] [--vault DIR] [--passphrase-file FILE] [--json]',
  options: { ...PERSON_OPTIONS, 'keep-duplicates': { type: 'boolean' } },
  async run(ctx) {
    const name = personName(ctx);
    if (ctx.positionals.length === 0) throw new UsageError('name at least one file or folder to import.');
    const { app, call } = openCliApp(ctx);
    const ocr = createTesseractOcrService();
    try {
      await call(CALLS.vaultUnlock, { passphrase: await passphraseFrom(ctx) });
      const session = app.session();
      const person = findPersonByName(session, name);
      await resumeImports(session, { ocr });
      const files = expandInputs(ctx.positionals);
      let refused = 0;
      await importFiles(session, person.id, files, {
        ocr,
        duplicates: ctx.values['keep-duplicates'] ? 'keep' : 'skip',
        onOutcome: (outcome) => {
          if ('error' in outcome) refused++;
          if (ctx.values.json) {
            writeJsonLine(
              ctx.io,
              'error' in outcome
                ? outcome
                : {
                    file: outcome.file,
                    status: outcome.status,
                    documentId: outcome.documentId,
                    category: outcome.category,
                  },
            );
          } else ctx.io.stdout(`${outcome.file}: ${describe(outcome)}\n`);
        },
      });
      return refused > 0 ? 1 : 0;
    } catch (error) {
      return reportFailure(ctx, 'import', error);
    } finally {
      await ocr.close();
      app.lock('user');
    }
  },
};

const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Search the text of a family member’s documents.',
  usage: 'carebinder search QUERY --person NAME [--vault DIR] [--passphrase-file FILE] [--json]',
  options: PERSON_OPTIONS,
  async run(ctx) {
    const name = personName(ctx);
    const query = ctx.positionals.join(' ').trim();
    if (!query) throw new UsageError('say what to search for.');
    const { app, call } = openCliApp(ctx);
    try {
      await call(CALLS.vaultUnlock, { passphrase: await passphraseFrom(ctx) });
      const person = findPersonByName(app.session(), name);
      const hits = await call(CALLS.searchPages, { personId: person.id, query });
      for (const hit of hits) {
        const line = {
          documentId: hit.documentId,
          title: hit.title,
          page: hit.page,
          snippet: snippetText(hit.snippet),
        };
        if (ctx.values.json) writeJsonLine(ctx.io, line);
        else ctx.io.stdout(`${hit.title}, page ${hit.page}: ${line.snippet}\n`);
      }
      if (!ctx.values.json && hits.length === 0) ctx.io.stdout('Nothing found.\n');
      return 0;
    } catch (error) {
      return reportFailure(ctx, 'search', error);
    } finally {
      app.lock('user');
    }
  },
};

export const importCommands: CliCommand[] = [importCommand, searchCommand];
