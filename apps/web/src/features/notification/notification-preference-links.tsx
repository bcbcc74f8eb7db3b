import { routes } from '@openhuddle/shared';
import { Link } from 'react-router';
import type { Viewer } from '../../app/session';
import { Section } from '../../ui';

/** On the profile: where to choose notifications, per organisation (they are chosen per organisation). */
export function NotificationPreferenceLinks({ viewer }: { viewer: Viewer }) {
  if (!viewer.organizations.length) return null;
  return (
    <Section title="Notifications" description="What reaches you in the app and by email, chosen per organisation.">
      <ul>
        {viewer.organizations.map((o) => (
          <li key={o.id}>
            <Link to={routes.notificationPreferences(o.id)}>Notification preferences for {o.name}</Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
