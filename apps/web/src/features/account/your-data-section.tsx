import { apiPaths } from '@openhuddle/shared';
import { Section } from '../../ui';
import { DeleteAccountForm } from './delete-account-form';

/** One's own data: a download of everything one wrote and was given, and deleting the account. */
export function YourDataSection({ email }: { email: string }) {
  return (
    <Section
      title="Your data"
      description="Everything you wrote and were given in OpenHuddle, as one file you can keep or take elsewhere."
    >
      <p>
        {/* A plain download: the session cookie goes with it, and the file is JSON. */}
        <a className="btn btn-secondary" href={apiPaths.personalExport()} download>
          Download my data
        </a>
      </p>
      <DeleteAccountForm email={email} />
    </Section>
  );
}
