import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { caseContract } from '../../../shared/schemas/case.schema.ts';
import type { CategoryId } from '../../../shared/categories.ts';
import type { AppContext } from '../../../main/api/app-context.ts';
import { caseHandlers } from '../../../main/api/handlers/cases.handlers.ts';
import { AppError } from '../../../main/core/errors.ts';
import { importThroughApi, openApp } from '../../helpers/api-harness.ts';
import { makeTextPdf } from '../../helpers/make-fixtures.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { FIXTURES } from '../../unit/classify/category-fixtures.ts';

type CaseCall = keyof typeof caseContract;

/**
 * Calls a case handler the way the router does: input parsed by the contract's schema, output checked
 * against it (so a handler that answers outside the contract fails the test).
 */
export async function caseCall<K extends CaseCall>(
  ctx: AppContext,
  name: K,
  input: z.input<(typeof caseContract)[K]['input']>,
): Promise<z.output<(typeof caseContract)[K]['output']>> {
  const spec = caseContract[name];
  const parsed = spec.input.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'invalid');
  const handler = caseHandlers[name] as (input: unknown, ctx: AppContext) => unknown;
  const value = await handler(parsed.data, ctx);
  return spec.output.parse(value) as z.output<(typeof caseContract)[K]['output']>;
}

/** The app over a real vault, with the case tables in place. */
export async function openCaseApp() {
  const app = await openApp();
  return app;
}

/** Imports one hand-written fixture of a category as a digital PDF; returns the document id. */
export async function importFixture(
  app: Awaited<ReturnType<typeof openApp>>,
  personId: string,
  category: CategoryId,
  name = `${category}.pdf`,
): Promise<string> {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, await makeTextPdf([FIXTURES[category].split('\n').slice(0, 38)]));
  const [outcome] = await importThroughApi(app, personId, [file]);
  if (!outcome?.documentId) throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  return outcome.documentId;
}
