import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import {
  CohortScoped,
  CurrentActor,
  CurrentMembership,
  OrgScoped,
  SignedIn,
} from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import type { ActorMembership } from '../../common/auth/request-context';
import { Me } from '../auth/dto/me.type';
import { requireCohortAccess } from '../cohort/cohort-access';
import { Contribution } from '../contribution/dto/contribution.types';
import { AcceptInvitationInput } from '../organization/dto/organization.types';
import { UserProfile } from '../user/dto/user.types';
import { Guest, GuestCohort, GuestInvitation, InviteGuestInput, RemoveGuestInput } from './dto/guest.types';
import type { GuestCohortRow, GuestRow } from './guest.repository';
import { GuestService } from './guest.service';

function toGuest(row: GuestRow): Guest {
  return Object.assign(new Guest(), {
    id: row.id,
    cohortId: row.cohort_id,
    cohortName: row.cohort_name,
    role: row.role,
    email: row.email,
    joinedAt: row.joined_at,
    user: Object.assign(new UserProfile(), {
      id: row.user_id,
      displayName: row.display_name,
      avatarUrl: row.avatar_url,
      timeZone: row.time_zone,
    }),
  });
}

function toGuestCohort(row: GuestCohortRow): GuestCohort {
  return Object.assign(new GuestCohort(), {
    cohortId: row.cohort_id,
    cohortName: row.cohort_name,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    role: row.role,
  });
}

@Resolver(() => Guest)
export class GuestResolver {
  constructor(private readonly guestService: GuestService) {}

  @CohortScoped('facilitate', { cohort: 'input.cohortId' })
  @Mutation(() => GuestInvitation, {
    description:
      'Invites someone of another organization by email as a Guest of this cohort, with a cohort role; they see this cohort and nothing else of the organization.',
  })
  async inviteGuest(@Args('input') input: InviteGuestInput, @CurrentActor() actor: Actor): Promise<GuestInvitation> {
    const access = await requireCohortAccess(actor, input.cohortId, 'facilitate');
    const sent = await this.guestService.invite(actor, access, input.email, input.role);
    return Object.assign(new GuestInvitation(), sent);
  }

  @SignedIn()
  @Mutation(() => GuestCohort, { description: 'Takes the cohort place a Guest invitation offers; returns the cohort.' })
  async acceptGuestInvitation(
    @Args('input') input: AcceptInvitationInput,
    @CurrentActor() actor: Actor,
  ): Promise<GuestCohort> {
    return toGuestCohort(await this.guestService.accept(actor, input.token));
  }

  @OrgScoped(OrgRole.ADMIN, 'organizationId')
  @Query(() => [Guest], { description: 'The organization’s guests, in every cohort (admins and owners).' })
  async guests(
    @Args('organizationId', { type: () => ID }) _organizationId: string,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<Guest[]> {
    return (await this.guestService.listGuests(membership.organizationId)).map(toGuest);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Boolean, { description: 'Ends a guest’s place in the cohort (their published work stays).' })
  async removeGuest(
    @Args('input') input: RemoveGuestInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<boolean> {
    await this.guestService.remove(membership, input.guestId);
    return true;
  }
}

/** Me.guestCohorts: the organization switcher lists them under their host's name. */
@Resolver(() => Me)
export class MeGuestCohortsResolver {
  constructor(private readonly guests: GuestService) {}

  @ResolveField(() => [GuestCohort], { description: 'Cohorts the viewer is a Guest in, by host organization.' })
  async guestCohorts(@Parent() me: Me): Promise<GuestCohort[]> {
    return (await this.guests.guestCohortsOf(me.id)).map(toGuestCohort);
  }
}

/** Contribution.authorIsGuest: the "Guest" mark on an author chip (never for an author hidden from the viewer). */
@Resolver(() => Contribution)
export class ContributionGuestResolver {
  @ResolveField(() => Boolean, { description: 'The author is a Guest of the cohort; false when the author is hidden.' })
  async authorIsGuest(@Parent() contribution: Contribution, @CurrentActor() actor: Actor): Promise<boolean> {
    if (!contribution.author || contribution.hideAuthor) return false;
    return (await actor.loaders.cohortGuestIds.load(contribution.cohortId)).has(contribution.authorId);
  }
}
