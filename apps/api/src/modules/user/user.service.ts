import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { UpdateProfileInput } from './dto/user.types';
import { UserEntity } from './user.entity';

@Injectable()
export class UserService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async updateProfile(userId: string, input: UpdateProfileInput): Promise<UserEntity> {
    const changes: Partial<UserEntity> = {};
    if (input.displayName !== undefined) changes.displayName = input.displayName;
    if (input.timeZone !== undefined) changes.timeZone = input.timeZone;
    if (input.avatarUrl !== undefined) changes.avatarUrl = input.avatarUrl || null;
    if (Object.keys(changes).length) await this.users.update(userId, changes);
    return this.users.findOneByOrFail({ id: userId });
  }
}
