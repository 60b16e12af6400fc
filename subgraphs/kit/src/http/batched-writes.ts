import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Frames sent to one WebSocket peer within one turn of the event loop leave in one write. A live
 * event fanned out to the 25 subscriptions of a connection, or a burst of pub/sub messages for
 * the subscriptions multiplexed on one upstream connection, was one `writev` system call per
 * frame; now the TCP socket is corked at the first frame and uncorked once the turn's callbacks
 * and promises have run (`process.nextTick` queued from them runs after them), so the kernel
 * gets one write with all of them. Nothing waits for a timer: a lone frame goes out in the same
 * turn it was sent.
 */
export function batchWrites(wss: WebSocketServer): void {
  wss.on('connection', (ws: WebSocket, request: IncomingMessage) => corkPerTurn(ws, request.socket));
}

function corkPerTurn(ws: WebSocket, tcp: Socket): void {
  const send = ws.send.bind(ws) as (...args: unknown[]) => void;
  let corked = false;
  const uncork = () => {
    corked = false;
    tcp.uncork();
  };
  ws.send = ((...args: unknown[]) => {
    if (!corked && !tcp.destroyed) {
      corked = true;
      tcp.cork();
      process.nextTick(uncork);
    }
    send(...args);
  }) as WebSocket['send'];
}
