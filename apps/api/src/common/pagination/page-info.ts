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

/** `after` decoded by `decode`, or null for the first page; an empty string is a bad cursor, not "none". */
export function pageAfter<C>(after: string | null | undefined, decode: (after: string) => C): C | null {
  return after === null || after === undefined ? null : decode(after);
}

/** The loader's rows in the page's order, all or nothing (a database error is never a short page). */
export function inPageOrder<T>(rows: ReadonlyArray<T | null | Error>): T[] {
  const failed = rows.find((r) => r instanceof Error);
  if (failed) throw failed;
  return rows.filter((r): r is T => r !== null && !(r instanceof Error));
}
