import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentActor, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import {
  AddInquiryEvidenceInput,
  CohortInquiryCyclesInput,
  CommentOnShowcaseInput,
  InquiryCycleRefInput,
  LinkToInquiryStageInput,
  MoveInquiryStageInput,
  ShowcaseCommentPageInput,
  ShowcasePageInput,
  StartInquiryCycleInput,
  UpdateInquiryCycleInput,
} from './dto/inquiry.inputs';
import {
  InquiryCycle,
  InquiryCycleSummary,
  ShowcaseComment,
  ShowcaseCommentPage,
  ShowcasePage,
} from './dto/inquiry.types';
import { InquiryReadService } from './inquiry-read.service';
import { toShowcaseComment } from './inquiry.mapper';
import { InquiryService } from './inquiry.service';

/**
 * Members of the organisation reach these; the cycle's own rules (inquiry.policy.ts) decide the
 * rest: the cohort follows a cycle in progress, the PLC works on it, everyone browses showcases.
 */
@Resolver(() => InquiryCycle)
export class InquiryResolver {
  constructor(
    private readonly running: InquiryService,
    private readonly reads: InquiryReadService,
  ) {}

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => [InquiryCycleSummary], {
    description: 'A cohort’s inquiry cycles, newest first (its people and admins).',
  })
  inquiryCycles(@Args('input') input: CohortInquiryCyclesInput, @CurrentActor() actor: Actor) {
    return this.reads.cohortCycles(actor, input.organizationId, input.cohortId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => ShowcasePage, { description: 'The organisation’s showcase gallery, newest first (every member).' })
  showcases(@Args('input') input: ShowcasePageInput, @CurrentActor() actor: Actor) {
    return this.reads.showcases(actor, input.organizationId, input.after ?? null);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => InquiryCycle, { description: 'A cycle with its evidence, stages and showcase.' })
  inquiryCycle(@Args('input') input: InquiryCycleRefInput, @CurrentActor() actor: Actor) {
    return this.reads.cycle(actor, input.organizationId, input.cycleId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => ShowcaseCommentPage, { description: 'More of a showcase’s comments (the pages after the first).' })
  showcaseComments(@Args('input') input: ShowcaseCommentPageInput, @CurrentActor() actor: Actor) {
    return this.reads.moreComments(actor, input.organizationId, input.cycleId, input.after ?? null);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => String, { description: 'The cycle’s showcase as Markdown, with what the viewer may see.' })
  showcaseMarkdown(@Args('input') input: InquiryCycleRefInput, @CurrentActor() actor: Actor) {
    return this.reads.markdown(actor, input.organizationId, input.cycleId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => InquiryCycle, {
    description: 'Starts an inquiry cycle for a cohort or one of its teams (its facilitators, admins).',
  })
  async startInquiryCycle(@Args('input') input: StartInquiryCycleInput, @CurrentActor() actor: Actor) {
    const cycle = await this.running.start(actor, input);
    return this.reads.cycle(actor, input.organizationId, cycle.id);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => InquiryCycle, { description: 'Edits the question, goal, dates and showcase text (the PLC).' })
  async updateInquiryCycle(@Args('input') input: UpdateInquiryCycleInput, @CurrentActor() actor: Actor) {
    await this.running.update(actor, input);
    return this.reads.cycle(actor, input.organizationId, input.cycleId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => InquiryCycle, { description: 'Moves the cycle one stage forward or back (the PLC).' })
  async moveInquiryStage(@Args('input') input: MoveInquiryStageInput, @CurrentActor() actor: Actor) {
    await this.running.moveStage(actor, input);
    return this.reads.cycle(actor, input.organizationId, input.cycleId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => InquiryCycle, { description: 'Puts a prompt or a huddle of the cohort under a stage (the PLC).' })
  async linkToInquiryStage(@Args('input') input: LinkToInquiryStageInput, @CurrentActor() actor: Actor) {
    await this.running.linkToStage(actor, input);
    return this.reads.cycle(actor, input.organizationId, input.cycleId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => InquiryCycle, { description: 'Adds evidence of student learning (the PLC).' })
  async addInquiryEvidence(@Args('input') input: AddInquiryEvidenceInput, @CurrentActor() actor: Actor) {
    await this.running.addEvidence(actor, input);
    return this.reads.cycle(actor, input.organizationId, input.cycleId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => InquiryCycle, {
    description:
      'Showcases the cycle to the organisation (the PLC, at the reflect stage); it is a record from then on.',
  })
  async showcaseInquiryCycle(@Args('input') input: InquiryCycleRefInput, @CurrentActor() actor: Actor) {
    await this.running.showcase(actor, input);
    return this.reads.cycle(actor, input.organizationId, input.cycleId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => ShowcaseComment, { description: 'Comments on a showcase with its feedback protocol (every member).' })
  async commentOnShowcase(
    @Args('input') input: CommentOnShowcaseInput,
    @CurrentActor() actor: Actor,
  ): Promise<ShowcaseComment> {
    const comment = await this.running.comment(actor, input);
    return toShowcaseComment({
      id: comment.id,
      answers: comment.answers,
      createdAt: comment.createdAt,
      cursorAt: '',
      authorId: actor.user.id,
      authorName: actor.user.displayName,
      authorAvatarUrl: actor.user.avatarUrl,
      authorTimeZone: actor.user.timeZone,
    });
  }
}
