import { Injectable } from '@nestjs/common';
import { ContributionStatus, routes } from '@openhuddle/shared';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { type CohortActivityHappened, DomainEvents } from '../../common/events/domain-events';
import { AttachmentService } from '../attachment/attachment.service';
import { CohortMemberEntity } from '../cohort/cohort-member.entity';
import { type CohortAccess, canManageCohort, canPost } from '../cohort/cohort.policy';
import { FeedbackEntity } from '../feedback/feedback.entity';
import { Notifier } from '../notification/notifier';
import { PromptService } from '../prompt/prompt.service';
import { promptStatus } from '../prompt/prompt-status';
import { Anonymity, PromptStatus, type ReactionKind } from '@openhuddle/shared';
import type { UserEntity } from '../user/user.entity';
import { CommentEntity } from './comment.entity';
import { ContributionRevisionEntity } from './contribution-revision.entity';
import { ContributionEntity } from './contribution.entity';
import { PromptReadEntity } from './prompt-read.entity';
import { ReactionEntity } from './reaction.entity';
import { VISIBLE_CONTRIBUTION_SQL } from './contribution.visibility';
import { SearchHit, type SearchHitKind } from './search';
import type {
  AddCommentInput,
  ContributionFieldsInput,
  EditContributionInput,
  SaveDraftInput,
} from './dto/contribution.types';

