import { Injectable } from '@nestjs/common';
import { INQUIRY_LIMITS } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { decodeKeysetCursor } from '../../common/pagination/keyset-cursor';
import { FeedbackProtocolRepository } from '../feedback-protocol/feedback-protocol.repository';
import type {
  InquiryCycle,
  InquiryCycleSummary,
  ShowcaseCommentPage,
  ShowcasePage,
  ShowcaseProtocol,
} from './dto/inquiry.types';
import type { InquiryCycleEntity } from './inquiry-cycle.entity';
import { InquiryAccess } from './inquiry-access';
import {
  commentCursor,
  showcaseCursor,
  toCycleSummary,
  toEvidence,
  toShowcaseComment,
  toStageLink,
} from './inquiry.mapper';
import { inquiryPolicy, inquiryViewerCan, type InquiryStanding } from './inquiry.policy';
import { InquiryRepository } from './inquiry.repository';
import { showcaseMarkdown } from './showcase.markdown';

/** The showcase's comments follow Warm & Cool (the tuning protocol) unless the cycle chose another. */
export const SHOWCASE_PROTOCOL_ID = '00000000-0000-4000-a000-000000000003';
/** The Markdown export carries this many comments (a showcase gathers tens). */
const MARKDOWN_COMMENTS = 500;

/**
 * Reading cycles: a cohort's cycles, the organisation's showcase gallery (one statement a page,
 * whatever it holds), a cycle's page and its Markdown export, each with the evidence its viewer
 * may see and nothing more.
 */
@Injectable()
export class InquiryReadService {
  constructor(
    private readonly cycles: InquiryRepository,
    private readonly access: InquiryAccess,
    private readonly protocols: FeedbackProtocolRepository,
  ) {}

  async cohortCycles(actor: Actor, organizationId: string, cohortId: string): Promise<InquiryCycleSummary[]> {
    if (!(await this.access.readsCohort(actor, organizationId, cohortId))) throw AppError.notFound('Cohort');
    return (await this.cycles.cohortCycles(cohortId, actor.user.id)).map(toCycleSummary);
  }

  async showcases(actor: Actor, organizationId: string, after: string | null): Promise<ShowcasePage> {
    const cursor = after ? decodeKeysetCursor(after, 'Start from a page this list handed out.') : null;
    const size = INQUIRY_LIMITS.pageSize;
    const rows = await this.cycles.showcasePage(organizationId, actor.user.id, cursor, size + 1);
    const page = rows.slice(0, size);
    return { nodes: page.map(toCycleSummary), endCursor: rows.length > size ? showcaseCursor(page.at(-1)!) : null };
  }

  async cycle(actor: Actor, organizationId: string, cycleId: string): Promise<InquiryCycle> {
    const { cycle, standing } = await this.access.require(actor, organizationId, cycleId);
    return this.present(actor, cycle, standing, INQUIRY_LIMITS.pageSize);
  }

  async markdown(actor: Actor, organizationId: string, cycleId: string): Promise<string> {
    const { cycle, standing } = await this.access.require(actor, organizationId, cycleId);
    return showcaseMarkdown(await this.present(actor, cycle, standing, MARKDOWN_COMMENTS));
  }

  async moreComments(actor: Actor, organizationId: string, cycleId: string, after: string | null) {
    await this.access.require(actor, organizationId, cycleId);
    return this.commentPage(cycleId, after, INQUIRY_LIMITS.pageSize);
  }

  async protocolOf(cycle: Pick<InquiryCycleEntity, 'protocolId'>): Promise<ShowcaseProtocol> {
    const found =
      (cycle.protocolId && (await this.protocols.findById(cycle.protocolId))) ||
      (await this.protocols.findById(SHOWCASE_PROTOCOL_ID));
    if (!found) throw AppError.notFound('Feedback protocol');
    return { id: found.id, name: found.name, sections: found.sections };
  }

  /** Six statements side by side, whatever the cycle holds. */
  private async present(
    actor: Actor,
    cycle: InquiryCycleEntity,
    standing: InquiryStanding,
    commentLimit: number,
  ): Promise<InquiryCycle> {
    const [row, evidence, links, protocol, comments] = await Promise.all([
      this.cycles.cycleRow(cycle.id, actor.user.id),
      this.cycles.evidence(cycle.id, actor.user.id, INQUIRY_LIMITS.evidenceMax),
      inquiryPolicy.seeStageLinks(standing) ? this.cycles.stageLinks(cycle.id) : Promise.resolve([]),
      this.protocolOf(cycle),
      this.commentPage(cycle.id, null, commentLimit),
    ]);
    if (!row) throw AppError.notFound('Inquiry cycle');
    return {
      ...toCycleSummary(row),
      tried: cycle.tried,
      learned: cycle.learned,
      evidence: evidence.map(toEvidence),
      stageLinks: links.map(toStageLink),
      protocol,
      comments,
      viewerCan: inquiryViewerCan(standing, cycle),
    };
  }

  private async commentPage(cycleId: string, after: string | null, size: number): Promise<ShowcaseCommentPage> {
    const cursor = after ? decodeKeysetCursor(after, 'Start from a page this list handed out.') : null;
    const rows = await this.cycles.commentPage(cycleId, cursor, size + 1);
    const page = rows.slice(0, size);
    return { nodes: page.map(toShowcaseComment), endCursor: rows.length > size ? commentCursor(page.at(-1)!) : null };
  }
}
