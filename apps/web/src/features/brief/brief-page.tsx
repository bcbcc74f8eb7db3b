import { apiPaths, routes } from '@openhuddle/shared';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorCode, toFormErrors } from '../../app/graphql-errors';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  BriefDocument,
  BriefMarkdownDocument,
  HuddleCohortMembersDocument,
  HuddleDocument,
  MarkBriefReadDocument,
  type HuddleQuery,
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
import { safeUrl } from '../contribution/markdown';
import { AgendaEditor } from '../huddle/agenda-editor';
import { HuddleOutcome } from '../huddle/huddle-outcome';
import { CancelledNotice, EditHuddleLink } from '../huddle/huddle-manage';
import { HUDDLE_STATUS_LABELS, HUDDLE_STATUS_TONES, isOpen, nudgeSummary } from '../huddle/huddle-words';
import { LinkedPrompts } from '../huddle/linked-prompts';
import { useHuddleLive } from '../huddle/use-huddle-live';
import { useOrganization } from '../organization/organization-layout';
import {
  contributionLinks,
  HighlightSection,
  OpenQuestionsSection,
  ParticipationSection,
  PromptContributionsSection,
  ThemesSection,
  type BriefData,
} from './brief-sections';
import { useLiveBrief } from './use-live-brief';
import { formatHuddleTime } from '../../lib/format-date';
import '../cohort/learning.css';
import '../huddle/huddle.css';
import './brief.css';
import { BriefPulseSection } from '../pulse-survey/brief-pulse-section';

type Huddle = HuddleQuery['huddle'];

/** `/o/:organizationId/huddles/:huddleId`: the huddle's home before it starts, built for a 10-minute read. */
export function BriefPage() {
  const organization = useOrganization();
  const { huddleId = '' } = useParams();
  const { data, loading, error } = useQuery(HuddleDocument, {
    variables: { id: huddleId },
    fetchPolicy: 'cache-and-network',
  });
  const huddle = data?.huddle;
  const { data: briefData, error: briefError } = useQuery(BriefDocument, {
    variables: { huddleId },
    skip: !huddle,
    fetchPolicy: 'cache-and-network',
  });
  const { data: cohortData } = useQuery(HuddleCohortMembersDocument, {
    variables: { id: huddle?.cohortId ?? '' },
    skip: !huddle,
  });
  useHuddleLive(huddle ? huddleId : '');
  useLiveBrief(huddleId, huddle?.cohortId, huddle?.promptIds ?? []);
  useDocumentTitle(huddle ? `Brief: ${huddle.title}` : 'Huddle', organization.name);

  if (loading && !huddle) return <Loading />;
  if (!huddle) {
    const notFound = ['NOT_FOUND', 'FORBIDDEN'].includes(errorCode(error) ?? '');
    return (
      <div className="page page-narrow">
        {notFound ? (
          <>
            <PageHeader title="Huddle not found" />
            <EmptyState
              title="This huddle does not exist, or you are not in its cohort."
              action={<ButtonLink to={routes.organization(organization.id)}>Back to the organisation</ButtonLink>}
            />
          </>
        ) : (
          <LoadErrorAlert what="this huddle" />
        )}
      </div>
    );
  }
  const cohortName = cohortData?.cohort.name;
  const brief = briefData?.brief;

  return (
    <div className="page brief-page">
      <Breadcrumb
        className="no-print"
        trail={[
          { label: organization.name, to: routes.organization(organization.id) },
          { label: cohortName ?? 'Cohort', to: routes.cohort(organization.id, huddle.cohortId) },
        ]}
        current={huddle.title}
      />
      <BriefHeader huddle={huddle} organizationId={organization.id} brief={brief} />
      <CancelledNotice huddle={huddle} />
      {huddle.status === 'LIVE' && (
        <Alert tone="success" title="This huddle is live now">
          <p>
            <Link to={routes.liveHuddle(organization.id, huddle.id)}>Open the live huddle</Link> to follow the agenda
            and take notes.
          </p>
        </Alert>
      )}
      {huddle.status === 'ENDED' && <HuddleOutcome huddle={huddle} organizationId={organization.id} />}
      <AgendaEditor huddle={huddle} />
      {!brief ? (
        briefError ? (
          <LoadErrorAlert what="the brief">{toFormErrors(briefError).summary}</LoadErrorAlert>
        ) : (
          <Loading label="Building the brief…" />
        )
      ) : (
        <BriefBody brief={brief} huddle={huddle} organizationId={organization.id} />
      )}
    </div>
  );
}

