import { type HuddleQuery } from '../../generated/graphql';
import { Badge, Section } from '../../ui';
import { sortedAgenda } from './agenda-editor';
import { CurrentItem } from './current-item';
import { FacilitatorControls } from './facilitator-controls';
import { AGENDA_KIND_LABELS, AGENDA_KIND_TONES } from './huddle-words';
import { LiveAgenda } from './live-agenda';

type Huddle = HuddleQuery['huddle'];

/** The running huddle: the agenda beside the current item, which everyone's screen follows. */
export function LiveRoom({ huddle, viewerId }: { huddle: Huddle; viewerId: string }) {
  const items = sortedAgenda(huddle);
  const index = items.findIndex((i) => i.id === huddle.currentAgendaItemId);
  const current = index >= 0 ? items[index] : null;
  const facilitate = huddle.viewerCan.facilitate;
  return (
    <div className="live-layout">
      <LiveAgenda huddle={huddle} items={items} currentIndex={index} />
      <div className="live-current">
        <Section>
          <p className="live-announcer" role="status" aria-live="polite" aria-atomic="true">
            {current ? `Now discussing item ${index + 1} of ${items.length}: ${current.title}` : 'No item is open.'}
          </p>
          <h2 className="live-current-title">{current ? current.title : 'Between items'}</h2>
          {current && (
            <p className="meta">
              <Badge tone={AGENDA_KIND_TONES[current.kind]}>{AGENDA_KIND_LABELS[current.kind]}</Badge>
              {current.timeBoxMinutes != null && <> · {current.timeBoxMinutes} min</>}
            </p>
          )}
          {facilitate && <FacilitatorControls huddle={huddle} items={items} index={index} />}
        </Section>
        {current ? (
          <CurrentItem huddle={huddle} item={current} viewerId={viewerId} />
        ) : (
          <Section>
            <p className="meta">
              {facilitate
                ? 'Open an agenda item to take notes on it.'
                : 'Your facilitator will open the next item in a moment.'}
            </p>
          </Section>
        )}
      </div>
    </div>
  );
}
