import { ValidateBy, type ValidationOptions } from 'class-validator';
import { hasBidiControl, isInvisible } from './text-rules';

export const BIDI_NAME_MESSAGE = 'Names cannot contain text-direction control characters.';
export const INVISIBLE_NAME_MESSAGE = 'Your name needs at least one visible character.';

/**
 * A name others see beside what a person wrote: no bidi controls (they can make "Ana" read as
 * someone else's name, or reverse the text after it) and not made only of invisible characters.
 */
export function IsDisplayName(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDisplayName',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && !hasBidiControl(value) && !isInvisible(value),
        defaultMessage: (args) =>
          typeof args?.value === 'string' && hasBidiControl(args.value) ? BIDI_NAME_MESSAGE : INVISIBLE_NAME_MESSAGE,
      },
    },
    options,
  );
}
