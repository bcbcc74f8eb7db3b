import { EXAMPLE_FRAMEWORK } from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';
import { FrameworkVersionEntity } from '../../modules/framework/framework-version.entity';
import { FrameworkEntity } from '../../modules/framework/framework.entity';
import { withPracticeKeys } from '../../modules/framework/framework.rules';

/** The demo organisation's copy of the example framework (version 1), made by its admin. */
export async function seedDemoFramework(
  em: EntityManager,
  organizationId: string,
  adminId: string,
): Promise<FrameworkVersionEntity> {
  const framework = await em.save(
    em.create(FrameworkEntity, { organizationId, createdById: adminId, currentVersion: 1 }),
  );
  return em.save(
    em.create(FrameworkVersionEntity, {
      organizationId,
      frameworkId: framework.id,
      number: 1,
      title: EXAMPLE_FRAMEWORK.title,
      description: EXAMPLE_FRAMEWORK.description,
      levelNames: [...EXAMPLE_FRAMEWORK.levelNames],
      domains: withPracticeKeys({ levelNames: [...EXAMPLE_FRAMEWORK.levelNames], domains: EXAMPLE_FRAMEWORK.domains }),
      createdById: adminId,
    }),
  );
}
