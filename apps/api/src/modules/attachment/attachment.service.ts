import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { fileTypeFromBuffer } from 'file-type';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { FileStorage } from '../../common/storage/storage';
import { AttachmentEntity } from './attachment.entity';
import { ALLOWED_TYPES, cleanFileName, MAX_UPLOAD_BYTES } from './file-rules';

@Injectable()
export class AttachmentService {
  constructor(
    @InjectRepository(AttachmentEntity) private readonly attachments: Repository<AttachmentEntity>,
    private readonly storage: FileStorage,
  ) {}

  /** Stores an upload after checking its size and its real type (from its bytes, not its name). */
  async upload(
    organizationId: string,
    uploaderId: string,
    file: { originalname: string; buffer: Buffer; size: number },
  ) {
    if (file.size > MAX_UPLOAD_BYTES) {
      throw AppError.badInput({ file: `Files can be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.` });
    }
    const detected = await fileTypeFromBuffer(file.buffer);
    if (!detected || !ALLOWED_TYPES[detected.mime]) {
      throw AppError.badInput({
        file: 'This file type is not accepted. Use an image, PDF, office document, audio or video file.',
      });
    }
    const id = randomUUID();
    const storageKey = `${organizationId}/${id}`;
    await this.storage.put(storageKey, file.buffer);
    return this.attachments.save({
      id,
      organizationId,
      uploaderId,
      contributionId: null,
      fileName: cleanFileName(file.originalname),
      contentType: detected.mime,
      size: file.size,
      storageKey,
    });
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

  read(attachment: AttachmentEntity): Promise<Buffer> {
    return this.storage.get(attachment.storageKey);
  }
}
