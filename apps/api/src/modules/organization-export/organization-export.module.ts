import { Module } from '@nestjs/common';
import { FileStorage, LocalDiskStorage } from '../../common/storage/storage';
import { AuditModule } from '../audit/audit.module';
import { OrganizationExportController } from './organization-export.controller';
import { OrganizationExportRepository } from './organization-export.repository';
import { OrganizationExportResolver } from './organization-export.resolver';
import { OrganizationExportService } from './organization-export.service';

/** Everything of one organisation in one archive, for moving it to another instance. */
@Module({
  imports: [AuditModule],
  controllers: [OrganizationExportController],
  providers: [
    OrganizationExportService,
    OrganizationExportResolver,
    OrganizationExportRepository,
    { provide: FileStorage, useClass: LocalDiskStorage },
  ],
})
export class OrganizationExportModule {}
