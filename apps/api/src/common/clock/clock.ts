import { Injectable } from '@nestjs/common';

/**
 * What time it is, for every decision of the form "is it due yet" (reminders, openings), so tests
 * move time forward instead of sleeping. Inject `Clock`; the app binds the system clock, or the
 * test clock under NODE_ENV=test.
 */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Real time plus an offset that tests move: `advance(hours(3))`, `set(date)`, `reset()`. */
@Injectable()
export class TestClock extends Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): Date {
    this.offsetMs += ms;
    return this.now();
  }

  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
