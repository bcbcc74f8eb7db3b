import { useId, type ReactNode } from 'react';
import { Badge } from '../../ui';
import type { Protocol } from './protocol-draft';

interface ProtocolCardProps {
  protocol: Protocol;
  /** Edit / Duplicate links, for those who may use them. */
  actions?: ReactNode;
  /** Marks the protocol just saved. */
  highlight?: boolean;
}

/** One protocol as reviewers meet it: its sections in order, then its rubric as a grid of levels. */
export function ProtocolCard({ protocol, actions, highlight }: ProtocolCardProps) {
  const titleId = useId();
  return (
    <article
      className={highlight ? 'protocol-card protocol-card-highlight' : 'protocol-card'}
      aria-labelledby={titleId}
      id={`protocol-${protocol.id}`}
    >
      <header className="protocol-card-header">
        <div>
          <h3 id={titleId} className="protocol-card-title">
            {protocol.name} {protocol.builtIn && <Badge tone="info">Built-in</Badge>}
          </h3>
          {protocol.description && <p className="meta">{protocol.description}</p>}
          <p className="meta protocol-usage">{usageText(protocol.usedByPromptCount)}</p>
        </div>
        {actions && <div className="protocol-card-actions">{actions}</div>}
      </header>
      <ol className="protocol-sections" aria-label={`Sections of ${protocol.name}`}>
        {protocol.sections.map((section) => (
          <li key={section.key} className="protocol-section">
            <p className="protocol-section-label">
              {section.label}{' '}
              <span className={section.required ? 'protocol-required' : 'optional'}>
                {section.required ? 'required' : 'optional'}
              </span>
            </p>
            {section.guidingQuestion && <p className="protocol-section-question">{section.guidingQuestion}</p>}
            {section.sentenceStems.length > 0 && (
              <ul className="protocol-stems" aria-label={`Sentence stems for ${section.label}`}>
                {section.sentenceStems.map((stem) => (
                  <li key={stem}>{stem}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {protocol.rubric.length > 0 && <RubricTable protocol={protocol} />}
    </article>
  );
}

/** “Used by 3 prompts”: this organisation's prompts, drafts included. */
export function usageText(prompts: number): string {
  if (prompts === 0) return 'Not used by any prompt yet';
  return `Used by ${prompts} ${prompts === 1 ? 'prompt' : 'prompts'}`;
}

/**
 * Criteria × levels. When every criterion uses the same level names, they head the columns and the
 * cells hold only descriptors; otherwise each cell names its level.
 */
function RubricTable({ protocol }: { protocol: Protocol }) {
  const rubric = protocol.rubric.map((c) => ({ ...c, levels: [...c.levels].sort((a, b) => a.value - b.value) }));
  const columns = Math.max(...rubric.map((c) => c.levels.length));
  const names = (rubric[0]?.levels ?? []).map((l) => l.label);
  const shared =
    rubric.every((c) => c.levels.length === columns) &&
    rubric.every((c) => c.levels.every((l, i) => l.label === names[i]));
  const captionId = useId();
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <div className="protocol-rubric" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="rubric-table">
        <caption id={captionId}>Rubric of {protocol.name}</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {Array.from({ length: columns }, (_, i) => (
              <th scope="col" key={i}>
                {shared ? names[i] : `Level ${i + 1}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rubric.map((criterion) => (
            <tr key={criterion.key}>
              <th scope="row">{criterion.label}</th>
              {Array.from({ length: columns }, (_, i) => {
                const level = criterion.levels[i];
                return (
                  <td key={i}>
                    {level && !shared && <span className="rubric-table-level">{level.label}</span>}
                    {level?.descriptor}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
