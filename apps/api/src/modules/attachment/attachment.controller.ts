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
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { createLoaders } from '../../common/graphql/loaders';
import { receiveFile } from '../../common/http/multipart-upload';
import type { ByteRange } from '../../common/storage/storage';
import { SessionService } from '../auth/session.service';
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
    private readonly sessions: SessionService,
    private readonly dataSource: DataSource,
  ) {}

  @Post()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      // Who is asking is known from the headers alone: nothing of the body is read before.
      const viewer = await this.sessions.viewerFromCookieHeader(req.headers.cookie);
      if (!viewer) throw AppError.unauthenticated();
      if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES) {
        throw new PayloadTooLargeException();
      }
      const file = await receiveFile(req, 'file');
      const organizationId = String(file?.fields.organizationId ?? '');
      const membership = /^[0-9a-f-]{36}$/.test(organizationId)
        ? await createLoaders(this.dataSource, viewer.user.id).viewerMembership.load(organizationId)
        : null;
      if (!membership) throw AppError.notFound('Organization');
      if (!file) throw AppError.badInput({ file: 'Choose a file to upload.' });
      const saved = await this.attachments.upload(organizationId, viewer.user.id, file);
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

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.sessions.viewerFromCookieHeader(req.headers.cookie);
    if (!viewer) throw AppError.unauthenticated();
    const attachment = /^[0-9a-f-]{36}$/.test(id) ? await this.attachments.findById(id) : null;
    if (!attachment) throw AppError.notFound('File');
    // Same rule as the contribution it belongs to; unattached uploads are their uploader's only.
    const visible = attachment.contributionId
      ? await createLoaders(this.dataSource, viewer.user.id).visibleContribution.load(attachment.contributionId)
      : attachment.uploaderId === viewer.user.id;
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
  if (ranges === -2 || ranges === undefined || ranges.type !== 'bytes' || ranges.length !== 1) return null;
  return { start: ranges[0].start, end: ranges[0].end };
}
