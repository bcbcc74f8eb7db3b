import { LOGIN_RATE_LIMIT } from '@openhuddle/shared';

/** A limit: at most `limit` hits per subject in a window of `windowSeconds` starting at the first hit. */
export interface RateLimitRule {
  /** Part of the stored key; keep it short and stable. */
  readonly name: string;
  readonly limit: number;
  readonly windowSeconds: number;
  /** What the person is told, before the retry hint. */
  readonly message: string;
}

const minutes = (n: number) => n * 60;

/** Every limit of the API in one place, so they can be reviewed together. */
export const RATE_LIMITS = {
  signInPerAccount: {
    name: 'signin:account',
    limit: LOGIN_RATE_LIMIT.perAccount,
    windowSeconds: minutes(LOGIN_RATE_LIMIT.windowMinutes),
    message: 'Too many sign-in attempts for this account. Wait or reset your password.',
  },
  signInPerAddress: {
    name: 'signin:address',
    limit: LOGIN_RATE_LIMIT.perAddress,
    windowSeconds: minutes(LOGIN_RATE_LIMIT.windowMinutes),
    message: 'Too many sign-in attempts from your network.',
  },
  /** A stolen session must not become a way to guess the current password. */
  changePasswordPerUser: {
    name: 'password:change',
    limit: LOGIN_RATE_LIMIT.perAccount,
    windowSeconds: minutes(LOGIN_RATE_LIMIT.windowMinutes),
    message: 'Too many password change attempts.',
  },
  /** Generous: a whole staff room behind one school NAT may sign up after the same invitation email. */
  signUpPerAddress: {
    name: 'signup:address',
    limit: 30,
    windowSeconds: minutes(60),
    message: 'Too many accounts created from your network.',
  },
  passwordResetPerAccount: {
    name: 'reset:account',
    limit: 3,
    windowSeconds: minutes(60),
    message: 'A reset link was sent several times already. Check your mailbox (and spam folder).',
  },
  passwordResetPerAddress: {
    name: 'reset:address',
    limit: 10,
    windowSeconds: minutes(60),
    message: 'Too many password reset requests from your network.',
  },
  /** Redeeming a reset link hashes the new password; bound that work per address. */
  resetRedeemPerAddress: {
    name: 'reset:redeem',
    limit: 20,
    windowSeconds: minutes(15),
    message: 'Too many password reset attempts from your network.',
  },
  /** Confirming a sign-up creates an account; bound guessing and that work per address. */
  signUpConfirmPerAddress: {
    name: 'signup:confirm',
    limit: 20,
    windowSeconds: minutes(15),
    message: 'Too many confirmation attempts from your network.',
  },
  invitationsPerInviter: {
    name: 'invite:user',
    limit: 50,
    windowSeconds: minutes(60),
    message: 'You sent many invitations in a short time.',
  },
  invitationsPerOrganization: {
    name: 'invite:org',
    limit: 200,
    windowSeconds: minutes(60),
    message: 'This organization sent many invitations in a short time.',
  },
  /** For the attachment upload endpoint (subject: the uploader's user id). */
  uploadsPerUser: {
    name: 'upload:user',
    limit: 60,
    windowSeconds: minutes(10),
    message: 'You uploaded many files in a short time.',
  },
  /** For the search query (subject: the viewer's user id). */
  searchPerUser: {
    name: 'search:user',
    limit: 60,
    windowSeconds: minutes(1),
    message: 'You searched many times in a short time.',
  },
} as const satisfies Record<string, RateLimitRule>;
