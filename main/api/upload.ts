import { z } from 'zod';
import type { Result } from '../../shared/errors.ts';
import { stageBytes } from '../core/documents/import.service.ts';
import { toErrorShape } from '../core/errors.ts';
import type { AppContext } from './app-context.ts';

const uploadQuery = z.object({
  personId: z.string().min(1).max(100),
  name: z.string().min(1).max(500),
  duplicates: z.enum(['skip', 'keep']).optional(),
});

/** What the browser door answers for one uploaded file. */
export interface StagedUpload {
  file: string;
  documentId: string;
  duplicateOf?: string;
}

/**
 * A file uploaded through the browser door goes straight into the vault, encrypted, as a queued
 * document (never to a plaintext temp file); the page then asks `import:process` to read it.
 */
export async function stageUpload(
  ctx: AppContext,
  query: URLSearchParams,
  bytes: Buffer,
): Promise<Result<StagedUpload>> {
  const parsed = uploadQuery.safeParse(Object.fromEntries(query));
  if (!parsed.success)
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'The upload is missing its details.' } };
  ctx.touch();
  try {
    const { personId, name, duplicates } = parsed.data;
    const staged = await stageBytes(ctx.session(), personId, name, bytes, { duplicates });
    return {
      ok: true,
      value: {
        file: name,
        documentId: staged.documentId,
        ...(staged.duplicateOf ? { duplicateOf: staged.duplicateOf } : {}),
      },
    };
  } catch (error) {
    return { ok: false, error: toErrorShape(error) };
  }
}
