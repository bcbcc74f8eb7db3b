import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AccessGuard } from './common/auth/access.guard';
import { CohortSubjects } from './common/auth/cohort-subjects';
import { Clock, SystemClock, TestClock } from './common/clock/clock';
import { ViewerSource } from './common/auth/viewer-source';
import { LoaderRegistry } from './common/graphql/loader-registry';
import { DomainEvents } from './common/events/domain-events';
import { MailModule } from './common/mail/mail.module';
import { JobsModule } from './common/jobs/jobs.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { graphqlConfig } from './common/graphql/graphql.config';
import { createValidationPipe } from './common/validation/validation.pipe';
import { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { ActivityModule } from './modules/activity/activity.module';
import { AttachmentModule } from './modules/attachment/attachment.module';
import { AuditModule } from './modules/audit/audit.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { AuthModule } from './modules/auth/auth.module';
import { BriefModule } from './modules/brief/brief.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { HuddleModule } from './modules/huddle/huddle.module';
import { NotificationModule } from './modules/notification/notification.module';
import { ReminderModule } from './modules/reminder/reminder.module';
import { ProgramTemplateModule } from './modules/program-template/program-template.module';
import { NudgeModule } from './modules/nudge/nudge.module';
import { CohortFeedModule } from './modules/cohort-feed/cohort-feed.module';
import { LearningGoalModule } from './modules/learning-goal/learning-goal.module';
import { PlanModule } from './modules/plan/plan.module';
import { InquiryModule } from './modules/inquiry/inquiry.module';
import { FrameworkModule } from './modules/framework/framework.module';
import { SelfAssessmentModule } from './modules/self-assessment/self-assessment.module';
import { ObservationModule } from './modules/observation/observation.module';
import { PulseSurveyModule } from './modules/pulse-survey/pulse-survey.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { CohortAnalyticsModule } from './modules/cohort-analytics/cohort-analytics.module';
import { CohortModule } from './modules/cohort/cohort.module';
import { ContributionModule } from './modules/contribution/contribution.module';
import { FeedbackModule } from './modules/feedback/feedback.module';
import { PromptModule } from './modules/prompt/prompt.module';
import { HealthModule } from './modules/health/health.module';
import { OrganizationModule } from './modules/organization/organization.module';
import { OutboxModule } from './modules/outbox/outbox.module';
import { ProfileModule } from './modules/profile/profile.module';
import { AccountModule } from './modules/account/account.module';
import { OrganizationExportModule } from './modules/organization-export/organization-export.module';
import { UserModule } from './modules/user/user.module';
import { SsoModule } from './modules/sso/sso.module';
import { LtiModule } from './modules/lti/lti.module';
import { RosterModule } from './modules/roster/roster.module';
import { GuestModule } from './modules/guest/guest.module';
import { CohortJoinLinkModule } from './modules/cohort-join-link/cohort-join-link.module';

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger }: AppModuleOptions): DynamicModule {
    @Global()
    @Module({
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: ROOT_LOGGER, useValue: logger },
        DomainEvents,
        LoaderRegistry,
        CohortSubjects,
        { provide: Clock, useClass: config.nodeEnv === 'test' ? TestClock : SystemClock },
      ],
      exports: [AppConfig, ROOT_LOGGER, DomainEvents, LoaderRegistry, CohortSubjects, Clock],
    })
    class CoreModule {}

    return {
      module: AppModule,
      imports: [
        CoreModule,
        JobsModule,
        RateLimitModule,
        MailModule,
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, (message) => logger.warn(message))),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AppConfig, ViewerSource, LoaderRegistry, ROOT_LOGGER],
          useFactory: graphqlConfig,
        }),
        AuthModule,
        AuditModule,
        ModerationModule,
        UserModule,
        ProfileModule,
        AccountModule,
        OrganizationExportModule,
        OrganizationModule,
        OutboxModule,
        CohortModule,
        PromptModule,
        ContributionModule,
        FeedbackModule,
        ActivityModule,
        CohortFeedModule,
        AttachmentModule,
        HuddleModule,
        BriefModule,
        CalendarModule,
        NotificationModule,
        ReminderModule,
        NudgeModule,
        PlanModule,
        InquiryModule,
        LearningGoalModule,
        PulseSurveyModule,
        FrameworkModule,
        SelfAssessmentModule,
        ObservationModule,
        ProgramTemplateModule,
        SsoModule,
        LtiModule,
        RosterModule,
        GuestModule,
        CohortJoinLinkModule,
        DashboardModule,
        CohortAnalyticsModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
