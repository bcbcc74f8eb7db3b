import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, SignedIn } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import type { RequestContext } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../auth/session.service';
import { AccountDeletionService } from './account-deletion.service';
import { DeleteAccountInput } from './dto/delete-account.input';

@Resolver()
export class AccountResolver {
  constructor(private readonly deletion: AccountDeletionService) {}

  // Signed in, and the service asks for the email (and password) again.
  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Deletes the signed-in person’s account: published work stays as "Former member"; drafts, sessions, notifications and unsent email end. Refused while they are the only owner of an organisation.',
  })
  async deleteAccount(
    @CurrentActor() actor: Actor,
    @Args('input') input: DeleteAccountInput,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.deletion.deleteAccount(actor, input);
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
