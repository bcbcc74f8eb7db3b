import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { Public } from '../../common/auth/access.decorators';
import { HealthRepository } from './health.repository';

/** Liveness (the process answers) and readiness (the database answers) for load balancers. */
// Load balancers and orchestrators probe these without a session.
@Public()
@Controller()
export class HealthController {
  constructor(private readonly database: HealthRepository) {}

  @Get('healthz')
  health(): { status: string } {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready(): Promise<{ status: string }> {
    try {
      await this.database.ping();
      return { status: 'ok' };
    } catch {
      throw new HttpException({ status: 'database unreachable' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
