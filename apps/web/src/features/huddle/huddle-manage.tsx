import { routes } from '@openhuddle/shared';
import type { HuddleStatus } from '../../generated/graphql';
import { Alert, ButtonLink } from '../../ui';
interface ManagedHuddle {
  id: string;
  title: string;
  status: HuddleStatus;
  viewerCan: { facilitate: boolean };
}

/** "Edit huddle" for facilitators while it has not started: time, title, link, or cancelling it. */
export function EditHuddleLink({
  huddle,
  organizationId,
  size,
  label = 'Edit huddle',
}: {
  huddle: ManagedHuddle;
  organizationId: string;
  size?: 'sm' | 'md';
  label?: string;
}) {
  if (!huddle.viewerCan.facilitate || huddle.status !== 'SCHEDULED') return null;
  return (
    <ButtonLink to={routes.editHuddle(organizationId, huddle.id)} variant="secondary" size={size}>
      {label}
      {label !== 'Edit huddle' && <span className="visually-hidden"> {huddle.title}</span>}
    </ButtonLink>
  );
}

/** Says a huddle was called off; what was prepared for it stays readable. */
export function CancelledNotice({ huddle }: { huddle: ManagedHuddle }) {
  if (huddle.status !== 'CANCELLED') return null;
  return (
    <Alert tone="warning" title="This huddle is cancelled">
      Its brief, agenda and notes stay here for reference. Calendar feeds show it as cancelled.
    </Alert>
  );
}
