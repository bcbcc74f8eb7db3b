import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../../common/auth/access.decorators';
import type { Viewer } from '../../common/auth/request-context';
import { Me } from '../auth/dto/me.type';
import { UpdateProfileInput } from '../user/dto/user.types';
import { UserService } from '../user/user.service';

/** The signed-in person's own profile; returns auth's `Me`, so it lives outside the user module (which auth imports). */
@Resolver()
export class ProfileResolver {
  constructor(private readonly users: UserService) {}

  @SignedIn()
  @Mutation(() => Me)
  async updateProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput): Promise<Me> {
    return Me.from(await this.users.updateProfile(viewer.user.id, input));
  }
}
