import type { z } from 'zod';
import { contract, isCallName, type CallName, type CallOutput } from '../../shared/api/contract.ts';
import type { Result } from '../../shared/errors.ts';
import { AppError, isDatabaseDamage, isDiskFull, systemErrorCode, toErrorShape } from '../core/errors.ts';
import { log } from '../core/log/logger.ts';
import type { AppContext } from './app-context.ts';

/** A handler receives the validated input and the app context; its result is validated on the way out. */
export type Handler<K extends CallName> = (
  input: z.output<(typeof contract)[K]['input']>,
  ctx: AppContext,
) => Promise<CallOutput<K>> | CallOutput<K>;

export type HandlerMap = { [K in CallName]: Handler<K> };

/** Calls that do not count as user activity for auto-lock (the UI polls status). */
const PASSIVE = new Set<CallName>(['vault:status', 'app:info']);

/**
 * The one router every door uses: unknown names and invalid inputs are refused with INVALID_INPUT before
 * any core code runs, and every answer is a result envelope.
 */
export function createRouter(ctx: AppContext, handlers: HandlerMap) {
  return async function dispatch(name: string, rawInput: unknown): Promise<Result<unknown>> {
    if (!isCallName(name)) {
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'CareBinder does not know that request.' },
      };
    }
    const spec = contract[name];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const message =
        issue && !issue.message.startsWith('Invalid')
          ? issue.message
          : 'Some of the details are missing or not valid.';
      return { ok: false, error: { code: 'INVALID_INPUT', message } };
    }
    if (!PASSIVE.has(name)) ctx.touch();
    try {
      const handler = handlers[name] as Handler<CallName>;
      const value = await handler(parsed.data as never, ctx);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        log.error('router.output_invalid', { call: name });
        throw new AppError('INTERNAL', 'Something went wrong inside CareBinder. Your records are unchanged.');
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      // Only a system error's code is logged, never its text (it may quote record data).
      if (isDatabaseDamage(error) || isDiskFull(error))
        log.warn('router.system_error', { call: name, code: systemErrorCode(error) });
      else if (!(error instanceof AppError))
        log.error('router.unexpected', {
          call: name,
          error: error instanceof Error ? error.name : 'unknown',
        });
      return { ok: false, error: toErrorShape(error) };
    }
  };
}

export type Dispatch = ReturnType<typeof createRouter>;
