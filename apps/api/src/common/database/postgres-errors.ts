import { QueryFailedError } from 'typeorm';

/** PostgreSQL's unique_violation (23505): the row raced another insert or already exists. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}
