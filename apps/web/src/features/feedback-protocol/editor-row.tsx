import type { ReactNode } from 'react';
import { Button } from '../../ui';

/** “Glow” when the row has a label, “section 2” until it does. */
export function rowName(row: { label: string }, index: number, noun: string): string {
  const label = row.label.trim();
  return label ? `“${label}”` : `${noun} ${index + 1}`;
}

interface EditorRowProps {
  titleId: string;
  title: string;
  /** How buttons name the row: “Glow”, or “section 2” while it has no label. */
  name: string;
  index: number;
  count: number;
  upId: string;
  downId: string;
  canRemove: boolean;
  /** Feedback refers to this row: Remove is disabled and described by this element (the explanation). */
  kept?: string;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  children: ReactNode;
}

export function EditorRow({
  titleId,
  title,
  name,
  index,
  count,
  upId,
  downId,
  canRemove,
  kept,
  onMove,
  onRemove,
  children,
}: EditorRowProps) {
  return (
    <li className="editor-item">
      <div role="group" aria-labelledby={titleId} className="editor-item-body">
        <div className="editor-item-header">
          <h3 id={titleId} className="editor-item-title" tabIndex={-1}>
            {title}
          </h3>
          <div className="editor-item-controls">
            <Button
              id={upId}
              variant="ghost"
              size="sm"
              disabled={index === 0}
              aria-label={`Move ${name} up`}
              onClick={() => onMove(-1)}
            >
              ↑
            </Button>
            <Button
              id={downId}
              variant="ghost"
              size="sm"
              disabled={index === count - 1}
              aria-label={`Move ${name} down`}
              onClick={() => onMove(1)}
            >
              ↓
            </Button>
            {canRemove && (
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove ${name}`}
                disabled={!!kept}
                aria-describedby={kept}
                onClick={onRemove}
              >
                Remove
              </Button>
            )}
          </div>
        </div>
        {children}
      </div>
    </li>
  );
}
