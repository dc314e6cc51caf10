/**
 * Preloaded with `node --import` into the no-leak scenario. Node runs preloads again in every worker
 * thread started from a file (the OCR engines, the PDF reader), so each thread gets its own guard. Any
 * attempt to reach a host that is not loopback is written to CB_NET_GUARD_LOG and fails as if refused;
 * loopback and local (IPC) sockets pass. Native code opening its own sockets is outside its reach (the
 * libraries here have none: tesseract runs as WebAssembly, sharp and SQLite do no networking).
 */
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import { threadId } from 'node:worker_threads';

const logFile = process.env.CB_NET_GUARD_LOG;
if (!logFile) throw new Error('CB_NET_GUARD_LOG must name the file that records blocked connections');

/** One blocked attempt as written to the log: which thread, which door it tried, where to. */
export interface BlockedAttempt {
  thread: number;
  kind: string;
  target: string;
}

/** True for names and addresses that never leave the machine (and for no host: Node then uses localhost). */
export function isLoopback(host: string | null | undefined): boolean {
  if (!host) return true;
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^(::ffff:)?127\./.test(h);
}

function refuse(kind: string, target: string): Error {
  const attempt: BlockedAttempt = { thread: threadId, kind, target };
  fs.appendFileSync(logFile!, JSON.stringify(attempt) + '\n');
  return Object.assign(new Error(`network blocked by the no-leak test: ${kind} ${target}`), {
    code: 'ECONNREFUSED',
  });
}

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

/** The host an http(s).request / get call is for: `(url[, options][, cb])` or `(options[, cb])`. */
function requestHost(args: unknown[]): string {
  const [first] = args;
  if (typeof first === 'string' || first instanceof URL) return new URL(String(first)).hostname;
  const options = (first ?? {}) as http.RequestOptions;
  if (options.socketPath) return 'localhost';
  return options.hostname ?? options.host ?? 'localhost';
}

for (const [module, name] of [
  [http, 'http'],
  [https, 'https'],
] as const) {
  for (const method of ['request', 'get'] as const) {
    const original = module[method] as unknown as AnyFunction;
    (module as unknown as Record<string, AnyFunction>)[method] = function (...args) {
      const host = requestHost(args);
      if (!isLoopback(host)) throw refuse(`${name}.${method}`, host);
      return original.apply(this, args);
    };
  }
}

const connect = net.Socket.prototype.connect as unknown as AnyFunction;
(net.Socket.prototype as unknown as { connect: AnyFunction }).connect = function (...args) {
  // net.connect() passes its already-normalised arguments as one array.
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  let host: string | undefined;
  let local = false;
  if (first && typeof first === 'object') {
    const options = first as { path?: string; host?: string };
    local = Boolean(options.path);
    host = options.host;
  } else if (typeof first === 'string' && !/^\d+$/.test(first))
    local = true; // a socket path
  else host = typeof args[1] === 'string' ? args[1] : undefined;
  if (local || isLoopback(host)) return connect.apply(this, args);
  const error = refuse('net.connect', String(host));
  const socket = this as net.Socket;
  process.nextTick(() => socket.destroy(error));
  return socket;
};

const lookup = dns.lookup as unknown as AnyFunction;
(dns as unknown as { lookup: AnyFunction }).lookup = function (...args) {
  const hostname = String(args[0]);
  if (isLoopback(hostname)) return lookup.apply(this, args);
  const callback = args.at(-1) as (error: Error) => void;
  const error = refuse('dns.lookup', hostname);
  process.nextTick(() => callback(error));
};
const lookupPromise = dns.promises.lookup as unknown as AnyFunction;
(dns.promises as unknown as { lookup: AnyFunction }).lookup = function (...args) {
  const hostname = String(args[0]);
  if (isLoopback(hostname)) return lookupPromise.apply(this, args);
  return Promise.reject(refuse('dns.promises.lookup', hostname));
};

const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (/^(https?|wss?):$/.test(url.protocol) && !isLoopback(url.hostname))
    return Promise.reject(refuse('fetch', url.host));
  return realFetch(input, init);
};

// ES-module importers of node:fs-style builtins read named exports that must be refreshed after patching.
syncBuiltinESMExports();
