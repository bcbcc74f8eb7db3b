import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/pagination/page-info';
import { Comment, Contribution } from './contribution.types';

@ObjectType({ description: 'A page of a prompt’s published contributions the viewer may see.' })
export class ContributionConnection {
  @Field(() => [Contribution], {
    description: 'Spotlights first, then the ones the viewer reviews, then the most recently published.',
  })
  nodes: Contribution[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, {
    description: 'Published contributions the viewer may see, on every page (the same as `Prompt.contributionCount`).',
  })
  totalCount: number;
}

@ObjectType({ description: 'A page of a contribution’s comments, oldest first.' })
export class CommentConnection {
  @Field(() => [Comment]) nodes: Comment[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'Comments the viewer may see (neither deleted nor hidden).' })
  totalCount: number;
}
