import { EventEmitter } from 'node:events';
import { SOCKET_CLOSE_SIGNED_OUT, SocketRegistry } from './socket-registry';

/** Behaves like a ws socket for the registry: closing emits 'close' once. */
class FakeSocket extends EventEmitter {
  closedWith: number | null = null;
  close(code?: number): void {
    if (this.closedWith !== null) return;
    this.closedWith = code ?? 1000;
    this.emit('close');
  }
}

describe('SocketRegistry', () => {
  it('closes the sockets of one session, or of every session of a user but one', async () => {
    const registry = new SocketRegistry();
    const [a1, a2, b, other] = [new FakeSocket(), new FakeSocket(), new FakeSocket(), new FakeSocket()];
    registry.register(a1, { sessionId: 'sa', userId: 'u' });
    registry.register(a2, { sessionId: 'sa', userId: 'u' });
    registry.register(b, { sessionId: 'sb', userId: 'u' });
    registry.register(other, { sessionId: 'sc', userId: 'v' });

    await registry.closeUser('u', { keepSessionId: 'sb' });
    expect([a1.closedWith, a2.closedWith, b.closedWith, other.closedWith]).toEqual([
      SOCKET_CLOSE_SIGNED_OUT,
      SOCKET_CLOSE_SIGNED_OUT,
      null,
      null,
    ]);
    expect(registry.countOf('sa')).toBe(0);
    await registry.closeSession('sb', 4403, 'Forbidden');
    expect(b.closedWith).toBe(4403);
    expect(registry.countOf('sc')).toBe(1);
  });

  it('forgets a socket the client closed itself', async () => {
    const registry = new SocketRegistry();
    const socket = new FakeSocket();
    registry.register(socket, { sessionId: 's', userId: 'u' });
    socket.close(1000);
    expect(registry.countOf('s')).toBe(0);
    await registry.closeUser('u');
    expect(socket.closedWith).toBe(1000);
  });
});
