import { PeerVisibility, postedSentence, routes } from '@openhuddle/shared';
import { Link } from 'react-router';
import type { BriefQuery } from '../../generated/graphql';
import { EmptyState, Section } from '../../ui';
import { BriefContributionCard } from './brief-contribution';
import { plural } from '../../lib/plural';
import { NudgeButtons } from '../nudge/nudge-buttons';

export type BriefData = BriefQuery['brief'];

/** Where a contribution of the brief lives (its prompt page), when the brief lists it. */
export function contributionLinks(organizationId: string, brief: BriefData) {
  const promptOf = new Map<string, string>();
  for (const p of brief.prompts) for (const c of p.contributions) promptOf.set(c.id, p.promptId);
  return (contributionId: string, promptId?: string) => {
    const prompt = promptId ?? promptOf.get(contributionId);
    return prompt ? routes.contribution(organizationId, prompt, contributionId) : undefined;
  };
}

/** `nudge`: whoever runs the cohort gets the remind buttons under each linked prompt. */
export function ParticipationSection({ brief, nudge = false }: { brief: BriefData; nudge?: boolean }) {
  return (
    <Section
      title="Who took part"
      description={`${Math.round(brief.completion * 100)}% of members posted to every linked prompt.`}
    >
      {brief.prompts.length === 0 ? (
        <EmptyState title="No prompts linked yet">
          The brief fills in once prompts are linked to this huddle.
        </EmptyState>
      ) : (
        <ul className="brief-participation">
          {brief.prompts.map((p) => {
            const part = p.participation;
            const share = part.memberCount ? part.postedCount / part.memberCount : 0;
            return (
              <li key={p.promptId} className="brief-participation-item">
                <h3 className="brief-participation-title">{p.title}</h3>
                <div className="brief-meter" aria-hidden="true">
                  <span style={{ width: `${Math.round(share * 100)}%` }} />
                </div>
                <p className="meta">
                  {postedSentence(part.postedCount, part.memberCount, p.peerVisibility as PeerVisibility)} ·{' '}
                  {plural(part.feedbackGivenCount, 'feedback', 'feedback')} given · {part.receivedFeedbackCount} of{' '}
                  {plural(p.contributionCount, 'post')} got feedback
                </p>
                {part.namesVisible ? (
                  <dl className="brief-names">
                    <div>
                      <dt>Posted</dt>
                      <dd>{part.posted.map((u) => u.displayName).join(', ') || 'Nobody yet'}</dd>
                    </div>
                    <div>
                      <dt>Not yet</dt>
                      <dd>{part.notPosted.map((u) => u.displayName).join(', ') || 'Everyone has posted'}</dd>
                    </div>
                  </dl>
                ) : (
                  <p className="meta">{namesHiddenBecause(p.anonymity === 'TO_PEERS')}</p>
                )}
                {nudge && <NudgeButtons promptId={p.promptId} />}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

/** Why a member sees counts without names (names show only on OPEN prompts without anonymity). */
export function namesHiddenBecause(anonymous: boolean): string {
  return anonymous
    ? 'Posts to this prompt are anonymous to peers, so who posted is not listed.'
    : 'Who has posted is listed only on prompts open to everyone; names show on the contributions you can read.';
}

export function ThemesSection({ brief }: { brief: BriefData }) {
  return (
    <Section title="Themes" description="Words that came up across contributions.">
      {brief.themes.length === 0 && (
        <p className="meta">
          Not enough text yet to find themes: they appear once several contributions you can read share some words.
        </p>
      )}
      {brief.themes.length > 0 && (
        <ul className="brief-themes">
          {brief.themes.map((t) => (
            <li key={t.label} className="brief-theme">
              <p className="brief-theme-label">{t.label}</p>
              <p className="meta">
                {plural(t.contributionIds.length, 'contribution')} · {t.terms.join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function HighlightSection({
  title,
  description,
  items,
  huddleId,
  linkTo,
  empty,
}: {
  title: string;
  description: string;
  items: BriefData['spotlights'];
  huddleId: string;
  linkTo: (contributionId: string) => string | undefined;
  empty: string;
}) {
  return (
    <Section title={title} description={description}>
      {items.length === 0 ? (
        <p className="meta">{empty}</p>
      ) : (
        <div className="brief-contributions">
          {items.map((c) => (
            <BriefContributionCard
              key={c.id}
              contribution={c}
              huddleId={huddleId}
              href={linkTo(c.id)}
              headingLevel={3}
            />
          ))}
        </div>
      )}
    </Section>
  );
}

export function OpenQuestionsSection({
  brief,
  linkTo,
}: {
  brief: BriefData;
  linkTo: (contributionId: string, promptId?: string) => string | undefined;
}) {
  return (
    <Section title="Open questions" description="Asked and not answered yet: good openers for the huddle.">
      {brief.openQuestions.length === 0 ? (
        <p className="meta">No open questions.</p>
      ) : (
        <ul className="brief-questions">
          {brief.openQuestions.map((q) => {
            const href = linkTo(q.contributionId, q.promptId);
            return (
              <li key={q.commentId ?? q.contributionId}>
                <span>{q.text}</span>{' '}
                {href && (
                  <Link to={href} className="subtle-link no-print">
                    In context
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

export function PromptContributionsSection({
  prompt,
  huddleId,
  organizationId,
}: {
  prompt: BriefData['prompts'][number];
  huddleId: string;
  organizationId: string;
}) {
  const more = prompt.contributionCount - prompt.contributions.length;
  return (
    <Section title={`Contributions: ${prompt.title}`} description={plural(prompt.contributionCount, 'contribution')}>
      {prompt.contributions.length === 0 ? (
        <p className="meta">
          {prompt.peerVisibility === 'VISIBLE' ? (
            'Nothing posted yet.'
          ) : (
            <>
              {postedSentence(
                prompt.participation.postedCount,
                prompt.participation.memberCount,
                prompt.peerVisibility as PeerVisibility,
              )}{' '}
              (<Link to={routes.prompt(organizationId, prompt.promptId)}>open the prompt</Link>).
            </>
          )}
        </p>
      ) : (
        <div className="brief-contributions">
          {prompt.contributions.map((c) => (
            <BriefContributionCard
              key={c.id}
              contribution={c}
              huddleId={huddleId}
              href={routes.contribution(organizationId, prompt.promptId, c.id)}
              headingLevel={3}
            />
          ))}
        </div>
      )}
      {more > 0 && (
        <p className="meta brief-more">
          {plural(more, 'more contribution')} on the{' '}
          <Link to={routes.prompt(organizationId, prompt.promptId)}>prompt page</Link>.
        </p>
      )}
    </Section>
  );
}
