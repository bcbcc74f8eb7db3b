import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserDirectory } from '../../common/auth/user-directory';
import { UserEntity } from './user.entity';

/** The user module's only access to the database; also the `UserDirectory` that ActorFactory reads. */
@Injectable()
export class UserRepository extends UserDirectory {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {
    super();
  }

  findActorUser(userId: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id: userId });
  }

  findByIdOrFail(userId: string): Promise<UserEntity> {
    return this.users.findOneByOrFail({ id: userId });
  }

  async update(userId: string, changes: Partial<UserEntity>): Promise<void> {
    await this.users.update(userId, changes);
  }
}
