import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One level of a practice: its number, name and what the practice looks like there.' })
export class FrameworkLevel {
  @Field(() => Int) level: number;
  @Field() name: string;
  @Field() descriptor: string;
}

@ObjectType({ description: 'A practice of a framework, with a descriptor per level.' })
export class FrameworkPractice {
  @Field({ description: 'Stays the same across versions, so a later round compares the same practice.' })
  key: string;
  @Field() title: string;
  @Field() domain: string;
  @Field(() => [FrameworkLevel]) levels: FrameworkLevel[];
}

@ObjectType()
export class FrameworkDomain {
  @Field() title: string;
  @Field(() => [FrameworkPractice]) practices: FrameworkPractice[];
}

@ObjectType()
export class FrameworkVersionSummary {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field() title: string;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'What the viewer may do with a framework (the UI hides what the server refuses).' })
export class FrameworkViewerCan {
  @Field({ description: 'Edit it (a new version) — the organisation’s admins and owners.' }) edit: boolean;
}

@ObjectType({ description: 'A framework at one version (PRODUCT.md: Framework — practices × levels).' })
export class Framework {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The id of the version shown.' }) versionId: string;
  @Field(() => Int, { description: 'The number of the version shown.' }) version: number;
  @Field(() => Int, { description: 'The number of the latest version.' }) latestVersion: number;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [String]) levelNames: string[];
  @Field(() => [FrameworkDomain]) domains: FrameworkDomain[];
  @Field(() => Int) practiceCount: number;
  @Field() createdAt: Date;
  @Field({ description: 'When the version shown was made.' }) versionCreatedAt: Date;
  @Field(() => [FrameworkVersionSummary], { description: 'Every version, newest first.' })
  versions: FrameworkVersionSummary[];
  @Field(() => FrameworkViewerCan) viewerCan: FrameworkViewerCan;
}
