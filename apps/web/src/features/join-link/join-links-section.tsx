import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useViewer } from '../../app/session';
import { useForm } from '../../app/use-form';
import { toFormErrors } from '../../app/graphql-errors';
import {
  CohortJoinLinksDocument,
  CreateCohortJoinLinkDocument,
  RevokeCohortJoinLinkDocument,
  type CohortJoinLinkFieldsFragment,
} from '../../generated/graphql';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { Alert, Badge, Button, CopyField, EmptyState, FormErrorSummary, Loading, Section, TextField } from '../../ui';
import { JOIN_LINK_STATUS_LABELS } from './join-link-words';

/** A cohort's join links (its facilitators): make one with an expiry and a use cap, see who joined, turn it off. */
export function JoinLinksSection({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const { data, loading, error } = useQuery(CohortJoinLinksDocument, { variables: { cohortId } });
  const links = data?.cohortJoinLinks ?? [];
  const [created, setCreated] = useState<string | null>(null);
  return (
    <Section
      title="Join links"
      description={`Share a link instead of adding people one by one: whoever opens it joins ${cohortName} as a member.`}
    >
      <CreateJoinLinkForm cohortId={cohortId} onCreated={setCreated} />
      {created && <CopyField label="Join link (shown once: copy it now)" value={created} />}
      {loading && !data ? (
        <Loading label="Loading join links…" />
      ) : error && !data ? (
        <Alert tone="danger">We could not load the join links.</Alert>
      ) : links.length === 0 ? (
        <EmptyState title="No join links yet">Links you make appear here with who joined through them.</EmptyState>
      ) : (
        <ul className="invitation-list" aria-label="Join links">
          {links.map((link) => (
            <JoinLinkRow key={link.id} link={link} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function CreateJoinLinkForm({ cohortId, onCreated }: { cohortId: string; onCreated: (url: string) => void }) {
  const form = useForm({ expiresInDays: '14', maxUses: '40', admitsGuests: '' });
  const [create, { loading }] = useMutation(CreateCohortJoinLinkDocument, {
    refetchQueries: [{ query: CohortJoinLinksDocument, variables: { cohortId } }],
    awaitRefetchQueries: true,
  });
  return (
    <form
      className="form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        await form.submit(async () => {
          const { data } = await create({
            variables: {
              input: {
                cohortId,
                expiresInDays: Number.parseInt(form.values.expiresInDays, 10),
                maxUses: Number.parseInt(form.values.maxUses, 10),
                admitsGuests: form.values.admitsGuests === 'yes',
              },
            },
          });
          if (data) onCreated(data.createCohortJoinLink.url);
        });
      }}
    >
      <div className="form-inline">
        <TextField label="Works for (days)" type="number" min={1} max={90} required {...form.bind('expiresInDays')} />
        <TextField
          label="How many people may join"
          type="number"
          min={1}
          max={1000}
          required
          {...form.bind('maxUses')}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.values.admitsGuests === 'yes'}
          onChange={(e) => form.set('admitsGuests', e.target.checked ? 'yes' : '')}
        />{' '}
        Let people from other organisations join as guests (they see this cohort only)
      </label>
      <FormErrorSummary errors={form.errors} />
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={loading}>
          Create join link
        </Button>
      </div>
    </form>
  );
}

function JoinLinkRow({ link }: { link: CohortJoinLinkFieldsFragment }) {
  const { viewer } = useViewer();
  const zone = viewer?.timeZone;
  const [revoke, { loading }] = useMutation(RevokeCohortJoinLinkDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const label = `Join link made ${formatDate(link.createdAt, zone)}${link.createdByName ? ` by ${link.createdByName}` : ''}`;
  return (
    <li className="invitation-row">
      <div>
        <strong>{label}</strong>{' '}
        <Badge tone={link.status === 'ACTIVE' ? 'success' : 'neutral'}>{JOIN_LINK_STATUS_LABELS[link.status]}</Badge>
        {link.admitsGuests && <Badge tone="info">Admits guests</Badge>}
        <p className="meta">
          {link.useCount} of {plural(link.maxUses, 'place', 'places')} used · until {formatDate(link.expiresAt, zone)}
        </p>
        {link.uses.length > 0 && (
          <p className="meta">
            Joined: {link.uses.map((u) => `${u.user.displayName}${u.guest ? ' (guest)' : ''}`).join(', ')}
          </p>
        )}
        {problem && <Alert tone="danger">{problem}</Alert>}
      </div>
      {link.status === 'ACTIVE' && (
        <Button
          variant="secondary"
          size="sm"
          busy={loading}
          aria-label={`Turn off: ${label}`}
          onClick={async () => {
            setProblem(null);
            try {
              await revoke({ variables: { input: { cohortId: link.cohortId, linkId: link.id } } });
            } catch (error) {
              setProblem(toFormErrors(error).summary ?? 'The link could not be turned off.');
            }
          }}
        >
          Turn off
        </Button>
      )}
    </li>
  );
}
