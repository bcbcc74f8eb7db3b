import { Injectable } from '@nestjs/common';
import { INQUIRY_LIMITS, InquiryEvidenceKind } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { AppError, type FieldErrors } from '../../common/errors/app-error';
import { FeedbackProtocolRepository } from '../feedback-protocol/feedback-protocol.repository';
import type {
  AddInquiryEvidenceInput,
  CommentOnShowcaseInput,
  InquiryCycleFieldsInput,
  InquiryCycleRefInput,
  LinkToInquiryStageInput,
  MoveInquiryStageInput,
  StartInquiryCycleInput,
  UpdateInquiryCycleInput,
} from './dto/inquiry.inputs';
import type { InquiryCycleEntity } from './inquiry-cycle.entity';
import { InquiryAccess } from './inquiry-access';
import { InquiryReadService } from './inquiry-read.service';
import { inquiryPolicy, showcaseBlockers, stageDateErrors, stageMoveError } from './inquiry.policy';
import { type CycleFields, InquiryRepository } from './inquiry.repository';
import type { ShowcaseCommentEntity } from './showcase-comment.entity';

function check(errors: FieldErrors): void {
  if (Object.keys(errors).length) throw AppError.badInput(errors);
}

/**
 * Running a cycle: starting it (who runs the cohort), then the PLC's work — question, goal and
 * dates, moving through the stages, evidence of student learning, the prompts and huddles of
 * each stage — up to the showcase, which the organisation's members comment on with its protocol.
 */
@Injectable()
export class InquiryService {
  constructor(
    private readonly cycles: InquiryRepository,
    private readonly access: InquiryAccess,
    private readonly reads: InquiryReadService,
    private readonly protocols: FeedbackProtocolRepository,
    private readonly clock: Clock,
  ) {}

  async start(actor: Actor, input: StartInquiryCycleInput): Promise<InquiryCycleEntity> {
    const facilitates = await this.access.facilitates(actor, input.organizationId, input.cohortId);
    if (!inquiryPolicy.start(facilitates)) {
      // Someone who cannot read the cohort learns nothing of it.
      if (!(await this.access.readsCohort(actor, input.organizationId, input.cohortId))) {
        throw AppError.notFound('Cohort');
      }
      throw AppError.forbidden('Only the cohort’s facilitators and the organisation’s admins start inquiry cycles.');
    }
    const errors = await this.fieldErrors(input);
    if (input.teamId && !(await this.cycles.teamOfCohort(input.cohortId, input.teamId))) {
      errors.teamId = 'Pick a team of this cohort.';
    }
    if (input.protocolId) {
      const protocol = await this.protocols.findById(input.protocolId);
      if (!protocol || (protocol.organizationId && protocol.organizationId !== input.organizationId)) {
        errors.protocolId = 'Pick a feedback protocol of this organisation.';
      }
    }
    check(errors);
    return this.cycles.transaction((em) =>
      this.cycles.insertCycle(em, {
        organizationId: input.organizationId,
        cohortId: input.cohortId,
        teamId: input.teamId ?? null,
        protocolId: input.protocolId ?? null,
        createdById: actor.user.id,
        ...this.fields(input),
      }),
    );
  }

  async update(actor: Actor, input: UpdateInquiryCycleInput): Promise<void> {
    await this.access.requireWorker(actor, input.organizationId, input.cycleId);
    const errors = await this.fieldErrors(input);
    check(errors);
    await this.cycles.transaction(async (em) => {
      const cycle = await this.lockOpen(em, input);
      await this.cycles.updateCycle(em, cycle.id, {
        ...this.fields(input),
        tried: input.tried,
        learned: input.learned,
      });
    });
  }

  async moveStage(actor: Actor, input: MoveInquiryStageInput): Promise<void> {
    await this.access.requireWorker(actor, input.organizationId, input.cycleId);
    await this.cycles.transaction(async (em) => {
      const cycle = await this.lockOpen(em, input);
      const error = stageMoveError(cycle.stage, input.stage);
      if (error) throw AppError.badInput({ stage: error });
      await this.cycles.updateCycle(em, cycle.id, { stage: input.stage });
    });
  }

  async linkToStage(actor: Actor, input: LinkToInquiryStageInput): Promise<void> {
    const { cycle } = await this.access.requireWorker(actor, input.organizationId, input.cycleId);
    if (!!input.promptId === !!input.huddleId) {
      throw AppError.badInput({ promptId: 'Pick a prompt or a huddle (one of them).' });
    }
    const title = await this.cycles.stageSubjectTitle(cycle.cohortId, input);
    if (title === null) {
      throw AppError.badInput(
        input.promptId
          ? { promptId: 'Pick a published prompt of this cohort.' }
          : { huddleId: 'Pick a huddle of this cohort.' },
      );
    }
    await this.cycles.transaction(async (em) => {
      await this.lockOpen(em, input);
      if ((await this.cycles.countLinks(em, cycle.id)) >= INQUIRY_LIMITS.linksMax) {
        throw AppError.conflict(`A cycle links at most ${INQUIRY_LIMITS.linksMax} prompts and huddles.`);
      }
      await this.cycles.upsertLink(em, {
        organizationId: cycle.organizationId,
        cycleId: cycle.id,
        stage: input.stage,
        promptId: input.promptId ?? null,
        huddleId: input.huddleId ?? null,
      });
    });
  }

