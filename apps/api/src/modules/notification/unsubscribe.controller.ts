import { Controller, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { Public } from '../../common/auth/access.decorators';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { UnsubscribeService } from './unsubscribe.service';

/**
 * RFC 8058 one-click unsubscribe: a mail client POSTs `List-Unsubscribe=One-Click` to the
 * address in the List-Unsubscribe header. Only POST acts, so link scanners' GETs change nothing.
 */
@Controller('api')
@UseFilters(RestErrorFilter)
export class UnsubscribeController {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  // The secret token in the URL is the credential (mail clients send no cookie).
  @Public()
  @Post('unsubscribe/:token')
  @HttpCode(200)
  async oneClick(@Param('token') token: string): Promise<{ unsubscribed: true }> {
    await this.unsubscribes.unsubscribe(token, false);
    return { unsubscribed: true };
  }
}
