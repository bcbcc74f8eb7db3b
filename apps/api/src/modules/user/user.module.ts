import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorFactory } from '../../common/auth/actor.factory';
import { UserDirectory } from '../../common/auth/user-directory';
import { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';
import { UserService } from './user.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  providers: [UserService, UserRepository, { provide: UserDirectory, useExisting: UserRepository }, ActorFactory],
  exports: [UserService, ActorFactory],
})
export class UserModule {}
