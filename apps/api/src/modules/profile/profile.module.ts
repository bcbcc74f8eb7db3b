import { Module } from '@nestjs/common';
import { FileStorage, LocalDiskStorage } from '../../common/storage/storage';
import { UserModule } from '../user/user.module';
import { AvatarController } from './avatar.controller';
import { AvatarRepository } from './avatar.repository';
import { AvatarService } from './avatar.service';
import { ProfileResolver } from './profile.resolver';

/**
 * Editing one's own profile and picture: depends on user (the row) and auth (the `Me` type), so
 * neither depends on the other.
 */
@Module({
  imports: [UserModule],
  controllers: [AvatarController],
  providers: [ProfileResolver, AvatarService, AvatarRepository, { provide: FileStorage, useClass: LocalDiskStorage }],
})
export class ProfileModule {}
