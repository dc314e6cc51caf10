/**
 * Loaded into the browser-door server for privacy tests with `node --require <this file>` (Node runs a
 * `--require` module in every worker thread too, unlike `--import`). When CAREBINDER_E2E_NET_LOG names a
 * file, every attempt to reach anything but this computer — a TCP or TLS connection, a UDP packet, a DNS
 * lookup, a fetch — is refused as if the network were down, and recorded in that file as one JSON line,
 * so the test can assert that none was even attempted. Without the variable it does nothing.
 */
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import { isMainThread, threadId } from 'node:worker_threads';

/** One refused attempt, as written to the log. */
export interface NetworkAttempt {
  kind: 'connect' | 'udp' | 'dns' | 'fetch';
  target: string;
  /** 0 for the main thread, else the worker thread's id. */
  thread: number;
  stack: string;
}

/** Written once by each thread the guards were installed in, so a test can see they were. */
export interface GuardArmed {
  kind: 'armed';
  thread: number;
}

/** One line of the log. */
export type NetworkLogEntry = NetworkAttempt | GuardArmed;

const LOG = process.env.CAREBINDER_E2E_NET_LOG;

/** True for names and addresses that stay on this computer. */
export function isLoopback(host: string | undefined | null): boolean {
  if (host === undefined || host === null || host === '') return true; // Node's default is localhost
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    bare === 'localhost' ||
    bare.endsWith('.localhost') ||
    bare === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare) ||
    /^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare)
  );
}

const THREAD = isMainThread ? 0 : threadId;

function write(entry: NetworkLogEntry): void {
  fs.appendFileSync(LOG!, JSON.stringify(entry) + '\n');
}

function record(kind: NetworkAttempt['kind'], target: string): Error {
  const stack = (new Error().stack ?? '').split('\n').slice(2, 8).join('\n');
  write({ kind, target, thread: THREAD, stack });
  return Object.assign(new Error(`Network refused by the privacy test: ${kind} ${target}`), {
    code: 'ECONNREFUSED',
  });
}

/** Where a `socket.connect(...)` call is headed: undefined for a local (IPC) path. */
function connectHost(args: unknown[]): string | undefined | null {
  let first = args[0];
  // net.connect() hands Socket#connect its already-normalised [options, callback] array.
  if (Array.isArray(first)) first = first[0];
  if (typeof first === 'string') return undefined; // a Unix socket or named pipe
  if (typeof first === 'number') return typeof args[1] === 'string' ? args[1] : 'localhost';
  const options = (first ?? {}) as { host?: string; path?: string };
  if (options.path) return undefined;
  return options.host ?? 'localhost';
}

function guardSockets(): void {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const host = connectHost(args);
    if (isLoopback(host)) return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    const error = record('connect', String(host));
    process.nextTick(() => this.destroy(error));
    return this;
  } as typeof connect;

  const send = dgram.Socket.prototype.send;
  dgram.Socket.prototype.send = function guardedSend(this: dgram.Socket, ...args: unknown[]) {
    const address = args.find((a, i) => i > 0 && typeof a === 'string') as string | undefined;
    if (isLoopback(address)) return (send as (...a: unknown[]) => void).apply(this, args);
    const error = record('udp', String(address));
    const callback = args.find((a) => typeof a === 'function') as ((e: Error) => void) | undefined;
    if (callback) process.nextTick(() => callback(error));
  } as typeof send;
}

function guardDns(): void {
  const lookup = dns.lookup;
  dns.lookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
    if (isLoopback(hostname)) return (lookup as (...a: unknown[]) => void).call(dns, hostname, ...rest);
    const error = Object.assign(record('dns', hostname), { code: 'ENOTFOUND' });
    const callback = rest.find((a) => typeof a === 'function') as ((e: Error) => void) | undefined;
    if (callback) process.nextTick(() => callback(error));
  } as typeof dns.lookup;

  const promiseLookup = dns.promises.lookup;
  dns.promises.lookup = function guardedPromiseLookup(hostname: string, ...rest: unknown[]) {
    if (isLoopback(hostname))
      return (promiseLookup as (...a: unknown[]) => Promise<unknown>).call(dns.promises, hostname, ...rest);
    return Promise.reject(Object.assign(record('dns', hostname), { code: 'ENOTFOUND' }));
  } as typeof dns.promises.lookup;

  // Direct resolver queries never go to loopback names: refuse them all.
  for (const name of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'] as const) {
    const original = dns[name] as (...a: unknown[]) => void;
    (dns as unknown as Record<string, unknown>)[name] = (target: string, ...rest: unknown[]) => {
      if (isLoopback(target)) return original.call(dns, target, ...rest);
      const error = record('dns', `${name} ${target}`);
      const callback = rest.find((a) => typeof a === 'function') as ((e: Error) => void) | undefined;
      if (callback) process.nextTick(() => callback(error));
    };
  }
}

function guardFetch(): void {
  const original = globalThis.fetch;
  if (!original) return;
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    const href = input instanceof Request ? input.url : String(input);
    // Not a web address (or not an address at all, which the real fetch refuses by itself): no network.
    const url = URL.parse(href);
    const host = url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.hostname : null;
    if (host === null || isLoopback(host)) return original(input, init);
    return Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: record('fetch', href) }));
  };
}

if (LOG) {
  guardSockets();
  guardDns();
  guardFetch();
  // `import { lookup } from 'node:dns'` reads a snapshot of the module: refresh it with the guards.
  syncBuiltinESMExports();
  write({ kind: 'armed', thread: THREAD });
}
