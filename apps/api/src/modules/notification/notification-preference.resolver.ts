import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CohortScoped, CurrentActor, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { NotificationPreferences, UpdateNotificationPreferencesInput } from './dto/notification-preference.types';
import { NotificationPreferenceService } from './notification-preference.service';

@Resolver(() => NotificationPreferences)
export class NotificationPreferenceResolver {
  constructor(private readonly preferences: NotificationPreferenceService) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => NotificationPreferences, { description: 'How the viewer hears about what happens in the organization.' })
  notificationPreferences(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<NotificationPreferences> {
    return this.preferences.get(actor, organizationId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Mutation(() => NotificationPreferences, {
    description: 'Changes the given kinds and, when given, the quiet hours; BAD_USER_INPUT per field.',
  })
  updateNotificationPreferences(
    @Args('input') input: UpdateNotificationPreferencesInput,
    @CurrentActor() actor: Actor,
  ): Promise<NotificationPreferences> {
    return this.preferences.update(actor, input);
  }

  @CohortScoped('view')
  @Mutation(() => NotificationPreferences, { description: 'Nothing of this cohort reaches the viewer any more.' })
  muteCohort(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @CurrentActor() actor: Actor,
  ): Promise<NotificationPreferences> {
    return this.preferences.mute(actor, cohortId, true);
  }

  @CohortScoped('view')
  @Mutation(() => NotificationPreferences)
  unmuteCohort(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @CurrentActor() actor: Actor,
  ): Promise<NotificationPreferences> {
    return this.preferences.mute(actor, cohortId, false);
  }
}
