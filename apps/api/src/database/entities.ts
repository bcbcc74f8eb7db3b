import { CheckInEntity, CheckInEvidenceEntity } from '../modules/learning-goal/check-in.entity';
import { CohortJoinLinkEntity, CohortJoinLinkUseEntity } from '../modules/cohort-join-link/cohort-join-link.entity';
import { CoachingConversationEntity } from '../modules/learning-goal/coaching-conversation.entity';
import { InquiryCycleEntity } from '../modules/inquiry/inquiry-cycle.entity';
import { InquiryEvidenceEntity } from '../modules/inquiry/inquiry-evidence.entity';
import { InquiryStageLinkEntity } from '../modules/inquiry/inquiry-stage-link.entity';
import { ShowcaseCommentEntity } from '../modules/inquiry/showcase-comment.entity';
import { LearningGoalEventEntity } from '../modules/learning-goal/learning-goal-event.entity';
import { LearningGoalEntity } from '../modules/learning-goal/learning-goal.entity';
import { CohortMemberEntity } from '../modules/cohort/cohort-member.entity';
import { CohortEntity } from '../modules/cohort/cohort.entity';
import { TeamEntity } from '../modules/cohort/team.entity';
import { CommentEntity } from '../modules/contribution/comment.entity';
import { ContributionRevisionEntity } from '../modules/contribution/contribution-revision.entity';
import { ContributionEntity } from '../modules/contribution/contribution.entity';
import { FeedbackProtocolEntity } from '../modules/feedback-protocol/feedback-protocol.entity';
import { FeedbackEntity } from '../modules/feedback/feedback.entity';
import { ReviewAssignmentEntity } from '../modules/feedback/review-assignment.entity';
import { PromptEntity } from '../modules/prompt/prompt.entity';
import { AttachmentEntity } from '../modules/attachment/attachment.entity';
import { PromptReadEntity } from '../modules/contribution/prompt-read.entity';
import { CohortFeedReadEntity } from '../modules/cohort-feed/cohort-feed-read.entity';
import { ReactionEntity } from '../modules/contribution/reaction.entity';
import { ActionItemEntity } from '../modules/huddle/action-item.entity';
import { AgendaItemEntity } from '../modules/huddle/agenda-item.entity';
import { CalendarFeedEntity } from '../modules/calendar/calendar-feed.entity';
import { DecisionEntity } from '../modules/huddle/decision.entity';
import { DiscussionFlagEntity } from '../modules/huddle/discussion-flag.entity';
import { HuddleAttendanceEntity } from '../modules/huddle/huddle-attendance.entity';
import { HuddleNoteEntity } from '../modules/huddle/huddle-note.entity';
import { HuddlePromptEntity } from '../modules/huddle/huddle-prompt.entity';
import { HuddleEntity } from '../modules/huddle/huddle.entity';
import { NotificationEntity } from '../modules/notification/notification.entity';
import { NotificationDigestEntity } from '../modules/notification/digest.entity';
import { UnsubscribeTokenEntity } from '../modules/notification/unsubscribe-token.entity';
import {
  NotificationCohortMuteEntity,
  NotificationPreferenceEntity,
  NotificationSettingsEntity,
} from '../modules/notification/notification-preference.entity';
import { LoginAttemptEntity } from '../modules/auth/login-attempt.entity';
import { PasswordResetEntity } from '../modules/auth/password-reset.entity';
import { SignUpRequestEntity } from '../modules/auth/sign-up-request.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { InvitationEntity } from '../modules/organization/invitation.entity';
import { MemberDeactivationEntity } from '../modules/organization/member-deactivation.entity';
import { MembershipEntity } from '../modules/organization/membership.entity';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { UserEntity } from '../modules/user/user.entity';
import { RateLimitBucketEntity } from '../common/rate-limit/rate-limit-bucket.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { MailMessageEntity } from '../common/mail/mail-message.entity';
import { ReportEntity } from '../modules/moderation/report.entity';
import { CohortMuteEntity } from '../modules/moderation/cohort-mute.entity';
import { NudgeSentEntity } from '../modules/nudge/nudge-sent.entity';
import { PlanEntity } from '../modules/plan/plan.entity';
import { PlanItemEntity } from '../modules/plan/plan-item.entity';
import { PlanItemOwnerEntity } from '../modules/plan/plan-item-owner.entity';
import { PlanEvidenceEntity } from '../modules/plan/plan-evidence.entity';
import { PlanCommentEntity } from '../modules/plan/plan-comment.entity';
import { PlanChangeEntity } from '../modules/plan/plan-change.entity';
import { ProgramLaunchEntity } from '../modules/program-template/program-launch.entity';
import { ProgramTemplateVersionEntity } from '../modules/program-template/program-template-version.entity';
import { ProgramTemplateEntity } from '../modules/program-template/program-template.entity';
import { IdentityProviderDomainEntity } from '../modules/sso/identity-provider-domain.entity';
import { IdentityProviderEntity } from '../modules/sso/identity-provider.entity';
import { SignInSettingsEntity } from '../modules/sso/sign-in-settings.entity';
import { SsoIdentityEntity } from '../modules/sso/sso-identity.entity';
import { SsoSignInEntity } from '../modules/sso/sso-sign-in.entity';
import { FrameworkVersionEntity } from '../modules/framework/framework-version.entity';
import { FrameworkEntity } from '../modules/framework/framework.entity';
import { SelfAssessmentRatingEntity } from '../modules/self-assessment/self-assessment-rating.entity';
import { SelfAssessmentRoundEntity } from '../modules/self-assessment/self-assessment-round.entity';
import { SelfAssessmentEntity } from '../modules/self-assessment/self-assessment.entity';
import { PulseAnswerEntity } from '../modules/pulse-survey/pulse-answer.entity';
import { PulseResponseEntity } from '../modules/pulse-survey/pulse-response.entity';
import { PulseRoundEntity } from '../modules/pulse-survey/pulse-round.entity';
import { PulseSurveyEntity } from '../modules/pulse-survey/pulse-survey.entity';
import { LtiPlatformEntity } from '../modules/lti/lti-platform.entity';
import { LtiLoginEntity } from '../modules/lti/lti-login.entity';
import { LtiResourceLinkEntity } from '../modules/lti/lti-resource-link.entity';
import { LtiIdentityEntity } from '../modules/lti/lti-identity.entity';
import { LtiRosterEntryEntity } from '../modules/lti/lti-roster-entry.entity';
import { LtiToolKeyEntity } from '../modules/lti/lti-tool-key.entity';
import { LtiScoreEntity } from '../modules/lti/lti-score.entity';

