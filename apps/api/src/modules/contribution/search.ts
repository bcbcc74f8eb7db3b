import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SearchHitKind {
  CONTRIBUTION = 'CONTRIBUTION',
  FEEDBACK = 'FEEDBACK',
  COMMENT = 'COMMENT',
}
registerEnumType(SearchHitKind, { name: 'SearchHitKind' });

@ObjectType({ description: 'A match in something the viewer may see; always points at its contribution.' })
export class SearchHit {
  @Field(() => SearchHitKind) kind: SearchHitKind;
  @Field(() => ID) id: string;
  @Field(() => ID) contributionId: string;
  @Field(() => ID) promptId: string;
  @Field() promptTitle: string;
  @Field({ description: 'Excerpt around the match, matches in **bold** (Markdown).' }) excerpt: string;
}
