import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the proxy does with one request:
 * - pass: forward it;
 * - refuse: drop the connection before reading anything (as a dead link would);
 * - status: answer 502/503 itself, WordPress never sees the request;
 * - delay: forward after a pause;
 * - hang: never answer (the client's timeout must fire);
 * - cutAfterCommit: forward, let WordPress finish and commit, then drop the
 *   connection before the client sees a byte: the lost-response case.
 */
export type Fault =
  | { kind: 'pass' }
  | { kind: 'refuse' }
  | { kind: 'status'; status: 502 | 503 }
  | { kind: 'delay'; ms: number }
  | { kind: 'hang' }
  | { kind: 'cutAfterCommit' };

export interface FaultProxy {
  url: string;
  /** Decides the fate of each request; `pass` unless set. */
  setPolicy(policy: (request: { method: string; path: string }) => Fault): void;
  counts: Record<Fault['kind'], number>;
  close(): Promise<void>;
}

/** A reverse proxy on 127.0.0.1 between the app and the test WordPress, injecting faults. */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  let policy: (request: { method: string; path: string }) => Fault = () => ({ kind: 'pass' });
  const counts: FaultProxy['counts'] = { pass: 0, refuse: 0, status: 0, delay: 0, hang: 0, cutAfterCommit: 0 };
  const sockets = new Set<Socket>();

  const forward = (request: http.IncomingMessage, body: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const upstreamRequest = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: request.url,
          headers: { ...request.headers, host: target.host, 'content-length': String(body.length) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
          response.on('error', reject);
        },
      );
      upstreamRequest.on('error', reject);
      upstreamRequest.end(body);
    });

  const server = http.createServer((request, response) => {
    const fault = policy({ method: request.method ?? 'GET', path: request.url ?? '/' });
    counts[fault.kind] += 1;
    if (fault.kind === 'refuse') {
      request.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      if (fault.kind === 'status') {
        response.writeHead(fault.status, { 'Content-Type': 'text/html' });
        response.end('<html><body>Bad gateway</body></html>');
        return;
      }
      if (fault.kind === 'hang') return;
      if (fault.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
      try {
        const answer = await forward(request, Buffer.concat(chunks));
        if (fault.kind === 'cutAfterCommit') {
          request.socket.destroy();
          return;
        }
        const headers = { ...answer.headers };
        delete headers['transfer-encoding'];
        headers['content-length'] = String(answer.body.length);
        response.writeHead(answer.status, headers);
        response.end(answer.body);
      } catch {
        request.socket.destroy();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setPolicy: (next) => {
      policy = next;
    },
    counts,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
