import { ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';

const ZONES = new Set(Intl.supportedValuesOf('timeZone').concat('UTC'));

export function isTimeZone(value: unknown): value is string {
  return typeof value === 'string' && ZONES.has(value);
}

@ValidatorConstraint({ name: 'isTimeZone' })
export class IsTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return isTimeZone(value);
  }
  defaultMessage(): string {
    return 'Pick a time zone from the list, e.g. America/Chicago.';
  }
}
