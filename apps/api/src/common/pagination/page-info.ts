import { Field, ObjectType } from '@nestjs/graphql';
import { AppError } from '../errors/app-error';

/** Where a cursor-paged list stands: pass `endCursor` as `after` for the next page. */
@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor: string | null;
}

/** `first` as asked, or BAD_USER_INPUT naming the field (a page is 1 to `max` items). */
export function pageSize(first: number, max: number, what: string): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw AppError.badInput({ first: `Ask for 1 to ${max} ${what} at a time.` });
  }
  return first;
}