/** Every table of the schema; migrations are generated from these. */
import { OrganizationDataPolicyEntity } from '../modules/account/data-policy.entity';
import { ObservationRatingEntity } from '../modules/observation/observation-rating.entity';
import { ObservationEntity } from '../modules/observation/observation.entity';

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  LoginAttemptEntity,
  PasswordResetEntity,
  SignUpRequestEntity,
  OrganizationEntity,
  MembershipEntity,
  OrganizationDataPolicyEntity,
  InvitationEntity,
  MemberDeactivationEntity,
  CohortEntity,
  TeamEntity,
  CohortMemberEntity,
  FeedbackProtocolEntity,
  PromptEntity,
  ContributionEntity,
  ContributionRevisionEntity,
  FeedbackEntity,
  CommentEntity,
  ReviewAssignmentEntity,
  AttachmentEntity,
  ReactionEntity,
  PromptReadEntity,
  CohortFeedReadEntity,
  ActionItemEntity,
  AgendaItemEntity,
  CalendarFeedEntity,
  DecisionEntity,
  DiscussionFlagEntity,
  HuddleAttendanceEntity,
  HuddleNoteEntity,
  HuddlePromptEntity,
  HuddleEntity,
  NotificationEntity,
  UnsubscribeTokenEntity,
  NotificationDigestEntity,
  NotificationPreferenceEntity,
  NotificationSettingsEntity,
  NotificationCohortMuteEntity,
  RateLimitBucketEntity,
  AuditEventEntity,
  MailMessageEntity,
  ReportEntity,
  CohortMuteEntity,
  NudgeSentEntity,
  PlanEntity,
  PlanItemEntity,
  PlanItemOwnerEntity,
  PlanEvidenceEntity,
  PlanCommentEntity,
  PlanChangeEntity,
  ProgramTemplateEntity,
  ProgramTemplateVersionEntity,
  ProgramLaunchEntity,
  IdentityProviderEntity,
  IdentityProviderDomainEntity,
  SsoIdentityEntity,
  SsoSignInEntity,
  SignInSettingsEntity,
  PulseSurveyEntity,
  PulseRoundEntity,
  PulseResponseEntity,
  PulseAnswerEntity,
  FrameworkEntity,
  FrameworkVersionEntity,
  SelfAssessmentRoundEntity,
  SelfAssessmentEntity,
  SelfAssessmentRatingEntity,
  LtiPlatformEntity,
  LtiLoginEntity,
  LtiResourceLinkEntity,
  LtiIdentityEntity,
  LtiRosterEntryEntity,
  LtiToolKeyEntity,
  LtiScoreEntity,
  LearningGoalEntity,
  LearningGoalEventEntity,
  CheckInEntity,
  CheckInEvidenceEntity,
  CoachingConversationEntity,
  CohortJoinLinkEntity,
  CohortJoinLinkUseEntity,
  InquiryCycleEntity,
  InquiryStageLinkEntity,
  InquiryEvidenceEntity,
  ShowcaseCommentEntity,
  ObservationEntity,
  ObservationRatingEntity,
];