  /** A contribution must be a published one the adder can see now; every reader is re-checked at each read. */
  async addEvidence(actor: Actor, input: AddInquiryEvidenceInput): Promise<void> {
    const { cycle } = await this.access.requireWorker(actor, input.organizationId, input.cycleId);
    const errors: FieldErrors = {};
    if (input.kind === InquiryEvidenceKind.CONTRIBUTION) {
      if (!input.contributionId) errors.contributionId = 'Pick a contribution.';
      else if (!(await this.cycles.contributionVisible(input.organizationId, input.contributionId, actor.user.id))) {
        errors.contributionId = 'Pick a published contribution you can open in this organisation.';
      }
    }
    if (input.kind === InquiryEvidenceKind.LINK && !input.url) errors.url = 'Add the link.';
    if (input.kind === InquiryEvidenceKind.NOTE && !input.note) errors.note = 'Write the note.';
    check(errors);
    await this.cycles.transaction(async (em) => {
      await this.lockOpen(em, input);
      if ((await this.cycles.countEvidence(em, cycle.id)) >= INQUIRY_LIMITS.evidenceMax) {
        throw AppError.conflict(`A cycle holds at most ${INQUIRY_LIMITS.evidenceMax} pieces of evidence.`);
      }
      await this.cycles.insertEvidence(em, {
        organizationId: cycle.organizationId,
        cycleId: cycle.id,
        kind: input.kind,
        contributionId: input.kind === InquiryEvidenceKind.CONTRIBUTION ? input.contributionId! : null,
        url: input.kind === InquiryEvidenceKind.LINK ? input.url! : null,
        note: input.note,
        authorId: actor.user.id,
      });
    });
  }

  /** Opens the showcase to the organisation; from then on the cycle is a record. */
  async showcase(actor: Actor, input: InquiryCycleRefInput): Promise<void> {
    await this.access.requireWorker(actor, input.organizationId, input.cycleId);
    await this.cycles.transaction(async (em) => {
      const cycle = await this.lockOpen(em, input);
      check(showcaseBlockers(cycle));
      await this.cycles.updateCycle(em, cycle.id, { showcasedAt: this.clock.now() });
    });
  }

  async comment(actor: Actor, input: CommentOnShowcaseInput): Promise<ShowcaseCommentEntity> {
    const { cycle, standing } = await this.access.require(actor, input.organizationId, input.cycleId);
    if (!inquiryPolicy.comment(standing)) throw AppError.forbidden('Comments open with the showcase.');
    const protocol = await this.reads.protocolOf(cycle);
    const given = new Map(input.answers.map((a) => [a.sectionKey, a.text]));
    const errors: FieldErrors = {};
    if (given.size !== input.answers.length) errors.answers = 'Answer each section once.';
    for (const key of given.keys()) {
      if (!protocol.sections.some((s) => s.key === key)) errors.answers = `The protocol has no section “${key}”.`;
    }
    protocol.sections.forEach((s) => {
      if (s.required && !given.get(s.key)) errors[`answers.${s.key}`] = `Answer “${s.label}”.`;
    });
    check(errors);
    return this.cycles.insertComment({
      organizationId: cycle.organizationId,
      cycleId: cycle.id,
      authorId: actor.user.id,
      answers: protocol.sections
        .filter((s) => given.get(s.key))
        .map((s) => ({ sectionKey: s.key, label: s.label, text: given.get(s.key)! })),
    });
  }

  private async lockOpen(em: Parameters<InquiryRepository['lockCycle']>[0], ref: InquiryCycleRefInput) {
    const cycle = await this.cycles.lockCycle(em, ref.organizationId, ref.cycleId);
    if (!cycle) throw AppError.notFound('Inquiry cycle');
    // Checked again under the lock: two people may showcase and edit at once.
    if (cycle.showcasedAt) throw AppError.conflict('This cycle is showcased and kept as a record: it cannot change.');
    return cycle;
  }

  private async fieldErrors(input: InquiryCycleFieldsInput & { organizationId: string }): Promise<FieldErrors> {
    const d = input.dates ?? {};
    const errors = stageDateErrors([
      ['dates.questionOn', d.questionOn],
      ['dates.planOn', d.planOn],
      ['dates.actOn', d.actOn],
      ['dates.evidenceOn', d.evidenceOn],
      ['dates.reflectOn', d.reflectOn],
      ['dates.showcaseOn', d.showcaseOn],
    ]);
    if (input.goalItemId && !(await this.cycles.goalOfActivePlan(input.organizationId, input.goalItemId))) {
      errors.goalItemId = 'Pick a goal of the organisation’s plan.';
    }
    return errors;
  }

  private fields(input: InquiryCycleFieldsInput): CycleFields {
    const d = input.dates ?? {};
    return {
      question: input.question,
      goalItemId: input.goalItemId ?? null,
      questionOn: d.questionOn ?? null,
      planOn: d.planOn ?? null,
      actOn: d.actOn ?? null,
      evidenceOn: d.evidenceOn ?? null,
      reflectOn: d.reflectOn ?? null,
      showcaseOn: d.showcaseOn ?? null,
    };
  }
}
