import { useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { PulsesToAnswerDocument } from '../../generated/graphql';
import { ButtonLink, Section } from '../../ui';

/** The home page's card: "a pulse to answer", one per open round the viewer has not answered. Hidden when none. */
export function PulsesToAnswer({ organizationId }: { organizationId: string }) {
  const { data } = useQuery(PulsesToAnswerDocument, {
    variables: { organizationId },
    fetchPolicy: 'cache-and-network',
  });
  const pulses = data?.pulsesToAnswer ?? [];
  if (pulses.length === 0) return null;
  return (
    <Section
      title={pulses.length === 1 ? 'A pulse to answer' : `${pulses.length} pulses to answer`}
      description="Anonymous, under a minute. Results appear once 5 people have answered."
    >
      <ul className="pulse-list">
        {pulses.map((p) => (
          <li key={p.round.id}>
            <ButtonLink to={routes.pulseSurvey(organizationId, p.surveyId)}>Answer “{p.title}”</ButtonLink>{' '}
            <span className="meta">
              {p.cohortName} · round {p.round.number}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
