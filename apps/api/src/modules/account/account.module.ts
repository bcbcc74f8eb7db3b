import { Module } from '@nestjs/common';
import { FileStorage, LocalDiskStorage } from '../../common/storage/storage';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AccountController } from './account.controller';
import { AccountDeletionService } from './account-deletion.service';
import { AccountRepository } from './account.repository';
import { AccountResolver } from './account.resolver';
import { DataPolicyResolver } from './data-policy.resolver';
import { RetentionRepository } from './retention.repository';
import { RetentionService } from './retention.service';

/** One's own data: the personal export and deleting one's account. */
@Module({
  imports: [AuthModule, AuditModule],
  controllers: [AccountController],
  providers: [
    AccountRepository,
    AccountDeletionService,
    AccountResolver,
    DataPolicyResolver,
    RetentionRepository,
    RetentionService,
    { provide: FileStorage, useClass: LocalDiskStorage },
  ],
})
export class AccountModule {}
