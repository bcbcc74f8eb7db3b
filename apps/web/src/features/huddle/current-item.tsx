import { type AgendaItemFieldsFragment, type HuddleQuery } from '../../generated/graphql';
import { formatDueOn } from '../../lib/format-date';
import { Section } from '../../ui';
import { ActionItemForm } from './action-item-form';
import { DecisionForm } from './decision-form';
import { MyNote, OthersNotes } from './live-notes';

type Huddle = HuddleQuery['huddle'];

/** The open agenda item: everyone's notes, its decisions, and the huddle's action items. */
export function CurrentItem({
  huddle,
  item,
  viewerId,
}: {
  huddle: Huddle;
  item: AgendaItemFieldsFragment;
  viewerId: string;
}) {
  const notes = huddle.notes.filter((n) => n.agendaItemId === item.id);
  const mine = notes.find((n) => n.author.id === viewerId);
  const others = notes.filter((n) => n.author.id !== viewerId && n.body.trim());
  const decisions = huddle.decisions.filter((d) => d.agendaItemId === item.id);
  // ActionItem has no agendaItemId in the API, so the list shows the whole huddle's.
  const actions = huddle.actionItems;
  const facilitate = huddle.viewerCan.facilitate;
  return (
    <>
      <Section title="Notes" description="Each person writes their own block; they all go into the minutes.">
        <MyNote key={item.id} huddleId={huddle.id} agendaItemId={item.id} itemTitle={item.title} mine={mine} />
        <h3 className="live-section-title">Everyone else</h3>
        <OthersNotes notes={others} />
      </Section>
      <Section title="Decisions">
        {decisions.length === 0 ? (
          <p className="meta">No decision on this item yet.</p>
        ) : (
          <ul className="record-list">
            {decisions.map((d) => (
              <li key={d.id} className="record-item">
                <span className="record-text">{d.text}</span>
              </li>
            ))}
          </ul>
        )}
        {facilitate && <DecisionForm huddleId={huddle.id} agendaItemId={item.id} />}
      </Section>
      <Section title="Action items" description="For the whole huddle; each lands in its owner’s action items.">
        {actions.length === 0 ? (
          <p className="meta">No action items yet.</p>
        ) : (
          <ul className="record-list">
            {actions.map((a) => (
              <li key={a.id} className="record-item">
                <div>
                  <p className="record-text">{a.text}</p>
                  <p className="meta">
                    {a.owner.displayName}
                    {a.dueOn && ` · due ${formatDueOn(a.dueOn)}`}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
        {facilitate && <ActionItemForm huddle={huddle} agendaItemId={item.id} />}
      </Section>
    </>
  );
}
