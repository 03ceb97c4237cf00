/**
 * Browser-side stand-in for the Electron preload: puts the same `window.toasoan`
 * bridge on the page, carried over the harness's loopback WebSocket. Served only
 * by the harness; never part of the app bundle.
 */
import type { Channel, Envelope, ToasoanBridge } from '../../shared/contract/index.ts';

interface Pending {
  resolve(envelope: Envelope<unknown>): void;
}

const token = new URLSearchParams(window.location.search).get('token') ?? '';
const pending = new Map<number, Pending>();
const queue: string[] = [];
let nextId = 1;
let socket: WebSocket | undefined;

function disconnected(): Envelope<unknown> {
  return { ok: false, error: { code: 'Offline', message: 'harness connection lost', reason: 'disconnected' } };
}

function connect(): WebSocket {
  const ws = new WebSocket(`ws://${window.location.host}/rpc?token=${encodeURIComponent(token)}`);
  ws.addEventListener('open', () => {
    for (const message of queue.splice(0)) ws.send(message);
  });
  ws.addEventListener('message', (event) => {
    const reply = JSON.parse(String(event.data)) as { id: number; envelope: Envelope<unknown> };
    pending.get(reply.id)?.resolve(reply.envelope);
    pending.delete(reply.id);
  });
  ws.addEventListener('close', () => {
    // Calls in flight cannot be answered any more; the next call reconnects.
    for (const call of pending.values()) call.resolve(disconnected());
    pending.clear();
    socket = undefined;
  });
  return ws;
}

const bridge: ToasoanBridge = {
  invoke(channel: Channel, payload: unknown) {
    const id = nextId++;
    const message = JSON.stringify({ id, channel, payload });
    return new Promise<Envelope<unknown>>((resolve) => {
      pending.set(id, { resolve });
      socket ??= connect();
      if (socket.readyState === WebSocket.OPEN) socket.send(message);
      else queue.push(message);
    });
  },
};

Object.defineProperty(window, 'toasoan', { value: Object.freeze(bridge), writable: false, configurable: false });
