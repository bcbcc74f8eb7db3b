import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module';
import { ProfileResolver } from './profile.resolver';

/** Editing one's own profile: depends on user (the row) and auth (the `Me` type), so neither depends on the other. */
@Module({
  imports: [UserModule],
  providers: [ProfileResolver],
})
export class ProfileModule {}
