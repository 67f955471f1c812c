// One WebSocket to the classroom server that comes back by itself: after a drop, when the phone wakes up (the page
// becomes visible) or the network returns. The screens' reducers see only open/closed/message events.
import type { ClientMessage } from '~/lib/classroom/messages';
import { CLASSROOM_COOKIE, readServerMessage, type ServerMessage } from '~/lib/classroom/protocol';

export type SocketEvent = { type: 'socket-open' } | { type: 'socket-closed' } | { type: 'server'; message: ServerMessage };

export interface LiveSocket {
  send(message: ClientMessage): void;
  close(): void;
}

/**
 * Whether this page came from a classroom server (it sets this cookie on every page it serves). On a static host
 * there is no /ws to connect to, and the pages say so instead of retrying forever.
 */
export function classroomServerHere(): boolean {
  return document.cookie.split('; ').includes(`${CLASSROOM_COOKIE}=1`);
}

export const NO_SERVER_MESSAGE = '이 주소에는 실시간 수업 서버가 없습니다. 강사가 알려 준 주소나 프로젝터의 QR 코드로 접속하세요.';

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