function BriefHeader({
  huddle,
  organizationId,
  brief,
}: {
  huddle: Huddle;
  organizationId: string;
  brief: BriefData | undefined;
}) {
  const { viewer } = useViewer();
  const joinUrl = huddle.joinUrl ? safeUrl(huddle.joinUrl) : '';
  const readers = brief?.readers;
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            Huddle brief · {formatHuddleTime(huddle.startsAt, huddle.durationMinutes, viewer?.timeZone)}{' '}
            <Badge tone={HUDDLE_STATUS_TONES[huddle.status]}>{HUDDLE_STATUS_LABELS[huddle.status]}</Badge>
          </>
        }
        title={huddle.title}
        description={
          huddle.status === 'ENDED'
            ? 'This huddle has ended: its minutes and action items are below, with the brief it started from.'
            : 'Read this before we meet: about ten minutes. Flag what you want to talk about.'
        }
        actions={
          <div className="page-actions no-print">
            {joinUrl && isOpen(huddle) && (
              <a className="btn btn-secondary" href={joinUrl} target="_blank" rel="noopener noreferrer">
                Join the call<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            )}
            {huddle.status !== 'ENDED' && (
              <a className="btn btn-ghost" href={apiPaths.huddleInvite(huddle.id)} download>
                Add to calendar (.ics)
              </a>
            )}
            <EditHuddleLink huddle={huddle} organizationId={organizationId} />
            {isOpen(huddle) && (huddle.status === 'LIVE' || huddle.viewerCan.facilitate) && (
              <ButtonLink to={routes.liveHuddle(organizationId, huddle.id)}>
                {huddle.status === 'LIVE' ? 'Open live huddle' : 'Live mode'}
              </ButtonLink>
            )}
          </div>
        }
      />
      <div className="brief-facts">
        {readers && (
          <p>
            <strong>
              {readers.readCount} of {readers.memberCount}
            </strong>{' '}
            have read the brief
            {huddle.viewerCan.facilitate && readers.readers.length > 0 && (
              <span className="meta">: {readers.readers.map((r) => r.displayName).join(', ')}</span>
            )}
          </p>
        )}
        {joinUrl && (
          <p className="brief-join">
            Join link: <a href={joinUrl}>{joinUrl}</a>
          </p>
        )}
        {huddle.prompts.length > 0 && (
          <p className="meta">Discusses: {huddle.prompts.map((p) => p.title).join(' · ')}</p>
        )}
        {huddle.viewerCan.facilitate && huddle.status === 'SCHEDULED' && (
          <p className="meta">
            {huddle.nudgeHours.length
              ? `Members who have not posted are reminded ${nudgeSummary(huddle.nudgeHours)}.`
              : 'No reminders go out to members who have not posted.'}
          </p>
        )}
        <div className="brief-tools no-print">
          <DownloadMarkdown huddle={huddle} />
          <Button variant="ghost" size="sm" onClick={() => window.print()}>
            Print
          </Button>
        </div>
        {huddle.viewerCan.facilitate && huddle.status !== 'ENDED' && <LinkedPrompts huddle={huddle} />}
      </div>
    </>
  );
}

function DownloadMarkdown({ huddle }: { huddle: Huddle }) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: BriefMarkdownDocument,
        variables: { huddleId: huddle.id },
        fetchPolicy: 'network-only',
      });
      const blob = new Blob([data?.briefMarkdown ?? ''], { type: 'text/markdown;charset=utf-8' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `${slug(huddle.title) || 'huddle'}-brief.md`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      setError(toFormErrors(e).summary);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="secondary" size="sm" busy={busy} onClick={() => void download()}>
        Download Markdown
      </Button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </>
  );
}

function BriefBody({ brief, huddle, organizationId }: { brief: BriefData; huddle: Huddle; organizationId: string }) {
  const { viewer } = useViewer();
  const linkTo = contributionLinks(organizationId, brief);
  return (
    <>
      <ParticipationSection brief={brief} nudge={huddle.viewerCan.facilitate && huddle.status !== 'ENDED'} />
      <ThemesSection brief={brief} />
      <BriefPulseSection pulse={brief.latestPulse} organizationId={organizationId} />
      <HighlightSection
        title="Spotlights"
        description="Contributions your facilitator picked to share."
        items={brief.spotlights}
        huddleId={huddle.id}
        linkTo={linkTo}
        empty="No spotlights yet."
      />
      <HighlightSection
        title="Needs discussion"
        description="Flagged by members, most flags first. Flag any contribution below to add it."
        items={brief.needsDiscussion}
        huddleId={huddle.id}
        linkTo={linkTo}
        empty="Nothing flagged yet."
      />
      <OpenQuestionsSection brief={brief} linkTo={linkTo} />
      {brief.prompts.map((p) => (
        <PromptContributionsSection key={p.promptId} prompt={p} huddleId={huddle.id} organizationId={organizationId} />
      ))}
      {huddle.status !== 'ENDED' && (
        <ReadReceipt huddleId={huddle.id} alreadyRead={brief.readers.readers.some((r) => r.id === viewer?.id)} />
      )}
    </>
  );
}

/** Marks the brief read when the reader reaches its end (after scrolling), or says so with the button. */
function ReadReceipt({ huddleId, alreadyRead }: { huddleId: string; alreadyRead: boolean }) {
  const end = useRef<HTMLDivElement>(null);
  const [read, setRead] = useState(alreadyRead);
  const [error, setError] = useState<string | null>(null);
  const [markRead, { loading }] = useMutation(MarkBriefReadDocument, {
    variables: { huddleId },
    refetchQueries: [{ query: BriefDocument, variables: { huddleId } }],
  });
  const sent = useRef(alreadyRead);

  const mark = async () => {
    if (sent.current) return;
    sent.current = true;
    setError(null);
    try {
      await markRead();
      setRead(true);
    } catch (e) {
      sent.current = false;
      setError(toFormErrors(e).summary);
    }
  };
  const markRef = useRef(mark);
  useEffect(() => {
    markRef.current = mark;
  });

  useEffect(() => {
    const target = end.current;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    let scrolled = false;
    let visible = false;
    const onScroll = () => {
      scrolled = true;
      if (visible) void markRef.current();
    };
    const observer = new IntersectionObserver(([entry]) => {
      visible = entry?.isIntersecting ?? false;
      if (visible && scrolled) void markRef.current();
    });
    observer.observe(target);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
    };
  }, []);

  return (
    <Section className="brief-end">
      <div ref={end} className="brief-end-inner">
        <div role="status">
          {read ? (
            <p className="brief-end-done">✓ Thanks, you have read the brief. See you in the huddle.</p>
          ) : (
            <p>That is the whole brief. Reaching the end counts as read.</p>
          )}
        </div>
        {!read && (
          <Button className="no-print" busy={loading} onClick={() => void mark()}>
            I’ve read it
          </Button>
        )}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </div>
    </Section>
  );
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
