import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, SignedIn } from '../../common/auth/access.decorators';
import type { RequestContext, Viewer } from '../../common/auth/request-context';
import type { UserEntity } from '../user/user.entity';
import { AuthService } from './auth.service';
import {
  ChangePasswordInput,
  ConfirmSignUpInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
} from './dto/auth.inputs';
import { Me } from './dto/me.type';
import { SignUpService } from './sign-up.service';

@Resolver(() => Me)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly signUps: SignUpService,
  ) {}

  @Public()
  @Query(() => Me, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Context() ctx: RequestContext): Me | null {
    return ctx.viewer ? Me.from(ctx.viewer.user) : null;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Emails a confirmation link (or, for an address that has an account, a note saying so); always true, so the answer does not reveal who has an account.',
  })
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: RequestContext): Promise<boolean> {
    await this.signUps.signUp(input, ctx);
    return true;
  }

  @Public()
  @Mutation(() => Me, { description: "Opens a sign-up's confirmation link: creates the account and signs in." })
  async confirmSignUp(@Args('input') input: ConfirmSignUpInput, @Context() ctx: RequestContext): Promise<Me> {
    return Me.from(await this.signUps.confirm(input, ctx));
  }

  @Public()
  @Mutation(() => Me)
  async signIn(@Args('input') input: SignInInput, @Context() ctx: RequestContext): Promise<Me> {
    return Me.from(await this.auth.signIn(input, ctx));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends this session on the server.' })
  async signOut(@CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<boolean> {
    await this.auth.signOut(viewer, ctx);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other session.' })
  async changePassword(
    @CurrentViewer() viewer: Viewer<UserEntity>,
    @Args('input') input: ChangePasswordInput,
  ): Promise<boolean> {
    await this.auth.changePassword(viewer, input);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sends a reset link if the account exists; always returns true.' })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.auth.requestPasswordReset(input.email, ctx);
    return true;
  }

  @Public()
  @Mutation(() => Me, { description: 'Sets a new password from a reset link, signs out everywhere else and signs in.' })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() ctx: RequestContext): Promise<Me> {
    return Me.from(await this.auth.resetPassword(input, ctx));
  }
}
