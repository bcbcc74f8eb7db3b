import { useMutation, useQuery } from '@apollo/client/react';
import { LEARNING_LIMITS } from '@openhuddle/shared';
import { useState } from 'react';
import { toFormErrors, NO_ERRORS, type FormErrors } from '../../app/graphql-errors';
import { useForm } from '../../app/use-form';
import {
  AddCohortMembersDocument,
  AssignTeamDocument,
  CohortDocument,
  CreateTeamDocument,
  OrganizationPeopleDocument,
  type CohortMemberFieldsFragment,
  type CohortRole,
} from '../../generated/graphql';
import { Alert, Avatar, Badge, Button, FormErrorSummary, Loading, Section, Select, TextField } from '../../ui';
import { COHORT_ROLE_DESCRIPTIONS, COHORT_ROLE_LABELS, COHORT_ROLE_TONES } from '../prompt/prompt-words';
import type { CohortDetail } from './cohort-page';
import { AddAllMembersForm } from './add-all-members-form';
import { InviteGuestForm } from './invite-guest-form';
import { CourseRosterPanel } from '../lti/course-roster-panel';
import { JoinLinksSection } from '../join-link/join-links-section';
import { useViewer } from '../../app/session';
import { MuteControls } from '../moderation/mute-controls';
import { plural } from '../../lib/plural';

const ROLE_ORDER: Record<CohortRole, number> = { FACILITATOR: 0, MEMBER: 1, OBSERVER: 2 };

/** Who is in the cohort, their role and team; facilitators add people and sort them into teams. */
export function CohortMembers({ cohort, organizationId }: { cohort: CohortDetail; organizationId: string }) {
  const facilitate = cohort.viewerCan.facilitate;
  const { viewer } = useViewer();
  const viewerIsGuest = !!viewer?.guestCohorts.some((c) => c.cohortId === cohort.id);
  const members = [...cohort.members].sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.user.displayName.localeCompare(b.user.displayName),
  );
  return (
    <div className="stack">
      <Section title="People" description={plural(cohort.members.length, 'person', 'people') + ' in this cohort.'}>
        <ul className="member-list">
          {members.map((m) => (
            <CohortMemberRow key={m.id} member={m} cohort={cohort} />
          ))}
        </ul>
      </Section>
      {/* A guest facilitator knows nobody of the host organisation: they invite guests only. */}
      {facilitate && !viewerIsGuest && <AddMembersForm cohort={cohort} organizationId={organizationId} />}
      {facilitate && !viewerIsGuest && <AddAllMembersForm cohortId={cohort.id} />}
      {facilitate && <CourseRosterPanel cohortId={cohort.id} />}
      {facilitate && <JoinLinksSection cohortId={cohort.id} cohortName={cohort.name} />}
      {facilitate && <InviteGuestForm cohortId={cohort.id} cohortName={cohort.name} />}
      {facilitate && <TeamsForm cohort={cohort} />}
    </div>
  );
}

function CohortMemberRow({ member, cohort }: { member: CohortMemberFieldsFragment; cohort: CohortDetail }) {
  const [assign, { loading }] = useMutation(AssignTeamDocument);
  const [error, setError] = useState<FormErrors>(NO_ERRORS);
  const team = cohort.teams.find((t) => t.id === member.teamId);
  const name = member.user.displayName;
  return (
    <li className="member cohort-member">
      <Avatar name={name} url={member.user.avatarUrl} size="sm" />
      <div className="member-who">
        <p className="member-name">{name}</p>
        <p className="cohort-member-meta">
          <Badge tone={COHORT_ROLE_TONES[member.role]}>{COHORT_ROLE_LABELS[member.role]}</Badge>
          {member.guest && <Badge tone="neutral">Guest</Badge>}
          {!cohort.viewerCan.facilitate && team && <span className="meta">{team.name}</span>}
        </p>
        {error.summary && <p className="field-error">{error.summary}</p>}
      </div>
      {cohort.viewerCan.facilitate && member.role === 'MEMBER' && (
        <MuteControls
          cohortId={cohort.id}
          userId={member.user.id}
          name={name}
          mute={cohort.mutes.find((m) => m.userId === member.user.id)}
        />
      )}
      {cohort.viewerCan.facilitate && cohort.teams.length > 0 && (
        <Select
          className="team-select"
          label={`Team of ${name}`}
          hideLabel
          name={`team-${member.id}`}
          value={member.teamId ?? ''}
          disabled={loading}
          options={[{ value: '', label: 'No team' }, ...cohort.teams.map((t) => ({ value: t.id, label: t.name }))]}
          onChange={async (e) => {
            setError(NO_ERRORS);
            try {
              await assign({ variables: { input: { cohortMemberId: member.id, teamId: e.target.value || null } } });
            } catch (err) {
              setError(toFormErrors(err));
            }
          }}
        />
      )}
    </li>
  );
}

