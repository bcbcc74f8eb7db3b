import { Module } from '@nestjs/common';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { PromptModule } from '../prompt/prompt.module';
import { CohortCaptureRepository } from './cohort-capture.repository';
import { CohortProgramResolver, ProgramLaunchResolver } from './program-launch.resolver';
import { ProgramLaunchRepository } from './program-launch.repository';
import { ProgramLaunchService } from './program-launch.service';
import { createProgramTemplateLoaders } from './program-template.loader';
import { ProgramTemplateRepository } from './program-template.repository';
import { ProgramTemplateResolver } from './program-template.resolver';
import { ProgramTemplateService } from './program-template.service';
import { PromptCopyRepository } from './prompt-copy.repository';
import { PromptCopyResolver } from './prompt-copy.resolver';
import { PromptCopyService } from './prompt-copy.service';
import { TemplateCaptureService } from './template-capture.service';

/** ProgramTemplates: authored, versioned, saved from cohorts, previewed and launched as cohorts. */
@Module({
  imports: [PromptModule],
  providers: [
    ProgramTemplateRepository,
    ProgramLaunchRepository,
    CohortCaptureRepository,
    PromptCopyRepository,
    ProgramTemplateService,
    ProgramLaunchService,
    TemplateCaptureService,
    PromptCopyService,
    ProgramTemplateResolver,
    ProgramLaunchResolver,
    CohortProgramResolver,
    PromptCopyResolver,
  ],
  exports: [ProgramLaunchService],
})
export class ProgramTemplateModule {
  constructor(loaders: LoaderRegistry) {
    loaders.register(createProgramTemplateLoaders);
  }
}
