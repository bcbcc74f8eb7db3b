import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The avatar's reads and writes: the user's `avatar_url`, and who may see a person's picture. */
@Injectable()
export class AvatarRepository {
  constructor(private readonly db: DataSource) {}

  async avatarUrlOf(userId: string): Promise<string | null> {
    const rows: { avatar_url: string | null }[] = await this.db.query(`SELECT avatar_url FROM "user" WHERE id = $1`, [
      userId,
    ]);
    return rows[0]?.avatar_url ?? null;
  }

  async setAvatarUrl(userId: string, url: string | null): Promise<void> {
    await this.db.query(`UPDATE "user" SET avatar_url = $2, updated_at = now() WHERE id = $1`, [userId, url]);
  }

  /** Whether `viewerId` is `userId` or shares an organisation with them today (removal ends it). */
  async maySee(viewerId: string, userId: string): Promise<boolean> {
    if (viewerId === userId) return true;
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM membership mine JOIN membership theirs ON theirs.organization_id = mine.organization_id
        WHERE mine.user_id = $1 AND theirs.user_id = $2 LIMIT 1`,
      [viewerId, userId],
    );
    return rows.length > 0;
  }
}
