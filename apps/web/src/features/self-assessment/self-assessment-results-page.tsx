import { useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { SelfAssessmentResultsDocument } from '../../generated/graphql';
import { Alert, Breadcrumb, ButtonLink, Loading, LoadErrorAlert, PageHeader, Section } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import './self-assessment.css';

/** `/o/:organizationId/self-assessments/:roundId/results`: distributions per practice and the heatmap (facilitators). */
export function SelfAssessmentResultsPage() {
  const organization = useOrganization();
  const { roundId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SelfAssessmentResultsDocument, {
    variables: { input: { organizationId: organization.id, roundId } },
  });
  const results = data?.selfAssessmentResults;
  useDocumentTitle(results ? `Results: ${results.round.title}` : 'Results', organization.name);
  if (loading && !results) return <Loading />;
  if (error || !results) return <LoadErrorAlert what="these results" onRetry={() => void refetch()} />;
  const { round, practices, heatmap } = results;
  const levels = round.framework.levelNames;
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { label: 'Self-assessments', to: routes.selfAssessments(organization.id) },
          { label: round.title, to: routes.selfAssessmentRound(organization.id, round.id) },
        ]}
        current="Results"
      />
      <PageHeader
        eyebrow={`Self-assessment · ${round.scope}`}
        title={`Results: ${round.title}`}
        description={`${round.respondentCount} answered.`}
        actions={<ButtonLink to={routes.selfAssessmentTeams(organization.id, round.id)}>Form teams by need</ButtonLink>}
      />
      {!results.shown ? (
        <Alert title="Not enough answers yet">
          Results appear when {results.minRespondents} people have answered ({round.respondentCount} so far).
        </Alert>
      ) : (
        <>
          <Section title="Ratings per practice" description="How many rated themselves at each level.">
            <table className="framework-levels">
              <caption className="visually-hidden">Ratings per practice</caption>
              <thead>
                <tr>
                  <th scope="col">Practice</th>
                  {levels.map((name, i) => (
                    <th scope="col" key={name}>
                      {i + 1}. {name}
                    </th>
                  ))}
                  <th scope="col">Mean</th>
                  <th scope="col">Want to grow</th>
                </tr>
              </thead>
              <tbody>
                {practices.map((p) => (
                  <tr key={p.practiceKey}>
                    <th scope="row">{p.title}</th>
                    {p.distribution.map((n, i) => (
                      <td key={i}>{n}</td>
                    ))}
                    <td>{p.mean?.toFixed(1) ?? '—'}</td>
                    <td>{p.growthPickCount ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          <Section
            title="Heatmap"
            description={`Mean level per practice and team. Teams with fewer than ${results.minRespondents} answers are hidden where individuals are.`}
          >
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Heatmap, scrolls sideways">
              <table className="framework-levels">
                <caption className="visually-hidden">Mean level per practice and team</caption>
                <PracticeHeader first="Team" practices={practices} />
                <tbody>
                  {heatmap.map((row) => (
                    <tr key={row.groupName}>
                      <th scope="row">
                        {row.groupName} ({row.respondentCount})
                      </th>
                      {row.shown ? (
                        row.means.map((m, i) => (
                          <td key={i} className="heatmap-cell" style={{ background: heat(m, levels.length) }}>
                            {m.toFixed(1)}
                          </td>
                        ))
                      ) : (
                        <td colSpan={practices.length}>Too few answers to show.</td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
          {results.individuals.length > 0 && (
            <Section title="Each person" description="This round lets its facilitators see each person’s answers.">
              <table className="framework-levels">
                <PracticeHeader first="Person" practices={practices} />
                <tbody>
                  {results.individuals.map((person) => (
                    <tr key={person.userId}>
                      <th scope="row">{person.name}</th>
                      {person.levels.map((l, i) => (
                        <td key={i}>{l || '—'}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </Section>
          )}
        </>
      )}
    </div>
  );
}

/** The header row of a table with one column per practice. */
function PracticeHeader({
  first,
  practices,
}: {
  first: string;
  practices: readonly { practiceKey: string; title: string }[];
}) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {practices.map((p) => (
          <th scope="col" key={p.practiceKey}>
            {p.title}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A light background whose strength follows the mean (the number is always printed too). */
function heat(mean: number, levels: number): string {
  const share = levels > 1 ? (mean - 1) / (levels - 1) : 0;
  return `hsl(150 45% ${Math.round(96 - share * 30)}%)`;
}
