import { Controller, Get, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentActor, SignedIn } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { AccountRepository } from './account.repository';

/** The personal export: a download, so it travels over plain HTTP like files do. */
@Controller('api/me')
@UseFilters(RestErrorFilter)
export class AccountController {
  constructor(private readonly accounts: AccountRepository) {}

  // Signed in at the guard: only one's own data, so no further check.
  @SignedIn()
  @Get('export')
  async export(@Res() res: Response, @CurrentActor() actor: Actor): Promise<void> {
    const data = await this.accounts.exportOf(actor.user.id);
    const day = new Date().toISOString().slice(0, 10);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="openhuddle-my-data-${day}.json"`);
    res.setHeader('cache-control', 'no-store');
    res.end(
      JSON.stringify(
        { exportedAt: new Date().toISOString(), format: 'openhuddle-personal-export/1', ...data },
        null,
        2,
      ),
    );
  }
}
