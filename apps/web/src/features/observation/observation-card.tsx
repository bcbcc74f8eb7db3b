import { OBSERVATION_KIND_LABELS, type ObservationKind } from '@openhuddle/shared';
import type { ObservationFieldsFragment } from '../../generated/graphql';
import { Badge, Button } from '../../ui';

/** One observation as its observer or the person observed reads it: who, when, each practice's level and the note. */
export function ObservationCard({
  observation: o,
  side,
  onDelete,
  deleting,
}: {
  observation: ObservationFieldsFragment;
  side: 'OF_ME' | 'BY_ME';
  onDelete?: (id: string) => void;
  deleting?: boolean;
}) {
  const who = side === 'OF_ME' ? `By ${o.observer?.name ?? 'a former member'}` : `Of ${o.observed.name}`;
  return (
    <article className="observation-card">
      <h3 className="observation-card-title">
        {who} <Badge>{OBSERVATION_KIND_LABELS[o.kind as ObservationKind]}</Badge>
      </h3>
      <p className="meta">
        {o.observedOn} · {o.framework.title} (version {o.framework.version})
      </p>
      <dl className="observation-ratings">
        {o.ratings.map((r) => (
          <div key={r.practiceKey}>
            <dt>{r.title}</dt>
            <dd>
              <strong>
                {r.levelName} ({r.level})
              </strong>
              {r.descriptor && <span className="meta"> — {r.descriptor}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {o.note && <p className="observation-note">{o.note}</p>}
      {o.viewerCan.delete && onDelete && (
        <Button variant="secondary" onClick={() => onDelete(o.id)} disabled={deleting}>
          Delete observation
        </Button>
      )}
    </article>
  );
}
