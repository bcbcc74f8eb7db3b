import { routes } from '@openhuddle/shared';
const KEY = 'openhuddle:lastOrganizationId';

/** The organisation the person last opened on this device: a UI preference, not server data. */
export function rememberOrganization(id: string): void {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // Private browsing may refuse storage; the first organisation is a fine fallback.
  }
}

export function lastOrganizationId(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Where a signed-in person should land: their last organisation, or creating a first one. */
export function homePath(organizations: ReadonlyArray<{ id: string }>): string {
  const last = lastOrganizationId();
  const target = organizations.find((o) => o.id === last) ?? organizations[0];
  return target ? routes.organization(target.id) : routes.newOrganization();
}

/** Only same-site paths are followed after sign-in, so a crafted link cannot send people elsewhere. */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}
