import { useLazyQuery, useMutation } from '@apollo/client/react';
import { routes, SELF_ASSESSMENT_LIMITS } from '@openhuddle/shared';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { useDocumentTitle } from '../../app/use-document-title';
import { CreateCohortsFromTeamsDocument, SuggestTeamsDocument } from '../../generated/graphql';
import { Alert, Breadcrumb, Button, FormErrorSummary, PageHeader, Section, TextField } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { type DraftTeam, TeamBoard } from './team-board';
import './self-assessment.css';

/** `/o/:organizationId/self-assessments/:roundId/teams`: teams formed by need, edited, then created as cohorts in one step. */
export function SelfAssessmentTeamsPage() {
  const organization = useOrganization();
  const { roundId = '' } = useParams();
  useDocumentTitle('Form teams by need', organization.name);
  const [teamSize, setTeamSize] = useState('4');
  const [seed, setSeed] = useState(1);
  const [mix, setMix] = useState(true);
  const [strong, setStrong] = useState(true);
  const [teams, setTeams] = useState<DraftTeam[]>([]);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [suggest, { loading }] = useLazyQuery(SuggestTeamsDocument, { fetchPolicy: 'network-only' });
  const [create, { data: created, loading: creating }] = useMutation(CreateCohortsFromTeamsDocument);
  const ref = { organizationId: organization.id, roundId };

  const run = async (event: FormEvent | null, nextSeed = seed) => {
    event?.preventDefault();
    setErrors(NO_ERRORS);
    const { data, error } = await suggest({
      variables: {
        input: {
          ...ref,
          teamSize: Number(teamSize),
          seed: nextSeed,
          mixExistingGroups: mix,
          requireStrongMember: strong,
        },
      },
    });
    if (error) return setErrors(toFormErrors(error, ['teamSize']));
    setTeams(
      (data?.suggestTeams ?? []).map((s) => ({
        name: s.practiceTitle ?? 'Mixed team',
        suggestion: s,
        members: s.members,
      })),
    );
  };
  const createCohorts = async () => {
    try {
      await create({
        variables: {
          input: {
            ...ref,
            teams: teams
              .filter((t) => t.members.length)
              .map((t) => ({ name: t.name, userIds: t.members.map((m) => m.userId) })),
          },
        },
      });
    } catch (e) {
      setErrors(toFormErrors(e, []));
    }
  };

  return (
    <div className="page page-narrow">
      <Breadcrumb
        trail={[
          { label: 'Self-assessments', to: routes.selfAssessments(organization.id) },
          { label: 'Results', to: routes.selfAssessmentResults(organization.id, roundId) },
        ]}
        current="Form teams"
      />
      <PageHeader
        title="Form teams by need"
        description="Teams of people who want to grow the same practice. The same settings give the same teams; “Shuffle” tries another arrangement."
      />
      <FormErrorSummary errors={errors} />
      {created ? (
        <Alert tone="success" title={`${created.createCohortsFromTeams.length} cohorts created`}>
          <ul>
            {created.createCohortsFromTeams.map((c) => (
              <li key={c.id}>
                <Link to={routes.cohort(organization.id, c.id)}>{c.name}</Link> ({c.memberCount} people)
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <>
          <Section title="Settings">
            <form className="form" noValidate onSubmit={(e) => void run(e)}>
              <TextField
                name="teamSize"
                type="number"
                label="People per team"
                min={SELF_ASSESSMENT_LIMITS.teamSizeMin}
                max={SELF_ASSESSMENT_LIMITS.teamSizeMax}
                value={teamSize}
                onChange={(e) => setTeamSize(e.target.value)}
                error={errors.fields.teamSize}
              />
              <label className="self-assessment-pick">
                <input type="checkbox" checked={mix} onChange={() => setMix(!mix)} />
                <span>Not all from one existing team</span>
              </label>
              <label className="self-assessment-pick">
                <input type="checkbox" checked={strong} onChange={() => setStrong(!strong)} />
                <span>At least one person rated 3 or above in the practice</span>
              </label>
              <div className="form-actions">
                <Button type="submit" busy={loading}>
                  Suggest teams
                </Button>
                {teams.length > 0 && (
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => {
                      setSeed(seed + 1);
                      void run(null, seed + 1);
                    }}
                  >
                    Shuffle
                  </Button>
                )}
              </div>
            </form>
          </Section>
          {teams.length > 0 && (
            <Section title="Suggested teams" description="Rename teams and move people, then create the cohorts.">
              <TeamBoard teams={teams} onChange={setTeams} />
              <div className="form-actions">
                <Button busy={creating} onClick={() => void createCohorts()}>
                  Create {teams.filter((t) => t.members.length).length} cohorts
                </Button>
              </div>
            </Section>
          )}
        </>
      )}
    </div>
  );
}
