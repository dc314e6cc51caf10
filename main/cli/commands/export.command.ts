import fs from 'node:fs';
import path from 'node:path';
import { CALLS } from '../../../shared/api/contract.ts';
import { CATEGORY_IDS } from '../../../shared/categories.ts';
import { EXPORT_FORMATS, exportStartSchema } from '../../../shared/schemas/export.schema.ts';
import { runExport } from '../../core/export/export.service.ts';
import { findPersonByName } from '../../core/people/people.service.ts';
import { UsageError, writeJsonLine, type CliCommand } from '../cli-command.ts';
import { openCliApp, passphraseFrom, reportFailure, VAULT_OPTIONS } from '../cli-vault.ts';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * `carebinder export`: writes one person's second-opinion packet as the summary PDF, a USB folder, an
 * email ZIP (optionally AES-256 encrypted, optionally split) or a FHIR R4 Bundle, then checks it.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write a family member’s packet for the second-opinion doctor (PDF, folder, ZIP or FHIR).',
  usage:
    'carebinder export --person NAME --format pdf|folder|zip|fhir --out PATH [--categories a,b]\n' +
    '  [--password-file FILE] [--split] [--redact] [--prepared-by TEXT] [--overwrite] [--json]\n' +
    `  (categories: ${CATEGORY_IDS.join(', ')}; for folder, PATH is the packet folder itself)`,
  options: {
    ...VAULT_OPTIONS,
    person: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    categories: { type: 'string' },
    'password-file': { type: 'string' },
    split: { type: 'boolean' },
    redact: { type: 'boolean' },
    'prepared-by': { type: 'string' },
    overwrite: { type: 'boolean' },
  },
  async run(ctx) {
    const name = ctx.values.person as string | undefined;
    const format = ctx.values.format as string | undefined;
    const out = ctx.values.out as string | undefined;
    if (!name) throw new UsageError('say whose packet this is with --person NAME.');
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format))
      throw new UsageError(`choose --format ${EXPORT_FORMATS.join('|')}.`);
    if (!out) throw new UsageError('say where to write the packet with --out PATH.');
    const passwordFile = ctx.values['password-file'] as string | undefined;
    if (passwordFile && format !== 'zip') throw new UsageError('--password-file is for --format zip only.');
    const categories = (ctx.values.categories as string | undefined)
      ?.split(',')
      .map((c) => c.trim())
      .filter(Boolean);

    const { app, call } = openCliApp(ctx);
    const controller = new AbortController();
    const onInterrupt = () => controller.abort();
    process.once('SIGINT', onInterrupt);
    try {
      await call(CALLS.vaultUnlock, { passphrase: await passphraseFrom(ctx) });
      const session = app.session();
      const parsed = exportStartSchema.safeParse({
        personId: findPersonByName(session, name).id,
        format,
        out: path.resolve(out),
        categories,
        zipPassword: passwordFile ? fs.readFileSync(passwordFile, 'utf8').replace(/\r?\n$/, '') : undefined,
        split: ctx.values.split as boolean | undefined,
        redact: ctx.values.redact as boolean | undefined,
        preparedBy: ctx.values['prepared-by'] as string | undefined,
        overwrite: ctx.values.overwrite as boolean | undefined,
      });
      if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'check the options.');
      let lastStep = '';
      const result = await runExport(session, parsed.data, {
        signal: controller.signal,
        report: (p) => {
          if (p.step !== lastStep && !ctx.values.json) ctx.io.stderr(`${p.step}…\n`);
          lastStep = p.step;
        },
      });
      if (ctx.values.json) writeJsonLine(ctx.io, result);
      else {
        if (format === 'folder')
          ctx.io.stdout(`Wrote ${result.files.length} files into ${parsed.data.out}\n`);
        else
          for (const file of result.files) ctx.io.stdout(`Wrote ${file.path} (${megabytes(file.bytes)})\n`);
        ctx.io.stdout(
          `${result.documents} documents, ${result.pages} pages` +
            (result.redactions ? `, ${result.redactions} numbers removed` : '') +
            '.\n',
        );
        if (result.overEmailLimit)
          ctx.io.stdout(
            'This is too large for most email services. Use --split, or leave out the largest items:\n' +
              result.largeItems.map((i) => `  ${i.name} (${megabytes(i.bytes)})\n`).join(''),
          );
        if (parsed.data.zipPassword)
          ctx.io.stdout('Send the password another way than the ZIP (a text message or a phone call).\n');
        ctx.io.stdout(
          result.verification.ok
            ? `Checked: all ${result.verification.checked} files read back intact.\n`
            : `Some files did not read back intact: ${[...result.verification.missing, ...result.verification.corrupted].join(', ')}\n`,
        );
      }
      return result.verification.ok ? 0 : 1;
    } catch (error) {
      return reportFailure(ctx, 'export', error);
    } finally {
      process.off('SIGINT', onInterrupt);
      app.lock('user');
    }
  },
};
