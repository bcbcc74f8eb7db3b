import {
  Controller,
  Delete,
  Get,
  HttpStatus,
  Param,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentActor, SignedIn } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { receiveFile } from '../../common/http/multipart-upload';
import { RateLimiter } from '../../common/rate-limit/rate-limiter';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limit.rules';
import { AVATAR_RULES, AvatarService } from './avatar.service';

/** One's own picture goes up as multipart (field `file`); pictures come down to people who share an organisation. */
@Controller('api')
@UseFilters(RestErrorFilter)
export class AvatarController {
  constructor(
    private readonly avatars: AvatarService,
    private readonly limiter: RateLimiter,
  ) {}

  // Signed in at the guard, from the headers alone: the body is read only after.
  @SignedIn()
  @Post('avatar')
  async upload(@Req() req: Request, @Res() res: Response, @CurrentActor() actor: Actor): Promise<void> {
    try {
      await this.limiter.consume({ rule: RATE_LIMITS.uploadsPerUser, subject: actor.user.id });
      if (Number(req.headers['content-length'] ?? 0) > AVATAR_RULES.maxBytes + 64 * 1024) {
        throw new PayloadTooLargeException();
      }
      const file = await receiveFile(req, 'file');
      if (!file) throw AppError.badInput({ file: 'Choose a picture to upload.' });
      const avatarUrl = await this.avatars.replace(actor.user.id, file.stream);
      res.status(HttpStatus.CREATED).json({ avatarUrl });
    } catch (error) {
      if (!req.complete) res.setHeader('connection', 'close');
      throw error;
    }
  }

  @SignedIn()
  @Delete('avatar')
  async remove(@Res() res: Response, @CurrentActor() actor: Actor): Promise<void> {
    await this.avatars.remove(actor.user.id);
    res.status(HttpStatus.NO_CONTENT).end();
  }

  // Signed in at the guard; a person outside every organisation of the picture's owner gets 404.
  @SignedIn()
  @Get('avatars/:userId/:name')
  async download(
    @Param('userId') userId: string,
    @Param('name') name: string,
    @Res() res: Response,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    const picture = await this.avatars.open(actor.user.id, userId, name);
    if (!picture) throw AppError.notFound('Picture');
    res.setHeader('content-type', 'image/webp');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "default-src 'none'; sandbox");
    // A new upload gets a new name, so a name's bytes never change.
    res.setHeader('cache-control', 'private, max-age=31536000, immutable');
    res.setHeader('content-length', String(picture.length));
    res.end(picture);
  }
}
