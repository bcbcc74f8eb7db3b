import { Injectable } from '@nestjs/common';
import { OBSERVATION_LIMITS as L, type OrgRole } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { AppError, type FieldErrors } from '../../common/errors/app-error';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../common/pagination/keyset-cursor';
import { pageAfter, pageSize } from '../../common/pagination/page-info';
import type { FrameworkVersionEntity } from '../framework/framework-version.entity';
import { FrameworkRepository } from '../framework/framework.repository';
import {
  type ObservationRefInput,
  type ObservationsInput,
  type ObservationTrendsInput,
  type RecordObservationInput,
  ObservationSide,
} from './dto/observation.inputs';
import type { Observation, ObservationConnection, ObservationTrends } from './dto/observation.types';
import { MIN_PEOPLE, monthsUpTo, toObservation, toPracticeTrends } from './observation.mapper';
import { observationPolicy } from './observation.policy';
import { ObservationRepository } from './observation.repository';

const DAY = 86_400_000;

/**
 * Observations of practice: any member records one of a colleague against a framework's
 * practices; only the two of them read it; facilitators and admins read thresholded trends.
 */
@Injectable()
export class ObservationService {
  constructor(
    private readonly observations: ObservationRepository,
    private readonly frameworks: FrameworkRepository,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, input: RecordObservationInput): Promise<Observation> {
    const role = await this.roleOf(actor, input.organizationId);
    if (input.observedId === actor.user.id)
      throw AppError.badInput({ observedId: 'Record observations of colleagues, not of yourself.' });
    if (!observationPolicy.record(role, actor.user.id, input.observedId)) throw AppError.forbidden();
    const version = await this.currentVersion(input.organizationId, input.frameworkId);
    const errors = { ...this.ratingErrors(input, version), ...this.dateErrors(input.observedOn) };
    if (!(await this.observations.isMember(input.organizationId, input.observedId)))
      errors.observedId = 'Pick a member of your organisation.';
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    const id = await this.observations.record({
      organizationId: input.organizationId,
      frameworkId: input.frameworkId,
      frameworkVersionId: version.id,
      observerId: actor.user.id,
      observedId: input.observedId,
      kind: input.kind,
      observedOn: input.observedOn,
      note: input.note.trim(),
      ratings: input.ratings.map((r) => ({ practiceKey: r.practiceKey, level: r.level })),
    });
    return this.get(actor, { organizationId: input.organizationId, observationId: id });
  }

  /** One observation, for its observer or the person observed; NOT_FOUND for anyone else. */
  async get(actor: Actor, ref: ObservationRefInput): Promise<Observation> {
    await this.roleOf(actor, ref.organizationId);
    const row = await this.observations.find(ref.organizationId, ref.observationId);
    const standing = { observer: row?.observerId === actor.user.id, observed: row?.observedId === actor.user.id };
    if (!row || !observationPolicy.read(standing)) throw AppError.notFound('Observation');
    return toObservation(row, actor.user.id);
  }

  async list(actor: Actor, input: ObservationsInput): Promise<ObservationConnection> {
    await this.roleOf(actor, input.organizationId);
    const first = pageSize(input.first, L.pageMax, 'observations');
    const after = pageAfter(input.after, (a) =>
      decodeKeysetCursor(a, 'This is not a position in the list; start from the first page.'),
    );
    const column = input.side === ObservationSide.OF_ME ? 'observed_id' : 'observer_id';
    const rows = await this.observations.page(input.organizationId, column, actor.user.id, after, first + 1);
    const shown = rows.slice(0, first);
    const last = shown.at(-1);
    return {
      nodes: shown.map((r) => toObservation(r, actor.user.id)),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeKeysetCursor({ createdAt: last.cursorAt, id: last.id }) : null,
      },
    };
  }

  async delete(actor: Actor, ref: ObservationRefInput): Promise<string> {
    const observation = await this.get(actor, ref);
    if (!observation.viewerCan.delete) throw AppError.forbidden('Only its observer deletes an observation.');
    await this.observations.delete(ref.organizationId, ref.observationId);
    return observation.id;
  }

  /** Which practices are spreading, month by month; cells of fewer than 5 people observed stay empty. */
  async trends(actor: Actor, input: ObservationTrendsInput): Promise<ObservationTrends> {
    const role = await this.roleOf(actor, input.organizationId);
    if (!observationPolicy.viewTrends(role))
      throw AppError.forbidden('Facilitators and admins see the trends of observations.');
    const version = await this.currentVersion(input.organizationId, input.frameworkId);
    const months = monthsUpTo(this.clock.now(), input.months);
    const rows = await this.observations.trends(input.organizationId, input.frameworkId, `${months[0]}-01`);
    return {
      minPeople: MIN_PEOPLE,
      frameworkId: input.frameworkId,
      frameworkTitle: version.title,
      levelNames: version.levelNames,
      months,
      practices: toPracticeTrends(version.domains, version.levelNames.length, months, rows),
    };
  }

  private async currentVersion(organizationId: string, frameworkId: string): Promise<FrameworkVersionEntity> {
    const framework = await this.frameworks.find(organizationId, frameworkId);
    const [version] = framework ? await this.frameworks.versionsOf([framework]) : [];
    if (!version) throw AppError.notFound('Framework');
    return version;
  }

  private ratingErrors(input: RecordObservationInput, version: FrameworkVersionEntity): FieldErrors {
    const keys = new Set(version.domains.flatMap((d) => d.practices.map((p) => p.key)));
    const errors: FieldErrors = {};
    const seen = new Set<string>();
    input.ratings.forEach((r, i) => {
      if (!keys.has(r.practiceKey)) errors[`ratings.${i}.practiceKey`] = 'This practice is not in the framework.';
      else if (seen.has(r.practiceKey)) errors[`ratings.${i}.practiceKey`] = 'This practice is rated twice.';
      if (r.level > version.levelNames.length)
        errors[`ratings.${i}.level`] = `Pick a level from 1 to ${version.levelNames.length}.`;
      seen.add(r.practiceKey);
    });
    return errors;
  }

  private dateErrors(observedOn: string): FieldErrors {
    const day = Date.parse(`${observedOn}T00:00:00Z`);
    const now = this.clock.now().getTime();
    if (Number.isNaN(day) || new Date(day).toISOString().slice(0, 10) !== observedOn)
      return { observedOn: 'Use a date such as 2026-03-14.' };
    // A day ahead of UTC is still today somewhere.
    if (day > now + DAY) return { observedOn: 'The visit cannot be in the future.' };
    if (day < now - L.backdateDaysMax * DAY) return { observedOn: 'Record visits of the past year.' };
    return {};
  }

  private async roleOf(actor: Actor, organizationId: string): Promise<OrgRole> {
    const membership = await actor.loaders.viewerMembership.load(organizationId);
    if (!membership) throw AppError.notFound('Organization');
    return membership.role;
  }
}
