import type { CareBinderApi } from '../../../shared/api/contract.ts';

/**
 * Wraps the API so that any call answered with VAULT_LOCKED (the vault locked itself while this window
 * missed the event, e.g. the event stream was reconnecting) also takes the UI to the unlock screen.
 */
export function lockAwareApi(api: CareBinderApi, onLocked: () => void): CareBinderApi {
  return {
    async call(name, input) {
      const result = await api.call(name, input);
      if (!result.ok && result.error.code === 'VAULT_LOCKED') onLocked();
      return result;
    },
    onEvent: (listener) => api.onEvent(listener),
  } satisfies CareBinderApi;
}
