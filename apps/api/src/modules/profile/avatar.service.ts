import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable, PayloadTooLargeException } from '@nestjs/common';
import sharp from 'sharp';
import { AppError } from '../../common/errors/app-error';
import { FileStorage } from '../../common/storage/storage';
import { AvatarRepository } from './avatar.repository';

/** What a picture may be when it arrives: bounded in bytes and pixels, and a raster format. */
export const AVATAR_RULES = {
  maxBytes: 5 * 1024 * 1024,
  maxInputPixels: 40_000_000,
  formats: ['jpeg', 'png', 'webp', 'gif'] as readonly string[],
  /** Served as a square WebP of this size: small, and re-encoded so nothing of the original (EXIF, GPS) is kept. */
  size: 256,
};

const URL_PREFIX = '/api/avatars/';
const NOT_A_PICTURE = 'Use a JPEG, PNG, WebP or GIF picture.';

/**
 * Profile pictures, uploaded to and served by OpenHuddle: no viewer's browser is sent to another
 * site (a third-party avatar is a tracking pixel), and only people who share an organisation
 * with the person see it.
 */
@Injectable()
export class AvatarService {
  constructor(
    private readonly avatars: AvatarRepository,
    private readonly storage: FileStorage,
  ) {}

  /** Re-encodes the upload to a 256 px square WebP, stores it under a new name and drops the old one. */
  async replace(userId: string, stream: Readable): Promise<string> {
    const original = await readBounded(stream, AVATAR_RULES.maxBytes);
    const picture = await reencode(original);
    const name = `${randomUUID()}.webp`;
    await this.storage.put(storageKey(userId, name), picture);
    const previous = await this.avatars.avatarUrlOf(userId);
    await this.avatars.setAvatarUrl(userId, `${URL_PREFIX}${userId}/${name}`);
    await this.dropStored(userId, previous);
    return `${URL_PREFIX}${userId}/${name}`;
  }

  async remove(userId: string): Promise<void> {
    const previous = await this.avatars.avatarUrlOf(userId);
    await this.avatars.setAvatarUrl(userId, null);
    await this.dropStored(userId, previous);
  }

  /** The stored picture `name` of `userId`, for a viewer who may see it; null otherwise (answered as not found). */
  async open(viewerId: string, userId: string, name: string): Promise<Buffer | null> {
    if (!/^[0-9a-f-]{36}$/.test(userId) || !/^[0-9a-f-]{36}\.webp$/.test(name)) return null;
    if ((await this.avatars.avatarUrlOf(userId)) !== `${URL_PREFIX}${userId}/${name}`) return null;
    if (!(await this.avatars.maySee(viewerId, userId))) return null;
    return this.storage.get(storageKey(userId, name)).catch(() => null);
  }

  private async dropStored(userId: string, url: string | null): Promise<void> {
    const prefix = `${URL_PREFIX}${userId}/`;
    if (url?.startsWith(prefix))
      await this.storage.delete(storageKey(userId, url.slice(prefix.length))).catch(() => {});
  }
}

function storageKey(userId: string, name: string): string {
  return `avatars/${userId}/${name.replace(/\.webp$/, '')}`;
}

/** The whole upload in memory (pictures are small), refusing with 413 once it passes `maxBytes`. */
async function readBounded(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.resume(); // the rest is discarded
      throw new PayloadTooLargeException();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function reencode(original: Buffer): Promise<Buffer> {
  if (!original.length) throw AppError.badInput({ file: 'Choose a picture to upload.' });
  try {
    // SVG is refused before decoding: it is a document, not a picture (scripts, remote fetches).
    const image = sharp(original, { limitInputPixels: AVATAR_RULES.maxInputPixels, animated: false });
    const { format } = await image.metadata();
    if (!format || !AVATAR_RULES.formats.includes(format)) throw AppError.badInput({ file: NOT_A_PICTURE });
    return await image
      .rotate() // honour the camera's orientation before the metadata is dropped
      .resize(AVATAR_RULES.size, AVATAR_RULES.size, { fit: 'cover' })
      .webp({ quality: 82 })
      .toBuffer();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw AppError.badInput({ file: `This picture could not be read. ${NOT_A_PICTURE}` });
  }
}