function AddMembersForm({ cohort, organizationId }: { cohort: CohortDetail; organizationId: string }) {
  const { data, loading } = useQuery(OrganizationPeopleDocument, { variables: { id: organizationId } });
  const [add, { loading: adding }] = useMutation(AddCohortMembersDocument, {
    refetchQueries: [{ query: CohortDocument, variables: { id: cohort.id } }],
    awaitRefetchQueries: true,
  });
  const form = useForm({ role: 'MEMBER', userIds: '' });
  const [selected, setSelected] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const inCohort = new Set(cohort.members.map((m) => m.user.id));
  const candidates = (data?.organization.members ?? [])
    .filter((m) => !inCohort.has(m.user.id))
    .sort((a, b) => a.user.displayName.localeCompare(b.user.displayName));

  return (
    <Section
      title="Add people"
      description="Anyone in the organisation can join. Invite new people on the Members page first."
    >
      {loading && !data ? (
        <Loading label="Loading people…" />
      ) : candidates.length === 0 ? (
        <p className="meta">Everyone in the organisation is already in this cohort.</p>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            setAdded(null);
            const names = candidates.filter((c) => selected.includes(c.user.id)).map((c) => c.user.displayName);
            const ok = await form.submit(() =>
              add({
                variables: { input: { cohortId: cohort.id, userIds: selected, role: form.values.role as CohortRole } },
              }),
            );
            if (ok) {
              setSelected([]);
              setAdded(`Added ${names.join(', ')}.`);
            }
          }}
        >
          <fieldset className="fieldset" aria-describedby={form.errors.fields.userIds ? 'add-people-error' : undefined}>
            <legend className="field-label">People to add</legend>
            <ul className="check-list">
              {candidates.map((c) => (
                <li key={c.user.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={selected.includes(c.user.id)}
                      onChange={(e) =>
                        setSelected((s) => (e.target.checked ? [...s, c.user.id] : s.filter((id) => id !== c.user.id)))
                      }
                    />
                    <Avatar name={c.user.displayName} url={c.user.avatarUrl} size="sm" />
                    <span>{c.user.displayName}</span>
                  </label>
                </li>
              ))}
            </ul>
            {form.errors.fields.userIds && (
              <p id="add-people-error" className="field-error">
                <span aria-hidden="true">⚠ </span>
                {form.errors.fields.userIds}
              </p>
            )}
          </fieldset>
          <Select
            label="Cohort role"
            hint={COHORT_ROLE_DESCRIPTIONS[form.values.role as CohortRole]}
            options={(['MEMBER', 'FACILITATOR', 'OBSERVER'] as const).map((r) => ({
              value: r,
              label: COHORT_ROLE_LABELS[r],
            }))}
            {...form.bind('role')}
          />
          <FormErrorSummary errors={form.errors} />
          <div className="form-actions">
            <Button type="submit" busy={adding} disabled={!selected.length}>
              {selected.length ? `Add ${plural(selected.length, 'person', 'people')}` : 'Add people'}
            </Button>
          </div>
        </form>
      )}
      {added && (
        <Alert tone="success" className="section-alert-top">
          {added}
        </Alert>
      )}
    </Section>
  );
}

function TeamsForm({ cohort }: { cohort: CohortDetail }) {
  const form = useForm({ name: '' });
  const [create, { loading }] = useMutation(CreateTeamDocument, {
    refetchQueries: [{ query: CohortDocument, variables: { id: cohort.id } }],
    awaitRefetchQueries: true,
  });
  return (
    <Section title="Teams" description="Optional sub-groups, used to pair reviewers within or across teams.">
      {cohort.teams.length > 0 && (
        <ul className="chip-list" aria-label="Teams">
          {cohort.teams.map((t) => (
            <li key={t.id}>
              <Badge>
                {t.name} · {cohort.members.filter((m) => m.teamId === t.id).length}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form form-inline"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await form.submit(() =>
            create({ variables: { input: { cohortId: cohort.id, name: form.values.name.trim() } } }),
          );
          if (ok) form.setValues({ name: '' });
        }}
      >
        <TextField
          label="New team name"
          required
          maxLength={LEARNING_LIMITS.teamNameMax}
          autoComplete="off"
          {...form.bind('name')}
        />
        <Button type="submit" variant="secondary" busy={loading}>
          Add team
        </Button>
      </form>
      <FormErrorSummary errors={form.errors} />
    </Section>
  );
}
