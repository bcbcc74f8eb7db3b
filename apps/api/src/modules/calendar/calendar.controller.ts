import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../../common/errors/app-error';
import { CohortScoped, CurrentActor, Public } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { CohortService } from '../cohort/cohort.service';
import { CalendarService } from './calendar.service';

/** `.ics` downloads: a huddle invitation (session), and the private feed (token in the URL). */
@Controller('api')
@UseFilters(RestErrorFilter)
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly cohorts: CohortService,
  ) {}

  // The secret token in the URL is the credential (calendar apps cannot send cookies).
  @Public()
  @Get('calendar/:file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
    const body = token.length <= 100 ? await this.calendar.feed(token) : null;
    if (!body) throw AppError.notFound('Calendar');
    this.send(res, body, 'openhuddle.ics');
  }

  @CohortScoped('view', { huddle: 'id' })
  @Get('huddles/:id/invite.ics')
  async invite(@Param('id') id: string, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const huddle = await actor.loaders.huddleById.load(id);
    if (!huddle) throw AppError.notFound('Huddle');
    const cohort = await this.cohorts.findById(huddle.cohortId);
    this.send(res, this.calendar.invitation(huddle, cohort.name), 'huddle.ics');
  }

  private send(res: Response, body: string, name: string): void {
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    res.setHeader('cache-control', 'private, max-age=300');
    res.send(body);
  }
}
