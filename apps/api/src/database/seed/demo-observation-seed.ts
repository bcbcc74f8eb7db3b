import { ObservationKind } from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';
import type { FrameworkVersionEntity } from '../../modules/framework/framework-version.entity';
import type { UserEntity } from '../../modules/user/user.entity';

const NOTES = [
  'Exit tickets sorted into three piles; the next lesson opened with the middle pile.',
  'Students turned to a partner before anyone answered; every pair had something to say.',
  'Success criteria on the board and read back by two students in their own words.',
  'Mini-whiteboards up at once; the teacher re-taught the step half the class missed.',
];

/**
 * Observations of practice over the last four months: the facilitator's walkthroughs and peer
 * visits among the members, formative assessment spreading (more people observed, higher levels
 * month by month). Recent months observe at least 5 different people, so the trends show; the
 * demo member (users[3]) has observations of them to read.
 */
export async function seedDemoObservations(
  em: EntityManager,
  organizationId: string,
  version: FrameworkVersionEntity,
  users: readonly UserEntity[],
): Promise<void> {
  const facilitator = users[0]!;
  const members = users.slice(3);
  const today = new Date();
  const rows: unknown[][] = [];
  for (let month = 3; month >= 0; month--) {
    // Two people observed four months ago, growing to every member this month.
    const observed = members.slice(0, Math.min(members.length, 2 + (3 - month) * 3));
    for (const [i, person] of observed.entries()) {
      const peer = members[(i + 1) % members.length]!;
      const byFacilitator = i % 2 === 0;
      // Within the calendar month the trends count it in (this month: not after today).
      const day = month === 0 ? Math.min(1 + i, today.getUTCDate()) : 1 + 2 * i;
      const observedOn = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - month, day));
      const level = Math.min(4, 1 + (3 - month) + (i % 2));
      rows.push([
        byFacilitator ? facilitator.id : peer.id,
        person.id,
        byFacilitator ? ObservationKind.WALKTHROUGH : ObservationKind.PEER_VISIT,
        observedOn.toISOString().slice(0, 10),
        NOTES[(i + month) % NOTES.length]!,
        level,
        Math.max(1, level - 1),
      ]);
    }
  }
  for (const [observerId, observedId, kind, observedOn, note, formative, discussion] of rows) {
    const [o] = (await em.query(
      `INSERT INTO observation (organization_id, framework_id, framework_version_id, observer_id, observed_id, kind, observed_on, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [organizationId, version.frameworkId, version.id, observerId, observedId, kind, observedOn, note],
    )) as { id: string }[];
    await em.query(
      `INSERT INTO observation_rating (organization_id, observation_id, practice_key, level)
       VALUES ($1, $2, 'formative-assessment', $3), ($1, $2, 'student-discussion', $4)`,
      [organizationId, o!.id, formative, discussion],
    );
  }
}
