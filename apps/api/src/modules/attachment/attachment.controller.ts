import {
  Controller,
  Get,
  HttpStatus,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { AppError } from '../../common/errors/app-error';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { CurrentActor, SignedIn } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { AttachmentService } from './attachment.service';
import { MAX_UPLOAD_BYTES } from './file-rules';

/**
 * Files travel over plain HTTP (multipart up, bytes down); everything else is GraphQL.
 * Errors use the same codes and field messages as GraphQL errors.
 */
@Controller('api/attachments')
@UseFilters(RestErrorFilter)
export class AttachmentController {
  constructor(private readonly attachments: AttachmentService) {}

  // Signed in at the guard; the organization comes in the multipart body, read after it.
  @SignedIn()
  @Post()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 } }))
  async upload(
    @Req() req: Request,
    @Res() res: Response,
    @CurrentActor() actor: Actor,
    @UploadedFile() file?: { originalname: string; buffer: Buffer; size: number },
  ): Promise<void> {
    const organizationId = String(req.body?.organizationId ?? '');
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
  }

  // Signed in at the guard; the file follows the rule of the contribution it belongs to.
  @SignedIn()
  @Get(':id')
  async download(@Param('id') id: string, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const attachment = /^[0-9a-f-]{36}$/.test(id) ? await this.attachments.findById(id) : null;
    if (!attachment) throw AppError.notFound('File');
    // Same rule as the contribution it belongs to; unattached uploads are their uploader's only.
    const visible = attachment.contributionId
      ? await actor.loaders.visibleContribution.load(attachment.contributionId)
      : attachment.uploaderId === actor.user.id;
    if (!visible) throw AppError.notFound('File');
    const bytes = await this.attachments.read(attachment);
    res.setHeader('content-type', attachment.contentType);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "default-src 'none'; sandbox");
    res.setHeader('content-disposition', `inline; filename="${encodeURIComponent(attachment.fileName)}"`);
    res.setHeader('cache-control', 'private, max-age=3600');
    res.send(bytes);
  }
}
