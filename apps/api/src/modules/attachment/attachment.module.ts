import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FileStorage, LocalDiskStorage } from '../../common/storage/storage';
import { AuthModule } from '../auth/auth.module';
import { AttachmentController } from './attachment.controller';
import { AttachmentEntity } from './attachment.entity';
import { AttachmentService } from './attachment.service';

@Module({
  imports: [TypeOrmModule.forFeature([AttachmentEntity]), AuthModule],
  controllers: [AttachmentController],
  providers: [AttachmentService, { provide: FileStorage, useClass: LocalDiskStorage }],
  exports: [AttachmentService],
})
export class AttachmentModule {}
