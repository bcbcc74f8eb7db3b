import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/access.decorators';
import { SessionService } from '../auth/session.service';
import { LtiDeepLinkingService } from './lti-deep-linking.service';
import { type LoginInitiation, LtiLaunchService } from './lti-launch.service';
import { sendAutoPost, sendPicker, sendRefusal } from './lti-pages';
import { LtiRefused } from './lti-refused';
import { LtiToolKeyService } from './lti-tool-key.service';

/**
 * The LTI 1.3 tool's endpoints, registered in the LMS: login initiation, launch (redirect URI),
 * deep-linking return, and the tool's public keys. All are public: the platform's signed
 * id_token (checked by the service) is what authenticates a launch.
 */
@Controller('lti')
export class LtiController {
  constructor(
    private readonly launches: LtiLaunchService,
    private readonly deepLinking: LtiDeepLinkingService,
    private readonly keys: LtiToolKeyService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Get('jwks')
  async jwks(@Res() res: Response) {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.json(await this.keys.jwks());
  }

  @Public()
  @Get('login')
  loginGet(@Query() query: LoginInitiation, @Res() res: Response) {
    return this.login(query, res);
  }

  @Public()
  @Post('login')
  @HttpCode(302)
  loginPost(@Body() body: LoginInitiation, @Res() res: Response) {
    return this.login(body ?? {}, res);
  }

  @Public()
  @Post('launch')
  async launch(
    @Body() body: { id_token?: unknown; state?: unknown } | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.refusing(res, async () => {
      const outcome = await this.launches.launch(body?.id_token, body?.state);
      await this.sessions.start(
        outcome.userId,
        { ip: req.ip ?? '', userAgent: req.headers['user-agent'] ?? null },
        res,
      );
      if (outcome.kind === 'resource') return res.redirect(302, outcome.landing);
      const { session, placeable } = await this.deepLinking.picker(
        outcome.platform,
        outcome.deploymentId,
        outcome.settings,
      );
      sendPicker(res, originsOf(outcome.platform.issuer, outcome.settings.returnUrl), session, placeable);
    });
  }

  @Public()
  @Post('deep-link')
  async deepLink(@Body() body: { session?: unknown; choice?: unknown } | undefined, @Res() res: Response) {
    await this.refusing(res, async () => {
      const { returnUrl, jwt } = await this.deepLinking.respond(body?.session, body?.choice);
      sendAutoPost(res, originsOf(returnUrl), returnUrl, { JWT: jwt });
    });
  }

  private async login(params: LoginInitiation, res: Response) {
    await this.refusing(res, async () => res.redirect(302, (await this.launches.login(params)).href));
  }

  private async refusing(res: Response, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (error instanceof LtiRefused) return sendRefusal(res, error.reason);
      throw error;
    }
  }
}

function originsOf(...urls: string[]): string[] {
  return [...new Set(urls.map((u) => new URL(u).origin))];
}
