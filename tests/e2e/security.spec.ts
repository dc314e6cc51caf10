import http from 'node:http';
import { expect, test, type BrowserDoor } from './fixtures/browser-door.fixture.ts';

interface RawResponse {
  status: number;
  body: string;
}

/** One request with exactly the headers given (fetch would add or forbid some, such as Host and Origin). */
function request(
  door: BrowserDoor,
  options: { method: string; path: string; headers: Record<string, string>; body?: string },
) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: door.port,
        method: options.method,
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        // The event stream never ends on its own: its status line is all these tests need.
        if ((res.headers['content-type'] ?? '').startsWith('text/event-stream')) {
          resolve({ status: res.statusCode ?? 0, body: '' });
          req.destroy();
          return;
        }
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const statusCall = JSON.stringify({ name: 'vault:status', input: {} });

function callHeaders(
  door: BrowserDoor,
  overrides: Record<string, string | null> = {},
): Record<string, string> {
  const headers: Record<string, string | null> = {
    Host: `127.0.0.1:${door.port}`,
    Origin: door.origin,
    Authorization: `Bearer ${door.token}`,
    'Content-Type': 'application/json',
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== null),
  );
}

test.describe('the browser door refuses requests that are not from its own page', () => {
  test('a correct call is answered with a result envelope', async ({ door }) => {
    const res = await request(door, {
      method: 'POST',
      path: '/api/call',
      headers: callHeaders(door),
      body: statusCall,
    });
    expect(res.status).toBe(200);
    const envelope = JSON.parse(res.body) as { ok: boolean; value: { exists: boolean } };
    expect(envelope.ok).toBe(true);
    expect(envelope.value.exists).toBe(false);
  });

  test('no token: 401', async ({ door }) => {
    const res = await request(door, {
      method: 'POST',
      path: '/api/call',
      headers: callHeaders(door, { Authorization: null }),
      body: statusCall,
    });
    expect(res.status).toBe(401);
  });

  test('a wrong token: 401', async ({ door }) => {
    const wrong = door.token.slice(0, -4) + (door.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const res = await request(door, {
      method: 'POST',
      path: '/api/call',
      headers: callHeaders(door, { Authorization: `Bearer ${wrong}` }),
      body: statusCall,
    });
    expect(res.status).toBe(401);
  });

  test('the event stream needs the token too', async ({ door }) => {
    const refused = await request(door, {
      method: 'GET',
      path: '/api/events',
      headers: { Host: `127.0.0.1:${door.port}` },
    });
    expect(refused.status).toBe(401);
    const allowed = await request(door, {
      method: 'GET',
      path: '/api/events',
      headers: { Host: `127.0.0.1:${door.port}`, Authorization: `Bearer ${door.token}` },
    });
    expect(allowed.status).toBe(200);
  });

  test('a foreign Host header (DNS rebinding): 421', async ({ door }) => {
    const res = await request(door, {
      method: 'POST',
      path: '/api/call',
      headers: callHeaders(door, { Host: `attacker.example:${door.port}` }),
      body: statusCall,
    });
    expect(res.status).toBe(421);
  });

  test('a foreign Origin (another site in the browser): 403', async ({ door }) => {
    const res = await request(door, {
      method: 'POST',
      path: '/api/call',
      headers: callHeaders(door, { Origin: 'http://attacker.example' }),
      body: statusCall,
    });
    expect(res.status).toBe(403);
  });

  test('a POST with no Origin at all: 403', async ({ door }) => {
    const res = await request(door, {
      method: 'POST',
      path: '/api/call',
      headers: callHeaders(door, { Origin: null }),
      body: statusCall,
    });
    expect(res.status).toBe(403);
  });

  test('the page itself is served with a strict Content-Security-Policy', async ({ door }) => {
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http
        .get(
          { host: '127.0.0.1', port: door.port, path: '/', headers: { Host: `127.0.0.1:${door.port}` } },
          resolve,
        )
        .on('error', reject);
    });
    res.resume();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
