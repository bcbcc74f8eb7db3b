import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable, PayloadTooLargeException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { fileTypeFromBuffer } from 'file-type';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { type ByteRange, FileStorage, StorageLimitExceeded } from '../../common/storage/storage';
import { AttachmentEntity } from './attachment.entity';
import { ALLOWED_TYPES, cleanFileName, MAX_UPLOAD_BYTES } from './file-rules';

const TYPE_SAMPLE_BYTES = 4 * 1024 * 1024;

@Injectable()
export class AttachmentService {
  constructor(
    @InjectRepository(AttachmentEntity) private readonly attachments: Repository<AttachmentEntity>,
    private readonly storage: FileStorage,
  ) {}

  /**
   * Streams an upload into storage, aborting with 413 as soon as it passes the size limit (nothing
   * is kept), then checks its real type (from its bytes, not its name) before recording it.
   */
  async upload(organizationId: string, uploaderId: string, file: { fileName: string; stream: Readable }) {
    const id = randomUUID();
    const storageKey = `${organizationId}/${id}`;
    let size: number;
    try {
      size = await this.storage.putStream(storageKey, file.stream, MAX_UPLOAD_BYTES);
    } catch (error) {
      if (error instanceof StorageLimitExceeded) {
        file.stream.resume(); // the rest of the part is discarded, not stored
        throw new PayloadTooLargeException();
      }
      throw error;
    }
    const detected = size ? await this.detectType(storageKey, size) : undefined;
    if (!detected || !ALLOWED_TYPES[detected.mime]) {
      await this.storage.delete(storageKey);
      throw AppError.badInput({
        file: 'This file type is not accepted. Use an image, PDF, office document, audio or video file.',
      });
    }
    return this.attachments.save({
      id,
      organizationId,
      uploaderId,
      contributionId: null,
      fileName: cleanFileName(file.fileName),
      contentType: detected.mime,
      size,
      storageKey,
    });
  }

  /**
   * The type from the stored file's first bytes (bounded, so memory stays small whatever the size;
   * office documents are recognised from their leading zip entries).
   */
  private async detectType(storageKey: string, size: number) {
    const head: Buffer[] = [];
    for await (const chunk of this.storage.openRead(storageKey, {
      start: 0,
      end: Math.min(size, TYPE_SAMPLE_BYTES) - 1,
    })) {
      head.push(chunk as Buffer);
    }
    return fileTypeFromBuffer(Buffer.concat(head));
  }

  /**
   * Makes `ids` exactly the attachments of a contribution: each must be the author's own
   * upload, unattached or already on this contribution; others are detached.
   */
  async attach(em: EntityManager, contributionId: string, authorId: string, ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length) {
      const usable = await em.getRepository(AttachmentEntity).find({
        where: [
          { id: In(unique), uploaderId: authorId, contributionId: IsNull() },
          { id: In(unique), contributionId },
        ],
      });
      if (usable.length !== unique.length)
        throw AppError.badInput({ attachmentIds: 'Attach files you uploaded yourself.' });
      await em.getRepository(AttachmentEntity).update({ id: In(unique) }, { contributionId });
    }
    const detach = em
      .getRepository(AttachmentEntity)
      .createQueryBuilder()
      .update()
      .set({ contributionId: null })
      .where('contribution_id = :contributionId', { contributionId });
    if (unique.length) detach.andWhere('id NOT IN (:...unique)', { unique });
    await detach.execute();
  }

  findById(id: string): Promise<AttachmentEntity | null> {
    return this.attachments.findOneBy({ id });
  }

  /** The stored bytes, whole or one byte range of them. */
  open(attachment: AttachmentEntity, range?: ByteRange): Readable {
    return this.storage.openRead(attachment.storageKey, range);
  }
}
