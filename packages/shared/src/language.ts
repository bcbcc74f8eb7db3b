/** The languages OpenHuddle speaks, as BCP 47 codes: an organisation's language (search follows it). */
export enum Language {
  EN = 'en',
  ES = 'es',
}

/** Each language named in itself, as a language picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  [Language.EN]: 'English',
  [Language.ES]: 'Español',
};
