import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What the viewer may do with the organisation’s LTI registrations.' })
export class LtiPermissions {
  @Field() manage: boolean;
}

@ObjectType({ description: 'An LMS registered as an LTI 1.3 platform of the organisation.' })
export class LtiPlatform {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() issuer: string;
  @Field() clientId: string;
  @Field(() => [String]) deploymentIds: string[];
  @Field() authLoginUrl: string;
  @Field() authTokenUrl: string;
  @Field() jwksUrl: string;
  @Field() createMembers: boolean;
}

@ObjectType({ description: 'The values to paste into the LMS when registering OpenHuddle.' })
export class LtiToolConfiguration {
  @Field({ description: 'OpenID Connect login initiation URL.' }) loginUrl: string;
  @Field({ description: 'Redirect / launch URL (target link URI).' }) launchUrl: string;
  @Field({ description: 'Deep linking (content selection) URL.' }) deepLinkingUrl: string;
  @Field({ description: 'Public keyset URL of the tool.' }) jwksUrl: string;
  @Field(() => [String], { description: 'Scopes the tool asks for.' }) scopes: string[];
}

@ObjectType({ description: 'The organisation’s LTI 1.3 tool settings; admins and owners only.' })
export class OrganizationLti {
  @Field(() => ID) organizationId: string;
  @Field(() => LtiToolConfiguration) tool: LtiToolConfiguration;
  @Field(() => [LtiPlatform]) platforms: LtiPlatform[];
  @Field(() => LtiPermissions) viewerCan: LtiPermissions;
}

@ObjectType({ description: 'The course a cohort is placed in (LTI), for its facilitators.' })
export class CohortLtiCourse {
  @Field({ description: 'The LMS, as the organisation registered it.' }) platformName: string;
  @Field(() => String, { nullable: true, description: 'The course (LTI context) id.' }) contextId: string | null;
  @Field({ description: 'Whether the course shares its roster (Names and Role Provisioning).' })
  rosterAvailable: boolean;
  @Field(() => Date, { nullable: true }) rosterSyncedAt: Date | null;
  @Field({ description: 'Whether a placed prompt has a gradebook column for completion scores (AGS).' })
  gradebook: boolean;
  @Field(() => Int, { description: 'Completion scores the course gradebook accepted.' }) scoresSent: number;
  @Field(() => Int, { description: 'Completion scores still to send (the platform was unreachable or refused).' })
  scoresPending: number;
}

@ObjectType({ description: 'What a roster sync did.' })
export class LtiRosterSync {
  @Field(() => Int, { description: 'Active people the course lists.' }) listed: number;
  @Field(() => Int) added: number;
  @Field(() => Int) removed: number;
  @Field(() => Int, { description: 'Listed but not brought in (no email shared, or not in the organisation).' })
  skipped: number;
  @Field(() => Date) syncedAt: Date;
}
