/**
 * Worker-thread half of the network guard's self-test: the OCR engines and the PDF reader run in threads
 * like this one, so the guard must be active here too. Reports what a fetch to a documentation address
 * (TEST-NET-1, never routed) ended with.
 */
import { parentPort } from 'node:worker_threads';

const outcome = await fetch('http://192.0.2.1/', { signal: AbortSignal.timeout(5000) }).then(
  () => 'connected',
  (error: Error) => error.message,
);
parentPort!.postMessage(outcome);
