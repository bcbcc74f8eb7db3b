import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../../common/errors/app-error';
import { createLoaders } from '../../common/graphql/loaders';
import { DataSource } from 'typeorm';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { SessionService } from '../auth/session.service';
import { canViewCohort } from '../cohort/cohort.policy';
import { CohortEntity } from '../cohort/cohort.entity';
import { HuddleEntity } from '../huddle/huddle.entity';
import { CalendarService } from './calendar.service';

/** `.ics` downloads: a huddle invitation (session), and the private feed (token in the URL). */
@Controller('api')
@UseFilters(RestErrorFilter)
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly sessions: SessionService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('calendar/:file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
    const body = token.length <= 100 ? await this.calendar.feed(token) : null;
    if (!body) throw AppError.notFound('Calendar');
    this.send(res, body, 'openhuddle.ics');
  }

  @Get('huddles/:id/invite.ics')
  async invite(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.sessions.viewerFromCookieHeader(req.headers.cookie);
    if (!viewer) throw AppError.unauthenticated();
    const huddle = /^[0-9a-f-]{36}$/.test(id)
      ? await this.dataSource.getRepository(HuddleEntity).findOneBy({ id })
      : null;
    const access = huddle
      ? await createLoaders(this.dataSource, viewer.user.id).cohortAccess.load(huddle.cohortId)
      : null;
    if (!huddle || !access || !canViewCohort(access)) throw AppError.notFound('Huddle');
    const cohort = await this.dataSource.getRepository(CohortEntity).findOneByOrFail({ id: huddle.cohortId });
    this.send(res, this.calendar.invitation(huddle, cohort.name), 'huddle.ics');
  }

  private send(res: Response, body: string, name: string): void {
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    res.setHeader('cache-control', 'private, max-age=300');
    res.send(body);
  }
}
