import { Injectable } from '@nestjs/common';
import type { UpdateProfileInput } from './dto/user.types';
import type { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

@Injectable()
export class UserService {
  constructor(private readonly users: UserRepository) {}

  async updateProfile(userId: string, input: UpdateProfileInput): Promise<UserEntity> {
    const changes: Partial<UserEntity> = {};
    if (input.displayName !== undefined) changes.displayName = input.displayName;
    if (input.timeZone !== undefined) changes.timeZone = input.timeZone;
    if (input.avatarUrl !== undefined) changes.avatarUrl = input.avatarUrl || null;
    if (Object.keys(changes).length) await this.users.update(userId, changes);
    return this.users.findByIdOrFail(userId);
  }
}
