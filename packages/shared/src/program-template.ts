/** Sizes a ProgramTemplate may reach (checked by the API, shown by the web app's forms). */
export const PROGRAM_TEMPLATE_LIMITS = {
  titleMax: 120,
  descriptionMax: 2000,
  promptsMax: 40,
  huddlesMax: 40,
  resourcesMax: 20,
  agendaItemsMax: 12,
  resourceTitleMax: 160,
  urlMax: 2048,
  /** Day offsets count calendar days from the start date (day 0). */
  dayOffsetMax: 730,
  skipDatesMax: 120,
} as const;
