/** Validation limits shared by the API (enforced) and the web app (hints, maxLength). */
export const LIMITS = {
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 200,
  displayNameMax: 80,
  organizationNameMin: 2,
  organizationNameMax: 100,
  timeZoneMax: 64,
  urlMax: 2048,
} as const;

/** Login attempts allowed in `windowMinutes` before RATE_LIMITED. */
export const LOGIN_RATE_LIMIT = {
  perAccount: 5,
  perAddress: 20,
  windowMinutes: 15,
} as const;

export const INVITATION_TTL_DAYS = 7;
export const PASSWORD_RESET_TTL_MINUTES = 60;
/** How long a sign-up's email confirmation link works. */
export const SIGN_UP_CONFIRMATION_TTL_HOURS = 24;
export const SESSION_TTL_DAYS = 30;

/** Largest attachment accepted, in bytes (the API refuses bigger uploads; the web app can warn first). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
