import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { type NudgeAudience, NudgePreviewsDocument } from '../../generated/graphql';
import { Button } from '../../ui';
import { NudgeDialog } from './nudge-dialog';
import { remindLabel, sentStatus } from './nudge-words';
import './nudge.css';

/**
 * For whoever runs the cohort, on an open prompt: "Remind the 4 who haven’t posted" and "Remind the
 * 3 who owe reviews" (each hidden when nobody is left), opening the preview dialog. The API refuses
 * previews of prompts that are not open, and then nothing shows.
 */
export function NudgeButtons({ promptId }: { promptId: string }) {
  const { data } = useQuery(NudgePreviewsDocument, { variables: { promptId }, fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<NudgeAudience | null>(null);
  const [status, setStatus] = useState('');
  const wrapper = useRef<HTMLDivElement>(null);
  const previews = data ? [data.notPosted, data.owesReviews].filter((p) => p.total > 0) : [];
  const close = (audience: NudgeAudience) => {
    setOpen(null);
    // Back to the button that opened the dialog, so keyboard users keep their place.
    requestAnimationFrame(() => wrapper.current?.querySelector<HTMLElement>(`[data-audience="${audience}"]`)?.focus());
  };

  return (
    <div className="nudge-buttons" ref={wrapper}>
      {previews.length > 0 && (
        <div className="nudge-actions">
          {previews.map((p) => (
            <Button
              key={p.audience}
              variant="secondary"
              size="sm"
              data-audience={p.audience}
              aria-expanded={open === p.audience}
              onClick={() => {
                setStatus('');
                setOpen(open === p.audience ? null : p.audience);
              }}
            >
              {remindLabel(p.audience, p.total)}
            </Button>
          ))}
        </div>
      )}
      {previews
        .filter((p) => p.audience === open)
        .map((p) => (
          <NudgeDialog
            key={p.audience}
            preview={p}
            onClose={() => close(p.audience)}
            onSent={({ reached, skipped }) => {
              setStatus(sentStatus(reached, skipped));
              close(p.audience);
            }}
          />
        ))}
      <p className="meta" role="status">
        {status}
      </p>
    </div>
  );
}
