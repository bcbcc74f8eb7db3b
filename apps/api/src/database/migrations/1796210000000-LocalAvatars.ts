import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pictures are uploaded and served by OpenHuddle now: an address on another site was fetched by
 * every viewer's browser (a tracking pixel) and the content security policy already blocked it,
 * so such addresses are dropped; their people upload a picture instead.
 */
export class LocalAvatars1796210000000 implements MigrationInterface {
  name = 'LocalAvatars1796210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "user" SET avatar_url = NULL WHERE avatar_url NOT LIKE '/api/avatars/%'`);
  }

  public async down(): Promise<void> {
    // The dropped addresses are not kept: nothing to restore.
  }
}
