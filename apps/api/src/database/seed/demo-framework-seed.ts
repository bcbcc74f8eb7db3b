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

const DAY = 86_400_000;

/**
 * A closed self-assessment round of the demo cohort on the example framework, answered by every
 * member (more than the threshold of 5, so its results and heatmap show), with growth picks that
 * make teams formed by need worth suggesting.
 */
export async function seedDemoSelfAssessment(
  em: EntityManager,
  organizationId: string,
  version: FrameworkVersionEntity,
  facilitatorId: string,
): Promise<void> {
  const [cohort] = (await em.query(`SELECT id FROM cohort WHERE organization_id = $1 ORDER BY created_at LIMIT 1`, [
    organizationId,
  ])) as { id: string }[];
  if (!cohort) return;
  const members = (await em.query(
    `SELECT cm.user_id AS "userId" FROM cohort_member cm JOIN "user" u ON u.id = cm.user_id
      WHERE cm.cohort_id = $1 AND cm.role = 'MEMBER' ORDER BY u.display_name`,
    [cohort.id],
  )) as { userId: string }[];
  const now = Date.now();
  const [round] = (await em.query(
    `INSERT INTO self_assessment_round (organization_id, framework_id, framework_version_id, cohort_id, title, visibility, opens_at, closes_at, created_by_id)
     VALUES ($1, $2, $3, $4, 'Start-of-year self-assessment', 'AGGREGATE_ONLY', $5, $6, $7) RETURNING id`,
    [
      organizationId,
      version.frameworkId,
      version.id,
      cohort.id,
      new Date(now - 30 * DAY),
      new Date(now - 16 * DAY),
      facilitatorId,
    ],
  )) as { id: string }[];
  const keys = version.domains.flatMap((d) => d.practices.map((p) => p.key));
  const wanted = ['formative-assessment', 'student-discussion', 'differentiation'];
  for (const [i, { userId }] of members.entries()) {
    const growth = [wanted[i % 3]!, wanted[(i + 1) % 3]!].slice(0, 1 + (i % 2));
    const [a] = (await em.query(
      `INSERT INTO self_assessment (organization_id, round_id, user_id, growth_practice_keys, submitted_at)
       VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING id`,
      [organizationId, round!.id, userId, JSON.stringify(growth), new Date(now - (25 - i) * DAY)],
    )) as { id: string }[];
    await em.query(
      `INSERT INTO self_assessment_rating (organization_id, assessment_id, practice_key, level, note)
       SELECT $1, $2, k.key, k.level, '' FROM unnest($3::text[], $4::int[]) AS k(key, level)`,
      [organizationId, a!.id, keys, keys.map((_, j) => 1 + ((i + j * 2) % 4))],
    );
  }
}
