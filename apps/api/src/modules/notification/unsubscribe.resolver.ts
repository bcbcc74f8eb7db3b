import { Args, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { NotificationKind } from '@openhuddle/shared';
import { Public } from '../../common/auth/access.decorators';
import type { UnsubscribeTarget } from './notification-email.repository';
import { UnsubscribeService } from './unsubscribe.service';

@ObjectType({ description: 'What an email’s unsubscribe link is about (its token is the credential).' })
export class UnsubscribeLink {
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field(() => NotificationKind, { nullable: true, description: 'The kind the email was about; null for a digest.' })
  kind: NotificationKind | null;
  @Field({ description: 'The link came in a digest: it turns off every kind sent by digest.' })
  digest: boolean;
}

const toLink = (t: UnsubscribeTarget): UnsubscribeLink => ({
  organizationId: t.organization_id,
  organizationName: t.organization_name,
  kind: t.kind === 'DIGEST' ? null : t.kind,
  digest: t.kind === 'DIGEST',
});

@Resolver(() => UnsubscribeLink)
export class UnsubscribeResolver {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  // Signed-out: the token from the email says who and what.
  @Public()
  @Query(() => UnsubscribeLink)
  async unsubscribeLink(@Args('token') token: string): Promise<UnsubscribeLink> {
    return toLink(await this.unsubscribes.target(token));
  }

  @Public()
  @Mutation(() => UnsubscribeLink, {
    description: 'Turns email off for the link’s kind, or (all) for every kind of its organisation.',
  })
  async unsubscribe(
    @Args('token') token: string,
    @Args('all', { defaultValue: false }) all: boolean,
  ): Promise<UnsubscribeLink> {
    return toLink(await this.unsubscribes.unsubscribe(token, all));
  }
}
