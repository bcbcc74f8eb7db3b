import { useMutation } from '@apollo/client/react';
import { SetCurrentAgendaItemDocument, type AgendaItemFieldsFragment, type HuddleQuery } from '../../generated/graphql';
import { Section } from '../../ui';

type Huddle = HuddleQuery['huddle'];

/** The agenda in order with the current item marked; a facilitator opens any other item from here. */
export function LiveAgenda({
  huddle,
  items,
  currentIndex,
}: {
  huddle: Huddle;
  items: AgendaItemFieldsFragment[];
  currentIndex: number;
}) {
  const [go] = useMutation(SetCurrentAgendaItemDocument);
  return (
    <Section title="Agenda" className="live-agenda">
      {items.length === 0 ? (
        <p className="meta">No agenda items.</p>
      ) : (
        <ol className="agenda-list">
          {items.map((item, i) => (
            <li key={item.id} className="agenda-item" aria-current={i === currentIndex ? 'step' : undefined}>
              <span className="agenda-item-number" aria-hidden="true">
                {i + 1}
              </span>
              <div className="agenda-item-main">
                {huddle.viewerCan.facilitate && i !== currentIndex ? (
                  <button
                    type="button"
                    className="link-button agenda-item-title"
                    onClick={() => void go({ variables: { huddleId: huddle.id, agendaItemId: item.id } })}
                  >
                    {item.title}
                    <span className="visually-hidden"> (open this item)</span>
                  </button>
                ) : (
                  <span className="agenda-item-title">
                    {item.title}
                    {i === currentIndex && <span className="visually-hidden"> (current)</span>}
                  </span>
                )}
                {item.timeBoxMinutes != null && <span className="meta">{item.timeBoxMinutes} min</span>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
