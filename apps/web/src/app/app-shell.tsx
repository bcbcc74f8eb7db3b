import { ROUTE_PATTERNS, routes } from '@openhuddle/shared';
import { Suspense, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useMatch } from 'react-router';
import '../ui/ui.css';
import { Avatar } from '../ui/avatar';
import { Button } from '../ui/button';
import { DisclosureMenu } from '../ui/disclosure-menu';
import { Loading } from '../ui/layout';
import { canViewAuditLog } from '../features/audit/audit-access';
import { NotificationBell } from '../features/notification/notification-bell';
import { lastOrganizationId } from './last-organization';
import { canManageProtocols, ROLE_LABELS } from './roles';
import { useSignOut, useViewer, type Viewer } from './session';

/** Skip link, header (brand, organisation switcher, navigation, account menu), main landmark, footer. */
export function AppShell() {
  const { viewer } = useViewer();
  const orgMatch = useMatch(`${ROUTE_PATTERNS.organization}/*`);
  const organizationId = orgMatch?.params.organizationId ?? null;
  const membership = viewer?.organizations.find((o) => o.id === organizationId);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to={routes.home()} className="brand" aria-label="OpenHuddle home">
            <Logo />
            <span className="brand-name">OpenHuddle</span>
          </Link>
          {viewer && (
            <>
              <OrganizationSwitcher viewer={viewer} currentId={organizationId} />
              {organizationId && membership && (
                <OrganizationNav organizationId={organizationId} role={membership.viewerRole} />
              )}
              {organizationId && membership && (
                <NotificationBell key={organizationId} organizationId={organizationId} timeZone={viewer.timeZone} />
              )}
              <AccountMenu viewer={viewer} />
            </>
          )}
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <p>OpenHuddle — learn together, asynchronously.</p>
      </footer>
    </div>
  );
}

/**
 * The organisation's pages. On a phone they fold behind a "Menu" button (CSS shows the button and
 * hides the links below 760 px), so the header stays one row; navigating or Escape folds them again.
 */
function OrganizationNav({
  organizationId,
  role,
}: {
  organizationId: string;
  role: Viewer['organizations'][number]['viewerRole'];
}) {
  const { pathname } = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  return (
    <>
      <button
        type="button"
        className="topnav-toggle disclosure-toggle"
        aria-expanded={open}
        aria-controls="organisation-nav"
        onClick={() => setOpenAt(open ? null : pathname)}
      >
        <MenuIcon />
        <span className="topnav-toggle-label">Menu</span>
      </button>
      <nav
        id="organisation-nav"
        className="topnav"
        data-open={open || undefined}
        aria-label="Organisation"
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !open) return;
          setOpenAt(null);
          document.querySelector<HTMLButtonElement>('.topnav-toggle')?.focus();
        }}
      >
        <NavLink to={routes.organization(organizationId)} end>
          Home
        </NavLink>
        <NavLink to={routes.members(organizationId)}>Members</NavLink>
        {/* Facilitators start from their dashboard; templates are theirs, admins' and owners' (canUseTemplates). */}
        {canManageProtocols(role) && <NavLink to={routes.dashboard(organizationId)}>Dashboard</NavLink>}
        <NavLink to={routes.queue(organizationId)}>My queue</NavLink>
        <NavLink to={routes.actionItems(organizationId)}>Action items</NavLink>
        <NavLink to={routes.plan(organizationId)}>Plan</NavLink>
        <NavLink to={routes.learningGoals(organizationId)}>Learning goals</NavLink>
        <NavLink to={routes.frameworks(organizationId)}>Frameworks</NavLink>
        <NavLink to={routes.selfAssessments(organizationId)}>Self-assessment</NavLink>
        <NavLink to={routes.observations(organizationId)}>Observations</NavLink>
        {/* Members read protocols where they give feedback; those who make them get a way in. */}
        {canManageProtocols(role) && <NavLink to={routes.protocols(organizationId)}>Protocols</NavLink>}
        {canManageProtocols(role) && <NavLink to={routes.programTemplates(organizationId)}>Templates</NavLink>}
        {canViewAuditLog(role) && <NavLink to={routes.roster(organizationId)}>Roster</NavLink>}
        {canViewAuditLog(role) && <NavLink to={routes.auditLog(organizationId)}>Audit log</NavLink>}
        {canViewAuditLog(role) && <NavLink to={routes.signInSettings(organizationId)}>Sign-in</NavLink>}
        {canViewAuditLog(role) && <NavLink to={routes.dataSettings(organizationId)}>Data</NavLink>}
        {canViewAuditLog(role) && <NavLink to={routes.ltiSettings(organizationId)}>LMS</NavLink>}
      </nav>
    </>
  );
}

function MenuIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <path d="M3 5h12M3 9h12M3 13h12" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

function OrganizationSwitcher({ viewer, currentId }: { viewer: Viewer; currentId: string | null }) {
  // Outside an organisation's pages (profile, new organisation), name the one last used.
  const guestHost = viewer.guestCohorts.find((c) => c.organizationId === currentId);
  const current =
    viewer.organizations.find((o) => o.id === currentId) ??
    (guestHost && { id: guestHost.organizationId, name: guestHost.organizationName }) ??
    viewer.organizations.find((o) => o.id === lastOrganizationId());
  if (!viewer.organizations.length && !viewer.guestCohorts.length) return null;
  return (
    <DisclosureMenu
      className="org-switcher"
      label={
        <span className="org-switcher-name">
          {current && <span className="visually-hidden">Organisation: </span>}
          {current?.name ?? 'Choose an organisation'}
        </span>
      }
    >
      <p className="disclosure-heading" id="org-switcher-heading">
        Your organisations
      </p>
      <ul className="disclosure-list" aria-labelledby="org-switcher-heading">
        {viewer.organizations.map((o) => (
          <li key={o.id}>
            <Link
              to={routes.organization(o.id)}
              aria-current={o.id === currentId ? 'page' : undefined}
              className="disclosure-item"
            >
              <span>{o.name}</span>
              <span className="disclosure-item-meta">{ROLE_LABELS[o.viewerRole]}</span>
            </Link>
          </li>
        ))}
      </ul>
      {viewer.guestCohorts.length > 0 && <GuestCohortList viewer={viewer} />}
      <div className="disclosure-footer">
        <Link to={routes.newOrganization()} className="disclosure-item">
          + New organisation
        </Link>
      </div>
    </DisclosureMenu>
  );
}

/** Cohorts the viewer is a Guest in, each under its host organisation's name (they see nothing else of it). */
function GuestCohortList({ viewer }: { viewer: Viewer }) {
  return (
    <>
      <p className="disclosure-heading" id="org-switcher-guest-heading">
        Guest in
      </p>
      <ul className="disclosure-list" aria-labelledby="org-switcher-guest-heading">
        {viewer.guestCohorts.map((c) => (
          <li key={c.cohortId}>
            <Link to={routes.cohort(c.organizationId, c.cohortId)} className="disclosure-item">
              <span>
                {c.organizationName} · {c.cohortName}
              </span>
              <span className="disclosure-item-meta">Guest</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function AccountMenu({ viewer }: { viewer: Viewer }) {
  const { signOut, loading } = useSignOut();
  return (
    <DisclosureMenu
      className="account-menu"
      align="end"
      label={
        <>
          <Avatar name={viewer.displayName} url={viewer.avatarUrl} size="sm" />
          <span className="visually-hidden">Account: </span>
          <span className="account-name">{viewer.displayName}</span>
        </>
      }
    >
      <div className="disclosure-identity">
        <p className="disclosure-identity-name">{viewer.displayName}</p>
        <p className="disclosure-identity-email">{viewer.email}</p>
      </div>
      <ul className="disclosure-list">
        <li>
          <Link to={routes.profile()} className="disclosure-item">
            Profile and password
          </Link>
        </li>
      </ul>
      <div className="disclosure-footer">
        <Button variant="ghost" className="disclosure-item" onClick={signOut} busy={loading}>
          Sign out
        </Button>
      </div>
    </DisclosureMenu>
  );
}

export function Logo() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--color-brand)" />
      <circle cx="11" cy="13" r="4" fill="#fff" />
      <circle cx="21" cy="13" r="4" fill="#cfe3dc" />
      <path
        d="M5 25c1-4 4-6 6-6s5 2 6 6M15 25c1-4 4-6 6-6s5 2 6 6"
        stroke="#fff"
        strokeWidth="2"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}