@Injectable()
export class ContributionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly prompts: PromptService,
    private readonly events: DomainEvents,
    private readonly attachments: AttachmentService,
    private readonly notifier: Notifier,
  ) {}

  /** A contribution the viewer may see, with their cohort access; NOT_FOUND otherwise. */
  async requireVisible(actor: Actor, id: string): Promise<{ contribution: ContributionEntity; access: CohortAccess }> {
    const contribution = await actor.loaders.visibleContribution.load(id);
    if (!contribution) throw AppError.notFound('Contribution');
    const access = await actor.loaders.cohortAccess.load(contribution.cohortId);
    if (!access) throw AppError.notFound('Contribution');
    return { contribution, access };
  }

  /** Creates or autosaves a private draft. */
  async saveDraft(actor: Actor, input: SaveDraftInput): Promise<ContributionEntity> {
    const { prompt, access } = await this.prompts.requireVisible(actor, input.promptId, 'post');
    this.checkKind(prompt.acceptedKinds, input.kind);
    if (!input.contributionId) {
      if (promptStatus(prompt) !== PromptStatus.OPEN && !canManageCohort(access)) {
        throw AppError.conflict('This prompt is not open for contributions.');
      }
      return this.dataSource.transaction(async (em) => {
        const draft = await em.save(ContributionEntity, {
          organizationId: prompt.organizationId,
          cohortId: prompt.cohortId,
          promptId: prompt.id,
          authorId: access.userId,
          kind: input.kind,
          body: input.body,
          links: input.links,
          status: ContributionStatus.DRAFT,
        });
        if (input.attachmentIds) await this.attachments.attach(em, draft.id, access.userId, input.attachmentIds);
        return draft;
      });
    }
    return this.dataSource.transaction(async (em) => {
      const draft = await em.findOne(ContributionEntity, {
        where: { id: input.contributionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!draft || draft.authorId !== access.userId || draft.deletedAt || draft.promptId !== prompt.id) {
        throw AppError.notFound('Contribution');
      }
      if (draft.status !== ContributionStatus.DRAFT) throw AppError.conflict('This is published: edit it instead.');
      this.checkVersion(draft.version, input.expectedVersion);
      await em.update(ContributionEntity, draft.id, { ...this.fields(input), version: draft.version + 1 });
      if (input.attachmentIds) await this.attachments.attach(em, draft.id, access.userId, input.attachmentIds);
      return em.findOneOrFail(ContributionEntity, {
        where: { id: draft.id },
        relations: { prompt: true, author: true },
      });
    });
  }

  async publish(actor: Actor, id: string): Promise<ContributionEntity> {
    const { contribution, access } = await this.requireVisible(actor, id);
    if (contribution.authorId !== access.userId) throw AppError.forbidden('Only the author can publish this.');
    if (contribution.status === ContributionStatus.PUBLISHED) return contribution;
    const prompt = contribution.prompt!;
    if (promptStatus(prompt) !== PromptStatus.OPEN && !canManageCohort(access)) {
      throw AppError.conflict('This prompt is closed: your draft is kept but cannot be published.');
    }
    if (!contribution.body.trim() && !contribution.links.length) {
      throw AppError.badInput({ body: 'Write something (or add a link) before publishing.' });
    }
    const publishedAt = new Date();
    await this.dataSource
      .getRepository(ContributionEntity)
      .update({ id, status: ContributionStatus.DRAFT }, { status: ContributionStatus.PUBLISHED, publishedAt });
    actor.loaders.visibleContribution.clear(id);
    await this.events.emit({
      type: 'ContributionPublished',
      contributionId: id,
      promptId: contribution.promptId,
      cohortId: contribution.cohortId,
      organizationId: contribution.organizationId,
    });
    await this.activity(contribution, 'CONTRIBUTION_PUBLISHED', null);
    return { ...contribution, status: ContributionStatus.PUBLISHED, publishedAt };
  }

  /** Edits a published contribution, keeping what it said before as a revision. */
  async edit(actor: Actor, input: EditContributionInput): Promise<ContributionEntity> {
    const { contribution, access } = await this.requireVisible(actor, input.contributionId);
    if (contribution.authorId !== access.userId) throw AppError.forbidden('Only the author can edit this.');
    if (contribution.status !== ContributionStatus.PUBLISHED) throw AppError.conflict('Drafts are saved, not edited.');
    this.checkKind(contribution.prompt!.acceptedKinds, input.kind);
    if (input.answersFeedbackId) {
      const answered = await this.dataSource
        .getRepository(FeedbackEntity)
        .findOneBy({ id: input.answersFeedbackId, contributionId: contribution.id });
      if (!answered) throw AppError.badInput({ answersFeedbackId: 'Pick feedback given on this contribution.' });
    }
    const saved = await this.dataSource.transaction(async (em) => {
      const current = await em.findOneOrFail(ContributionEntity, {
        where: { id: contribution.id },
        lock: { mode: 'pessimistic_write' },
      });
      this.checkVersion(current.version, input.expectedVersion);
      await em.insert(ContributionRevisionEntity, {
        organizationId: current.organizationId,
        contributionId: current.id,
        version: current.version,
        kind: current.kind,
        body: current.body,
        links: current.links,
        editedById: access.userId,
        answersFeedbackId: input.answersFeedbackId ?? null,
      });
      await em.update(ContributionEntity, current.id, { ...this.fields(input), version: current.version + 1 });
      if (input.attachmentIds) await this.attachments.attach(em, current.id, access.userId, input.attachmentIds);
      return em.findOneOrFail(ContributionEntity, {
        where: { id: current.id },
        relations: { prompt: true, author: true },
      });
    });
    await this.activity(saved, 'CONTRIBUTION_EDITED', null);
    return saved;
  }

  /** Tells the real-time feed that something new happened on a contribution. */
  async activity(
    contribution: Pick<ContributionEntity, 'id' | 'cohortId' | 'promptId'>,
    kind: CohortActivityHappened['kind'],
    subjectId: string | null,
  ): Promise<void> {
    await this.events.emit({
      type: 'CohortActivityHappened',
      kind,
      cohortId: contribution.cohortId,
      promptId: contribution.promptId,
      contributionId: contribution.id,
      subjectId,
    });
  }

  /** Soft delete by the author or a facilitator: gone for everyone, kept as an auditable tombstone. */
  async delete(actor: Actor, id: string): Promise<void> {
    const { contribution, access } = await this.requireVisible(actor, id);
    if (contribution.authorId !== access.userId && !canManageCohort(access)) {
      throw AppError.forbidden('Only the author or a facilitator can delete this.');
    }
    await this.dataSource
      .getRepository(ContributionEntity)
      .update({ id }, { deletedAt: new Date(), deletedById: access.userId });
  }

  async spotlight(actor: Actor, id: string, on: boolean): Promise<ContributionEntity> {
    const { contribution, access } = await this.requireVisible(actor, id);
    if (!canManageCohort(access)) throw AppError.forbidden('Only facilitators can spotlight.');
    const spotlightedAt = on ? new Date() : null;
    await this.dataSource.getRepository(ContributionEntity).update({ id }, { spotlightedAt });
    await this.activity(contribution, 'SPOTLIGHTED', null);
    return { ...contribution, spotlightedAt };
  }

  async react(actor: Actor, contributionId: string, kind: ReactionKind, on: boolean): Promise<void> {
    const { contribution, access } = await this.requireVisible(actor, contributionId);
    if (contribution.status !== ContributionStatus.PUBLISHED) throw AppError.notFound('Contribution');
    const repo = this.dataSource.getRepository(ReactionEntity);
    if (on) {
      await repo
        .createQueryBuilder()
        .insert()
        .values({ organizationId: contribution.organizationId, contributionId, userId: access.userId, kind })
        .orIgnore()
        .execute();
    } else {
      await repo.delete({ contributionId, userId: access.userId, kind });
    }
  }

  /** Marks a prompt read now: its "new" badge clears. */
  async markPromptRead(actor: Actor, promptId: string): Promise<void> {
    const { prompt, access } = await this.prompts.requireVisible(actor, promptId);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PromptReadEntity)
      .values({
        promptId: prompt.id,
        userId: access.userId,
        organizationId: prompt.organizationId,
        lastReadAt: new Date(),
      })
      .orUpdate(['last_read_at'], ['prompt_id', 'user_id'])
      .execute();
  }

  revisionsOf(contributionId: string): Promise<ContributionRevisionEntity[]> {
    return this.dataSource
      .getRepository(ContributionRevisionEntity)
      .find({ where: { contributionId }, order: { version: 'DESC' } });
  }

  async addComment(
    actor: Actor,
    input: AddCommentInput,
  ): Promise<{ comment: CommentEntity; contribution: ContributionEntity; access: CohortAccess }> {
    const { contribution, access } = await this.requireVisible(actor, input.contributionId);
    if (contribution.status !== ContributionStatus.PUBLISHED) throw AppError.conflict('Publish before discussing.');
    if (!canPost(access) && !canManageCohort(access)) throw AppError.forbidden('Observers can read but not comment.');
    const errors: Record<string, string> = {};
    if (input.feedbackId) {
      const exists = await this.dataSource
        .getRepository(FeedbackEntity)
        .existsBy({ id: input.feedbackId, contributionId: contribution.id });
      if (!exists) errors.feedbackId = 'Pick feedback given on this contribution.';
    }
    if (input.parentId) {
      const exists = await this.dataSource
        .getRepository(CommentEntity)
        .existsBy({ id: input.parentId, contributionId: contribution.id });
      if (!exists) errors.parentId = 'Reply to a comment on this contribution.';
    }
    const mentioned = [...new Set(input.mentionedUserIds)];
    if (mentioned.length) {
      const inCohort = await this.dataSource
        .getRepository(CohortMemberEntity)
        .countBy({ cohortId: contribution.cohortId, userId: In(mentioned) });
      if (inCohort !== mentioned.length) errors.mentionedUserIds = 'You can only mention members of this cohort.';
    }
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    const comment = await this.dataSource.getRepository(CommentEntity).save({
      organizationId: contribution.organizationId,
      contributionId: contribution.id,
      feedbackId: input.feedbackId ?? null,
      parentId: input.parentId ?? null,
      authorId: access.userId,
      body: input.body,
      mentionedUserIds: mentioned,
    });
    comment.author = actor.user as UserEntity; // the session's user row
    await this.activity(contribution, 'COMMENT_ADDED', comment.id);
    // The anonymous author of a contribution stays anonymous in the mentions they send.
    const hidden = contribution.prompt!.anonymity === Anonymity.TO_PEERS && contribution.authorId === access.userId;
    await this.notifier.notify(
      mentioned
        .filter((userId) => userId !== access.userId)
        .map((userId) => ({
          organizationId: contribution.organizationId,
          userId,
          kind: 'MENTION',
          text: `${hidden ? 'The author' : actor.user.displayName} mentioned you: “${input.body.slice(0, 120)}”`,
          link: routes.contribution(contribution.organizationId, contribution.promptId, contribution.id),
          dedupeKey: `mention:${comment.id}:${userId}`,
        })),
    );
    return { comment, contribution, access };
  }

  /**
   * Full-text search (GIN indexes) over contributions, feedback and comments, restricted by
   * the same visibility predicate as every list: one statement, visible rows only.
   */
  async search(organizationId: string, viewerId: string, query: string): Promise<SearchHit[]> {
    const rows: Array<{
      kind: SearchHitKind;
      id: string;
      contribution_id: string;
      prompt_id: string;
      prompt_title: string;
      excerpt: string;
    }> = await this.dataSource.query(
      `WITH q AS (SELECT websearch_to_tsquery('english', $3) AS q),
         visible AS (
           SELECT c.id, c.body, c.prompt_id, p.title AS prompt_title
             FROM contribution c JOIN prompt p ON p.id = c.prompt_id
            WHERE c.organization_id = $1 AND c.status = 'PUBLISHED'
              AND ${VISIBLE_CONTRIBUTION_SQL.replace(/:viewerId/g, '$2')}
         )
         SELECT * FROM (
           SELECT 'CONTRIBUTION' AS kind, v.id, v.id AS contribution_id, v.prompt_id, v.prompt_title,
                  ts_headline('english', v.body, q.q, 'MaxWords=30, MinWords=10, StartSel=**, StopSel=**') AS excerpt,
                  ts_rank(to_tsvector('english', v.body), q.q) AS rank
             FROM visible v, q WHERE to_tsvector('english', v.body) @@ q.q
           UNION ALL
           SELECT 'FEEDBACK', f.id, v.id, v.prompt_id, v.prompt_title,
                  ts_headline('english', (SELECT string_agg(value, ' ') FROM jsonb_each_text(f.answers)), q.q, 'MaxWords=30, MinWords=10, StartSel=**, StopSel=**'),
                  ts_rank(jsonb_to_tsvector('english', f.answers, '["string"]'), q.q)
             FROM feedback f JOIN visible v ON v.id = f.contribution_id, q
            WHERE jsonb_to_tsvector('english', f.answers, '["string"]') @@ q.q
           UNION ALL
           SELECT 'COMMENT', cm.id, v.id, v.prompt_id, v.prompt_title,
                  ts_headline('english', cm.body, q.q, 'MaxWords=30, MinWords=10, StartSel=**, StopSel=**'),
                  ts_rank(to_tsvector('english', cm.body), q.q)
             FROM comment cm JOIN visible v ON v.id = cm.contribution_id, q
            WHERE cm.deleted_at IS NULL AND to_tsvector('english', cm.body) @@ q.q
         ) hits ORDER BY rank DESC LIMIT 50`,
      [organizationId, viewerId, query],
    );
    return rows.map((r) =>
      Object.assign(new SearchHit(), {
        kind: r.kind,
        id: r.id,
        contributionId: r.contribution_id,
        promptId: r.prompt_id,
        promptTitle: r.prompt_title,
        excerpt: r.excerpt,
      }),
    );
  }

  private checkKind(accepted: string[], kind: string): void {
    if (!accepted.includes(kind)) {
      throw AppError.badInput({ kind: `This prompt accepts ${accepted.map((k) => k.toLowerCase()).join(', ')}.` });
    }
  }

  /** Optimistic concurrency: a save based on an older version must not erase a newer one. */
  private checkVersion(current: number, expected: number | undefined): void {
    if (expected !== undefined && expected !== current) {
      throw AppError.conflict(
        `This was changed elsewhere since you opened it (now version ${current}). Copy your text, reload, and merge.`,
        { expectedVersion: `The latest version is ${current}.` },
      );
    }
  }

  private fields(input: ContributionFieldsInput): Partial<ContributionEntity> {
    return { kind: input.kind, body: input.body, links: input.links.map((l) => ({ url: l.url, title: l.title })) };
  }
}
