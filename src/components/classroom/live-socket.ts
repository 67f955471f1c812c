// One WebSocket to the classroom server that comes back by itself: after a drop, when the phone wakes up (the page
// becomes visible) or the network returns. The screens' reducers see only open/closed/message events.
import type { ClientMessage } from '~/lib/classroom/messages';
import { readServerMessage, type ServerMessage } from '~/lib/classroom/protocol';

export type SocketEvent = { type: 'socket-open' } | { type: 'socket-closed' } | { type: 'server'; message: ServerMessage };

export interface LiveSocket {
  send(message: ClientMessage): void;
  close(): void;
}

export function connectLive(onEvent: (event: SocketEvent) => void): LiveSocket {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
  let socket: WebSocket | null = null;
  let retry = 0;
  let timer: number | undefined;
  let closed = false;

  const open = () => {
    if (closed || (socket && socket.readyState <= WebSocket.OPEN)) return;
    window.clearTimeout(timer);
    socket = new WebSocket(url);
    socket.addEventListener('open', () => {
      retry = 0;
      onEvent({ type: 'socket-open' });
    });
    socket.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (typeof event.data !== 'string') return;
      const message = readServerMessage(event.data);
      if (message) onEvent({ type: 'server', message });
    });
    socket.addEventListener('close', () => {
      socket = null;
      onEvent({ type: 'socket-closed' });
      if (closed) return;
      // 0.5 s, 1 s, 2 s … up to 10 s between tries.
      retry += 1;
      timer = window.setTimeout(open, Math.min(10_000, 250 * 2 ** retry));
    });
  };
  const wake = () => {
    if (document.visibilityState === 'visible') open();
  };
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('online', open);
  open();
  return {
    send(message) {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    },
    close() {
      closed = true;
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('online', open);
      socket?.close();
    },
  };
}

/** Seconds left until a server deadline (never negative). */
export function secondsLeft(deadline: number | null, now: number): number | null {
  return deadline === null ? null : Math.max(0, Math.ceil((deadline - now) / 1000));
}
