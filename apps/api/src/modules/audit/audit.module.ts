import { Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({
  providers: [AuditRepository, AuditService, AuditResolver],
  // Organization, cohort and contribution services record the administrative actions they perform.
  exports: [AuditService],
})
export class AuditModule {}
