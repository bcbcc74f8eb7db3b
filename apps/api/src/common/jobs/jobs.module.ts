import { Global, Module } from '@nestjs/common';
import { Jobs } from './jobs';

/** The jobs adapter, for every module to register its queues on. */
@Global()
@Module({ providers: [Jobs], exports: [Jobs] })
export class JobsModule {}
