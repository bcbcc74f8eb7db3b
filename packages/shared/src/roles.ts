/** Role of a user in an organization (PRODUCT.md: Membership). Ordered from most to least powerful. */
export enum OrgRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  FACILITATOR = 'FACILITATOR',
  MEMBER = 'MEMBER',
}

const ORG_ROLE_RANK: Record<OrgRole, number> = {
  [OrgRole.OWNER]: 4,
  [OrgRole.ADMIN]: 3,
  [OrgRole.FACILITATOR]: 2,
  [OrgRole.MEMBER]: 1,
};

/** True when `role` grants at least what `required` grants. */
export function orgRoleAtLeast(role: OrgRole, required: OrgRole): boolean {
  return ORG_ROLE_RANK[role] >= ORG_ROLE_RANK[required];
}

/** Codes every GraphQL error carries in `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The person's organisation signs them in through its identity provider, not with a password. */
  SSO_REQUIRED = 'SSO_REQUIRED',
  /** The request body is larger than any valid input (HTTP 413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The database is unreachable for now; retry later (HTTP 503). */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
