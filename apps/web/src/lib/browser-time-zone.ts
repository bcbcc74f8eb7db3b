/** The browser's IANA time zone: the default for a new profile (dates are shown in the profile's zone). */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
