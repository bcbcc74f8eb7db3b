import { pipeline } from 'node:stream/promises';
import {
  Controller,
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
import { AppError } from '../../common/errors/app-error';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { CurrentActor, SignedIn } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { receiveFile } from '../../common/http/multipart-upload';
import type { ByteRange } from '../../common/storage/storage';
import { RateLimiter } from '../../common/rate-limit/rate-limiter';
import { RATE_LIMITS } from '../../common/rate-limit/rate-limit.rules';
import { AttachmentService } from './attachment.service';
import { MAX_UPLOAD_BYTES } from './file-rules';

/**
 * Files travel over plain HTTP (multipart up, bytes down); everything else is GraphQL.
 * Errors use the same codes and field messages as GraphQL errors.
 */
@Controller('api/attachments')
@UseFilters(RestErrorFilter)
export class AttachmentController {
  constructor(
    private readonly attachments: AttachmentService,
    private readonly limiter: RateLimiter,
  ) {}

  // Signed in at the guard, from the headers alone: nothing of the body is read before. The
  // organization comes in the multipart body and is checked once it has been read.
  @SignedIn()
  @Post()
  async upload(@Req() req: Request, @Res() res: Response, @CurrentActor() actor: Actor): Promise<void> {
    try {
      await this.limiter.consume({ rule: RATE_LIMITS.uploadsPerUser, subject: actor.user.id });
      if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES) {
        throw new PayloadTooLargeException();
      }
      const file = await receiveFile(req, 'file');
      const organizationId = String(file?.fields.organizationId ?? '');
      const membership = /^[0-9a-f-]{36}$/.test(organizationId)
        ? await actor.loaders.viewerMembership.load(organizationId)
        : null;
      if (!membership) throw AppError.notFound('Organization');
      if (!file) throw AppError.badInput({ file: 'Choose a file to upload.' });
      const saved = await this.attachments.upload(organizationId, actor.user.id, file);
      res.status(HttpStatus.CREATED).json({
        id: saved.id,
        fileName: saved.fileName,
        contentType: saved.contentType,
        size: saved.size,
        url: `/api/attachments/${saved.id}`,
      });
    } catch (error) {
      // Refused before the body was read: answer now and close, rather than receive the rest.
      if (!req.complete) res.setHeader('connection', 'close');
      throw error;
    }
  }

  // Signed in at the guard; the file follows the rule of the contribution it belongs to.
  @SignedIn()
  @Get(':id')
  async download(
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    const attachment = /^[0-9a-f-]{36}$/.test(id) ? await this.attachments.findById(id) : null;
    if (!attachment) throw AppError.notFound('File');
    // Same rule as the contribution it belongs to; unattached uploads are their uploader's only.
    const visible = attachment.contributionId
      ? await actor.loaders.visibleContribution.load(attachment.contributionId)
      : attachment.uploaderId === actor.user.id;
    if (!visible) throw AppError.notFound('File');
    res.setHeader('content-type', attachment.contentType);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "default-src 'none'; sandbox");
    res.setHeader('content-disposition', `inline; filename="${encodeURIComponent(attachment.fileName)}"`);
    res.setHeader('cache-control', 'private, max-age=3600');
    res.setHeader('accept-ranges', 'bytes');
    const range = byteRangeOf(req, attachment.size);
    if (range === 'unsatisfiable') {
      res.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE).setHeader('content-range', `bytes */${attachment.size}`);
      res.end();
      return;
    }
    if (range) {
      res.status(HttpStatus.PARTIAL_CONTENT);
      res.setHeader('content-range', `bytes ${range.start}-${range.end}/${attachment.size}`);
    }
    res.setHeader('content-length', String(range ? range.end - range.start + 1 : attachment.size));
    // A client that goes away mid-download is not an error of ours.
    await pipeline(this.attachments.open(attachment, range ?? undefined), res).catch((error: unknown) => {
      if (!res.headersSent) throw error;
    });
  }
}

/** Multipart boundaries, headers and the organizationId field around the file's bytes. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * The one byte range asked for (audio and video players seek this way), null for the whole
 * file (no Range header, a malformed one, or several ranges: answered whole, as HTTP allows).
 */
function byteRangeOf(req: Request, size: number): ByteRange | 'unsatisfiable' | null {
  if (!req.headers.range) return null;
  const ranges = req.range(size, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  if (ranges === -2 || ranges === undefined || ranges.type !== 'bytes') return null;
  const [only, ...more] = ranges;
  if (!only || more.length > 0) return null;
  return { start: only.start, end: only.end };
}
