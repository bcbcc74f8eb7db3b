import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/access.decorators';

/** Liveness (the process answers) and readiness (the database answers) for load balancers. */
// Load balancers and orchestrators probe these without a session.
@Public()
@Controller()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('healthz')
  health(): { status: string } {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready(): Promise<{ status: string }> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok' };
    } catch {
      throw new HttpException({ status: 'database unreachable' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
