import { CopyPrompt } from '../program-template/copy-prompt';
import { COMPOSE_ANCHOR, contributionAnchor, routes } from '@openhuddle/shared';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { errorCode, NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { useViewer } from '../../app/session';
import { useAt } from '../../app/use-at';
import { useDocumentTitle } from '../../app/use-document-title';
import { useShowMore } from '../../app/use-show-more';
import {
  CohortDocument,
  MarkFeedbackReadDocument,
  MarkPromptReadDocument,
  PromptCohortDocument,
  PromptDocument,
  PublishPromptDocument,
  type PromptQuery,
} from '../../generated/graphql';
import {
  Alert,
  Badge,
  Button,
  ButtonLink,
  EmptyState,
  Loading,
  PageHeader,
  Section,
  Breadcrumb,
  LoadErrorAlert,
} from '../../ui';
import { Composer } from '../contribution/composer';
import { ContributionCard } from '../contribution/contribution-card';
import { Markdown } from '../contribution/markdown';
import { MentionableContext } from '../contribution/mentions';
import { Participation } from './participation';
import { mergeActivity } from './merge-activity';
import { useCohortActivity, type CohortActivityEvent } from './use-cohort-activity';
import { HiddenTombstones } from '../moderation/hidden-tombstones';
import { MutedBanner } from '../moderation/muted-banner';
import { useFocusPublished } from './use-focus-published';
import { useOrganization } from '../organization/organization-layout';
import { anonymityExplanation, KIND_LABELS, revealExplanation, STATUS_LABELS, STATUS_TONES } from './prompt-words';
import { formatDateTime } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import '../cohort/learning.css';

type Prompt = PromptQuery['prompt'];

/** A prompt: what is asked, your contribution, and everyone's contributions with their feedback. */
export function PromptPage() {
  const organization = useOrganization();
  const { promptId = '' } = useParams();
  const { viewer } = useViewer();
  // Fresh on every visit (peers post and give feedback meanwhile); cached data shows at once.
  const { data, loading, error } = useQuery(PromptDocument, {
    variables: { id: promptId },
    fetchPolicy: 'cache-and-network',
  });
  const prompt = data?.prompt;
  const { data: cohortData } = useQuery(PromptCohortDocument, {
    variables: { id: prompt?.cohortId ?? '' },
    skip: !prompt,
  });
  const cohort = cohortData?.cohort;
  useDocumentTitle(prompt?.title ?? 'Prompt', cohort?.name, organization.name);
  useMarkFeedbackRead(prompt, !loading);
  useMarkPromptRead(prompt?.status === 'DRAFT' ? undefined : prompt?.id);
  useScrollToHash(Boolean(prompt) && !loading);
  const announcement = useLivePrompt(
    promptId,
    prompt?.cohortId,
    viewer?.id,
    prompt?.revealRule === 'AT_TIME' ? prompt.revealAt : null,
  );

  if (loading && !prompt) return <Loading />;
  if (!prompt) {
    const notFound = ['NOT_FOUND', 'FORBIDDEN'].includes(errorCode(error) ?? '');
    return (
      <div className="page page-narrow">
        {notFound ? (
          <>
            <PageHeader title="Prompt not found" />
            <EmptyState
              title="This prompt does not exist, is not published yet, or belongs to a cohort you are not in."
              action={<ButtonLink to={routes.organization(organization.id)}>Back to {organization.name}</ButtonLink>}
            />
          </>
        ) : (
          <LoadErrorAlert what="this prompt" />
        )}
      </div>
    );
  }

  const timeZone = viewer?.timeZone;
  const facilitate = cohort?.viewerCan.facilitate ?? false;
  const canPost = cohort?.viewerCan.post ?? false;
  const mentionable = (cohort?.members ?? []).map((m) => ({ id: m.user.id, displayName: m.user.displayName }));

  return (
    <div className="page">
      {/* Peers' posts, feedback and comments appear as they happen; screen readers hear a short note. */}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <Breadcrumb
        trail={[
          { label: organization.name, to: routes.organization(organization.id) },
          cohort ? { label: cohort.name, to: routes.cohort(organization.id, cohort.id) } : { label: 'Cohort' },
        ]}
        current={prompt.title}
      />
      <PageHeader
        eyebrow={
          <span className="eyebrow-row">
            <Badge tone={STATUS_TONES[prompt.status]}>{STATUS_LABELS[prompt.status]}</Badge>
            {prompt.dueAt && <span>Due {formatDateTime(prompt.dueAt, timeZone)}</span>}
          </span>
        }
        title={prompt.title}
        actions={facilitate ? <FacilitatorActions prompt={prompt} organizationId={organization.id} /> : undefined}
      />
      {facilitate && <CopyPrompt promptId={prompt.id} />}
      <div className="prompt-layout">
        <div className="stack">
          <Section title="Instructions">
            {prompt.instructions.trim() ? (
              <Markdown>{prompt.instructions}</Markdown>
            ) : (
              <p className="meta">No further instructions.</p>
            )}
          </Section>
          <MutedBanner mute={cohort?.viewerMute} />
          {/* The queue's "Post yours first to unlock this review" lands here. */}
          <div id={COMPOSE_ANCHOR} tabIndex={-1}>
            <YourContribution
              prompt={prompt}
              organizationId={organization.id}
              canPost={canPost}
              facilitate={facilitate}
              fresh={!loading}
              timeZone={timeZone}
            />
          </div>
          <MentionableContext.Provider value={mentionable}>
            <Contributions
              prompt={prompt}
              organizationId={organization.id}
              facilitate={facilitate}
              canPost={canPost}
              timeZone={timeZone}
            />
          </MentionableContext.Provider>
        </div>
        <PromptFacts
          prompt={prompt}
          timeZone={timeZone}
          participation={facilitate && cohort ? <Participation prompt={prompt} members={cohort.members} /> : null}
        />
      </div>
    </div>
  );
}

function FacilitatorActions({ prompt, organizationId }: { prompt: Prompt; organizationId: string }) {
  const [publish, { loading }] = useMutation(PublishPromptDocument, {
    refetchQueries: [
      { query: PromptDocument, variables: { id: prompt.id } },
      { query: CohortDocument, variables: { id: prompt.cohortId } },
    ],
    awaitRefetchQueries: true,
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  return (
    <div className="page-actions-stack">
      <div className="page-actions">
        <ButtonLink to={routes.editPrompt(organizationId, prompt.id)} variant="secondary">
          Edit prompt
        </ButtonLink>
        {prompt.status === 'DRAFT' && (
          <Button
            busy={loading}
            onClick={async () => {
              setErrors(NO_ERRORS);
              try {
                await publish({ variables: { id: prompt.id } });
              } catch (e) {
                setErrors(toFormErrors(e));
              }
            }}
          >
            Publish prompt
          </Button>
        )}
      </div>
      {errors.summary && <Alert tone="danger">{errors.summary}</Alert>}
    </div>
  );
}

/** The composer for the viewer's draft, or a way to add another contribution once they have posted. */
function YourContribution({
  prompt,
  organizationId,
  canPost,
  facilitate,
  fresh,
  timeZone,
}: {
  prompt: Prompt;
  organizationId: string;
  canPost: boolean;
  facilitate: boolean;
  timeZone?: string;
  /** The prompt came from the server just now (not only from the cache). */
  fresh: boolean;
}) {
  const draft = prompt.viewerDrafts[0] ?? null;
  const [writing, setWriting] = useState(false);
  const [posted, markPosted] = useFocusPublished();
  // The composer starts from the server's copy of the draft, once; later refetches never reset what is typed.
  const [ready, setReady] = useState(fresh);
  const [composerKey, setComposerKey] = useState(0);
  if (fresh && !ready) setReady(true);
  const open = prompt.status === 'OPEN' || (facilitate && prompt.status !== 'CLOSED');

  if (!canPost) {
    return facilitate ? null : (
      <Alert tone="info">You follow this cohort as an observer: you can read contributions but not post.</Alert>
    );
  }
  if (!open) {
    if (draft)
      return (
        <Alert tone="warning" title="Your draft was not published">
          This prompt is {prompt.status === 'CLOSED' ? 'closed' : 'not open yet'}. Your text is kept:
          <Markdown>{draft.body}</Markdown>
        </Alert>
      );
    return prompt.status === 'SCHEDULED' ? (
      <Alert tone="info">This prompt opens {formatDateTime(prompt.opensAt, timeZone)}. You can post then.</Alert>
    ) : prompt.status === 'CLOSED' ? (
      <Alert tone="info">This prompt is closed: no new contributions.</Alert>
    ) : null;
  }
  // Facilitators mostly read and respond: their composer opens on demand, like a member's second post.
  if ((prompt.viewerHasPublished || facilitate) && !draft && !writing) {
    return (
      <div className="stack-tight">
        {posted && (
          <Alert tone="success" title="Posted">
            Your contribution is below. Peers can now give you feedback.
          </Alert>
        )}
        <div>
          <Button variant="secondary" onClick={() => setWriting(true)}>
            {prompt.viewerHasPublished ? 'Add another contribution' : 'Write a contribution'}
          </Button>
        </div>
      </div>
    );
  }
  if (!ready) return <Loading label="Loading your draft…" />;
  return (
    <section className="card" aria-label="Your contribution">
      <Composer
        key={composerKey}
        promptId={prompt.id}
        organizationId={organizationId}
        acceptedKinds={prompt.acceptedKinds}
        draft={draft}
        onPublished={(id) => {
          setWriting(false);
          markPosted(id);
          setComposerKey((k) => k + 1);
        }}
        onCancel={prompt.viewerHasPublished || facilitate ? () => setWriting(false) : undefined}
      />
    </section>
  );
}

function Contributions({
  prompt,
  organizationId,
  facilitate,
  canPost,
  timeZone,
}: {
  prompt: Prompt;
  organizationId: string;
  facilitate: boolean;
  canPost: boolean;
  timeZone?: string;
}) {
  // In the server's order: spotlights, then the viewer's reviews, then the newest.
  const page = prompt.contributionPage;
  const published = page.nodes;
  const peers = published.filter((c) => !c.isMine).length;
  const { showMore, loading: loadingMore, failed } = useShowMoreContributions(prompt.id, page);
  const hiddenUntilPost = prompt.revealRule === 'POST_FIRST' && !prompt.viewerHasPublished && !facilitate;
  const hiddenUntilTime =
    prompt.revealRule === 'AT_TIME' && !facilitate && prompt.revealAt && new Date(prompt.revealAt) > new Date();
  const onlyFacilitators = prompt.revealRule === 'FACILITATORS_ONLY' && !facilitate;

  return (
    <section className="stack" aria-labelledby="contributions-title">
      <div className="section-title-row">
        <h2 id="contributions-title" className="section-title">
          Contributions <span className="count">({page.totalCount})</span>
        </h2>
      </div>
      {hiddenUntilPost && (
        <Alert tone="info" title="Post yours to see how peers answered">
          This prompt reveals peers’ contributions once you have published your own, so everyone thinks for themselves
          first.
        </Alert>
      )}
      {hiddenUntilTime && (
        <Alert tone="info" title="Contributions are revealed together">
          You will see peers’ contributions from {formatDateTime(prompt.revealAt!, timeZone)}.
        </Alert>
      )}
      {onlyFacilitators && <Alert tone="info">Only you and the facilitators see what you post here.</Alert>}
      <HiddenTombstones items={prompt.hiddenContent} promptId={prompt.id} />
      {published.length === 0 ? (
        !hiddenUntilPost && (
          <EmptyState title="No contributions yet">
            {prompt.status === 'OPEN' ? 'Be the first to post.' : 'Nothing was posted for this prompt.'}
          </EmptyState>
        )
      ) : (
        <>
          {!hiddenUntilPost && !hiddenUntilTime && !onlyFacilitators && peers === 0 && !page.pageInfo.hasNextPage && (
            <p className="meta">No peer has posted yet.</p>
          )}
          {published.map((c) => (
            <ContributionCard
              key={c.id}
              contribution={c}
              protocol={prompt.protocol}
              acceptedKinds={prompt.acceptedKinds}
              facilitate={facilitate}
              canPost={canPost}
              timeZone={timeZone}
              organizationId={organizationId}
            />
          ))}
          {page.pageInfo.hasNextPage && (
            <div className="stack-tight">
              <p className="meta">
                Showing {published.length} of {page.totalCount}.
              </p>
              <div>
                <Button variant="secondary" busy={loadingMore} onClick={() => void showMore()}>
                  Show more contributions
                </Button>
              </div>
              {failed && <Alert tone="danger">Could not load more contributions. Try again.</Alert>}
            </div>
          )}
        </>
      )}
    </section>
  );
}

/**
 * "Show more": fetches the page after the last one shown (the cache's field policy appends it)
 * and moves keyboard focus to the first new contribution, so a keyboard or screen reader user
 * carries on reading where the list grew instead of landing back on the button.
 */
function useShowMoreContributions(promptId: string, page: Prompt['contributionPage']) {
  const client = useApolloClient();
  return useShowMore(
    page,
    (after) => client.query({ query: PromptDocument, variables: { id: promptId, after }, fetchPolicy: 'network-only' }),
    contributionAnchor,
  );
}

function PromptFacts({
  prompt,
  timeZone,
  participation,
}: {
  prompt: Prompt;
  timeZone?: string;
  participation: ReactNode;
}) {
  return (
    <aside className="stack" aria-label="About this prompt">
      {participation}
      <Section title="Dates" headingLevel={2}>
        <dl className="facts">
          <div>
            <dt>Opens</dt>
            <dd>{formatDateTime(prompt.opensAt, timeZone)}</dd>
          </div>
          <div>
            <dt>Due</dt>
            <dd>{prompt.dueAt ? formatDateTime(prompt.dueAt, timeZone) : 'No due date'}</dd>
          </div>
          <div>
            <dt>Closes</dt>
            <dd>{prompt.closesAt ? formatDateTime(prompt.closesAt, timeZone) : 'Stays open'}</dd>
          </div>
        </dl>
      </Section>
      <Section title="Who sees what">
        <ul className="plain-list">
          <li>{revealExplanation(prompt.revealRule, prompt.revealAt, timeZone)}</li>
          <li>{anonymityExplanation(prompt.anonymity)}</li>
          <li>Drafts are private: nobody sees yours until you publish.</li>
        </ul>
      </Section>
      <Section title="What to post">
        <p>{prompt.acceptedKinds.map((k) => KIND_LABELS[k]).join(', ')}</p>
        <p className="meta">{plural(prompt.contributionCount, 'contribution')} you can see so far.</p>
      </Section>
      <Section title="Feedback protocol">
        <p className="fact-strong">{prompt.protocol.name}</p>
        <p className="meta">{prompt.protocol.description}</p>
        <ul className="plain-list">
          {prompt.protocol.sections.map((s) => (
            <li key={s.key}>
              <strong>{s.label}</strong>: {s.guidingQuestion}
            </li>
          ))}
        </ul>
      </Section>
    </aside>
  );
}

/**
 * Keeps the prompt live: when someone posts, edits, gives feedback or comments on it, the event
 * brings the contribution as this viewer may see it (the server applies the reveal and anonymity
 * rules per subscriber) and it is merged into the cache — no refetch per event for every open
 * page. A polite message says what arrived; the viewer's own actions stay quiet.
 */
function useLivePrompt(
  promptId: string,
  cohortId: string | undefined,
  viewerId: string | undefined,
  revealAt: string | null | undefined,
) {
  const client = useApolloClient();
  const [announcement, setAnnouncement] = useState('');
  const refetch = () =>
    client.query({ query: PromptDocument, variables: { id: promptId }, fetchPolicy: 'network-only' });
  const announce = (events: CohortActivityEvent[]) => {
    const contributions = client.readQuery({ query: PromptDocument, variables: { id: promptId } })?.prompt
      .contributionPage.nodes;
    const message = events
      .map((e) => describeActivity(e, contributions ?? [], viewerId))
      .filter(Boolean)
      .join(' ');
    // Re-announce the same words too (a second contribution from the same person).
    if (message) setAnnouncement((last) => (last === message ? `${message}\u00a0` : message));
  };
  // An AT_TIME reveal publishes nothing, so no event comes: fetch again when the time arrives.
  useAt(revealAt, () => {
    refetch()
      .then(() => setAnnouncement('Peers’ contributions are now visible.'))
      .catch(() => undefined);
  });
  useCohortActivity(
    cohortId,
    (events) => {
      // Discussion flags show in the brief, not on this page.
      const ours = events.filter((e) => e.promptId === promptId && e.kind !== 'FLAGGED_FOR_DISCUSSION');
      if (!ours.length) return;
      if (mergeActivity(client.cache, promptId, ours)) announce(ours);
      // A spotlight reorders the list: fetch it again (the next event, the tab coming back or a
      // reload catches up if this fails).
      else
        refetch()
          .then(() => announce(ours))
          .catch(() => undefined);
    },
    () => void refetch().catch(() => undefined),
  );
  return announcement;
}

function describeActivity(
  event: CohortActivityEvent,
  contributions: Prompt['contributionPage']['nodes'],
  viewerId: string | undefined,
): string | null {
  const c = event.contribution;
  const who = c.author?.displayName ?? 'an anonymous member';
  const whose = c.isMine ? 'your' : c.author ? `${c.author.displayName}’s` : 'an anonymous member’s';
  const current = contributions.find((x) => x.id === c.id);
  switch (event.kind) {
    case 'CONTRIBUTION_PUBLISHED':
      return c.isMine ? null : `New contribution from ${who}.`;
    case 'CONTRIBUTION_EDITED':
      return c.isMine ? null : `${c.author?.displayName ?? 'An anonymous member'} revised their contribution.`;
    case 'FEEDBACK_GIVEN': {
      const feedback = current?.feedbackPage.nodes.find((f) => f.id === event.subjectId);
      if (feedback?.isMine) return null;
      return `New feedback${feedback ? ` from ${feedback.author.displayName}` : ''} on ${whose} contribution.`;
    }
    case 'COMMENT_ADDED': {
      const comment = current?.comments.find((x) => x.id === event.subjectId);
      if (comment && viewerId && comment.author?.id === viewerId) return null;
      return `New comment on ${whose} contribution.`;
    }
    case 'SPOTLIGHTED':
      return current?.spotlighted ? `A facilitator spotlighted ${whose} contribution.` : null;
  }
  return null;
}

/**
 * The author has seen the feedback on their contributions here: clear it from their queue, once,
 * for what was there when the page opened. Feedback arriving live stays in the queue until the
 * page is opened again (they may not be looking).
 */
function useMarkFeedbackRead(prompt: Prompt | undefined, fresh: boolean) {
  const [markRead] = useMutation(MarkFeedbackReadDocument);
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!prompt || !fresh || done.current === prompt.id) return;
    done.current = prompt.id;
    for (const c of prompt.contributionPage.nodes) {
      if (c.isMine && c.status === 'PUBLISHED' && c.feedbackPage.totalCount) {
        void markRead({ variables: { contributionId: c.id } }).catch(() => undefined);
      }
    }
  }, [prompt, fresh, markRead]);
}

/** `#contribution-…` links (from the queue): once the contributions are on screen, go there. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || !hash || done.current === hash) return;
    // After the page heading has taken focus (PageHeader does on navigation), move on to the target, once.
    const timer = setTimeout(() => {
      done.current = hash;
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (target) {
        target.scrollIntoView({ block: 'start' });
        target.focus({ preventScroll: true });
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [ready, hash]);
}

/** Opening a prompt clears its "new contributions" badge on the cohort page. */
function useMarkPromptRead(promptId: string | undefined) {
  const [markRead] = useMutation(MarkPromptReadDocument);
  useEffect(() => {
    if (promptId) void markRead({ variables: { promptId } }).catch(() => undefined);
  }, [promptId, markRead]);
}
