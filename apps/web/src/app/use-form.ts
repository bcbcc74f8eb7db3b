import { useState, type ChangeEvent } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from './graphql-errors';

/**
 * Minimal controlled-form state: values, the errors of the last submit, and a `submit` wrapper
 * that maps server errors (extensions.fields) onto the form's own field names.
 */
export function useForm<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const fieldNames = Object.keys(initial);

  const bind = (name: keyof T & string) => ({
    name,
    value: values[name],
    error: errors.fields[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValues((v) => ({ ...v, [name]: e.target.value })),
  });

  /** Sets one field from something that is not an input's change event (a group of checkboxes). */
  const set = (name: keyof T & string, value: string) => setValues((v) => ({ ...v, [name]: value }));

  const submit = async (action: () => Promise<unknown>): Promise<boolean> => {
    setErrors(NO_ERRORS);
    try {
      await action();
      return true;
    } catch (error) {
      setErrors(toFormErrors(error, fieldNames));
      return false;
    }
  };

  return { values, setValues, errors, setErrors, bind, set, submit };
}
