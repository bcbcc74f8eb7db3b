import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CohortScoped, CurrentActor, Public, SignedIn } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { requireCohortAccess } from '../cohort/cohort-access';
import { UserProfile } from '../user/dto/user.types';
import {
  CohortJoinLink,
  CohortJoinLinkPreview,
  CohortJoinLinkUse,
  CreateCohortJoinLinkInput,
  CreatedCohortJoinLink,
  JoinCohortInput,
  JoinedCohort,
  RevokeCohortJoinLinkInput,
} from './dto/cohort-join-link.types';
import { CohortJoinLinkService, type JoinLinkWithUses } from './cohort-join-link.service';

function toJoinLink(row: JoinLinkWithUses): CohortJoinLink {
  return Object.assign(new CohortJoinLink(), {
    id: row.id,
    cohortId: row.cohort_id,
    createdAt: row.created_at,
    createdByName: row.created_by_name,
    expiresAt: row.expires_at,
    maxUses: row.max_uses,
    useCount: row.use_count,
    admitsGuests: row.admits_guests,
    revokedAt: row.revoked_at,
    status: row.status,
    uses: row.uses.map((u) =>
      Object.assign(new CohortJoinLinkUse(), {
        guest: u.guest,
        usedAt: u.used_at,
        user: Object.assign(new UserProfile(), {
          id: u.user_id,
          displayName: u.display_name,
          avatarUrl: u.avatar_url,
          timeZone: u.time_zone,
        }),
      }),
    ),
  });
}

@Resolver(() => CohortJoinLink)
export class CohortJoinLinkResolver {
  constructor(private readonly links: CohortJoinLinkService) {}

  @CohortScoped('facilitate', { cohort: 'cohortId' })
  @Query(() => [CohortJoinLink], {
    description: 'The cohort’s join links, newest first, with who joined through each (its facilitators).',
  })
  async cohortJoinLinks(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @CurrentActor() actor: Actor,
  ): Promise<CohortJoinLink[]> {
    const access = await requireCohortAccess(actor, cohortId, 'facilitate');
    return (await this.links.list(access)).map(toJoinLink);
  }

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => CreatedCohortJoinLink, {
    description: 'Creates a join link with an expiry and a use cap; its address is returned this once.',
  })
  async createCohortJoinLink(
    @Args('input') input: CreateCohortJoinLinkInput,
    @CurrentActor() actor: Actor,
  ): Promise<CreatedCohortJoinLink> {
    const access = await requireCohortAccess(actor, input.cohortId, 'facilitate');
    const created = await this.links.create(actor, access, input);
    return Object.assign(new CreatedCohortJoinLink(), { link: toJoinLink(created.link), url: created.url });
  }

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => CohortJoinLink, { description: 'Turns a join link off; people who joined through it stay.' })
  async revokeCohortJoinLink(
    @Args('input') input: RevokeCohortJoinLinkInput,
    @CurrentActor() actor: Actor,
  ): Promise<CohortJoinLink> {
    const access = await requireCohortAccess(actor, input.cohortId, 'facilitate');
    return toJoinLink(await this.links.revoke(access, input.linkId));
  }

  @Public()
  @Query(() => CohortJoinLinkPreview, { description: 'What a join link offers, before signing in.' })
  async cohortJoinLink(@Args('token') token: string): Promise<CohortJoinLinkPreview> {
    const row = await this.links.preview(token);
    return Object.assign(new CohortJoinLinkPreview(), {
      cohortName: row.cohort_name,
      organizationName: row.organization_name,
      status: row.status,
      admitsGuests: row.admits_guests,
      expiresAt: row.expires_at,
    });
  }

  @SignedIn()
  @Mutation(() => JoinedCohort, {
    description:
      'Takes a MEMBER place in the cohort a join link opens (a Guest place when the link admits guests and the viewer is not a member of its organization).',
  })
  async joinCohort(@Args('input') input: JoinCohortInput, @CurrentActor() actor: Actor): Promise<JoinedCohort> {
    return Object.assign(new JoinedCohort(), await this.links.join(actor, input.token));
  }
}
