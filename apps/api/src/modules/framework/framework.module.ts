import { Module } from '@nestjs/common';
import { FrameworkRepository } from './framework.repository';
import { FrameworkResolver } from './framework.resolver';
import { FrameworkService } from './framework.service';

/** Frameworks of practice (PRODUCT.md: Framework): domains, practices, levels and descriptors, versioned. */
@Module({
  providers: [FrameworkRepository, FrameworkService, FrameworkResolver],
  exports: [FrameworkRepository],
})
export class FrameworkModule {}
