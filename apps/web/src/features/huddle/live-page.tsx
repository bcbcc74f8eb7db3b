import { useMutation, useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { errorCode } from '../../app/graphql-errors';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { HuddleDocument, JoinHuddleDocument } from '../../generated/graphql';
import { formatHuddleTime } from '../../lib/format-date';
import { Badge, Breadcrumb, ButtonLink, Loading, LoadErrorAlert, PageHeader } from '../../ui';
import { safeUrl } from '../contribution/markdown';
import { useOrganization } from '../organization/organization-layout';
import { CancelledNotice } from './huddle-manage';
import { HuddleOutcome } from './huddle-outcome';
import { HUDDLE_STATUS_LABELS, HUDDLE_STATUS_TONES, isOpen } from './huddle-words';
import { LiveNotStarted } from './live-not-started';
import { LiveRoom } from './live-room';
import { useHuddleLive } from './use-huddle-live';
import '../cohort/learning.css';
import './huddle.css';

/** `/o/:organizationId/huddles/:huddleId/live`: the meeting itself; every screen follows the current item. */
export function LivePage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  const { huddleId = '' } = useParams();
  const { data, loading, error } = useQuery(HuddleDocument, {
    variables: { id: huddleId },
    fetchPolicy: 'cache-and-network',
  });
  const huddle = data?.huddle;
  useHuddleLive(huddle ? huddleId : '');
  useDocumentTitle(huddle ? `Live: ${huddle.title}` : 'Huddle', organization.name);

  // Attendance: everyone who opens the live huddle while it runs is in the minutes.
  const [join] = useMutation(JoinHuddleDocument, { variables: { id: huddleId } });
  const joined = useRef(false);
  const live = huddle?.status === 'LIVE';
  useEffect(() => {
    if (!live || joined.current) return;
    joined.current = true;
    join().catch(() => {
      joined.current = false;
    });
  }, [live, join]);

  if (loading && !huddle) return <Loading />;
  if (!huddle) {
    const notFound = ['NOT_FOUND', 'FORBIDDEN'].includes(errorCode(error) ?? '');
    return (
      <div className="page page-narrow">
        <LoadErrorAlert what="this huddle" title={notFound ? 'Huddle not found' : undefined}>
          {notFound ? 'It does not exist, or you are not in its cohort.' : undefined}
        </LoadErrorAlert>
      </div>
    );
  }
  const joinUrl = huddle.joinUrl ? safeUrl(huddle.joinUrl) : '';

  return (
    <div className="page live-page">
      <Breadcrumb
        trail={[
          { label: organization.name, to: routes.organization(organization.id) },
          { label: huddle.title, to: routes.huddle(organization.id, huddle.id) },
        ]}
        current={'Live'}
      />
      <PageHeader
        eyebrow={
          <>
            {huddle.status === 'ENDED' ? 'Huddle' : 'Live huddle'} ·{' '}
            {formatHuddleTime(huddle.startsAt, huddle.durationMinutes, viewer?.timeZone)}{' '}
            <Badge tone={HUDDLE_STATUS_TONES[huddle.status]}>{HUDDLE_STATUS_LABELS[huddle.status]}</Badge>
          </>
        }
        title={huddle.title}
        actions={
          <>
            {joinUrl && isOpen(huddle) && (
              <a className="btn btn-secondary" href={joinUrl} target="_blank" rel="noopener noreferrer">
                Join the call<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            )}
            <ButtonLink to={routes.huddle(organization.id, huddle.id)} variant="ghost">
              Brief
            </ButtonLink>
          </>
        }
      />
      {huddle.status === 'SCHEDULED' && <LiveNotStarted huddle={huddle} />}
      {huddle.status === 'CANCELLED' && <CancelledNotice huddle={huddle} />}
      {huddle.status === 'ENDED' && <HuddleOutcome huddle={huddle} organizationId={organization.id} />}
      {huddle.status === 'LIVE' && <LiveRoom huddle={huddle} viewerId={viewer?.id ?? ''} />}
    </div>
  );
}
