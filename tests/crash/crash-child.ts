// The process the crash harness kills. The tripwire is installed first, before any of the core is loaded
// (the atomic writer captures `fs` when it loads); then the core is loaded and the child waits for its vault.
import { send } from './crash-protocol.ts';
import { installTripwire } from './tripwire.ts';

const tripwire = installTripwire((step) => send({ t: 'tripwire', step }));
const { runChild } = await import('./crash-child-run.ts');
await runChild(tripwire);
