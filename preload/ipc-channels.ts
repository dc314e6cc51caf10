/**
 * The IPC contract between the preload and main/electron. There is one invoke channel for every call (the
 * call name travels as the first argument and the main-side router refuses unknown names), so the preload
 * never forwards a channel name chosen by the page.
 */
export const IPC_CHANNELS = {
  /** renderer → main: `invoke(call, name, input)` answered with a Result envelope. */
  call: 'carebinder:call',
  /** main → renderer: one AppEvent per message. */
  event: 'carebinder:event',
} as const;

/** The one global the preload adds to the page: `window.carebinder`. */
export const API_GLOBAL_NAME = 'carebinder';
