import { routes } from '@openhuddle/shared';
import { Link } from 'react-router';
import type { PulseRoundResultFieldsFragment } from '../../generated/graphql';
import { Section } from '../../ui';
import { PulseRoundResults } from './pulse-round-results';
import './pulse-survey.css';

interface BriefPulse {
  surveyId: string;
  title: string;
  latest: PulseRoundResultFieldsFragment;
}

/** The brief's "how the cohort feels": its latest pulse round, thresholded like everywhere else. */
export function BriefPulseSection({ pulse, organizationId }: { pulse: BriefPulse | null; organizationId: string }) {
  if (!pulse) return null;
  return (
    <Section
      title="Latest pulse"
      description={
        <>
          <Link to={routes.pulseSurvey(organizationId, pulse.surveyId)}>{pulse.title}</Link>, round{' '}
          {pulse.latest.number}
        </>
      }
    >
      <PulseRoundResults round={pulse.latest} />
    </Section>
  );
}
