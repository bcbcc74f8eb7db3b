import { LEARNING_LIMITS } from '@openhuddle/shared';
import { Button, TextField } from '../../ui';

export interface LinkDraft {
  url: string;
  title: string;
}

interface LinksEditorProps {
  links: LinkDraft[];
  onChange: (links: LinkDraft[]) => void;
  /** Server messages keyed like `links.0.url`. */
  errors?: Record<string, string>;
  idPrefix: string;
}

/** Links to add to a contribution: each a URL and an optional title. */
export function LinksEditor({ links, onChange, errors = {}, idPrefix }: LinksEditorProps) {
  const update = (i: number, patch: Partial<LinkDraft>) =>
    onChange(links.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <fieldset className="fieldset links-editor">
      <legend className="field-label">Links (optional)</legend>
      {links.length > 0 && (
        <ul className="links-editor-list">
          {links.map((link, i) => (
            <li key={i} className="links-editor-row">
              <TextField
                label={`Link ${i + 1} address`}
                name={`${idPrefix}-link-${i}-url`}
                type="url"
                inputMode="url"
                placeholder="https://"
                value={link.url}
                error={errors[`links.${i}.url`] ?? errors[`links.${i}`]}
                onChange={(e) => update(i, { url: e.target.value })}
              />
              <TextField
                label={`Link ${i + 1} title`}
                name={`${idPrefix}-link-${i}-title`}
                maxLength={200}
                value={link.title}
                error={errors[`links.${i}.title`]}
                onChange={(e) => update(i, { title: e.target.value })}
              />
              <Button
                variant="ghost"
                size="sm"
                className="links-editor-remove"
                aria-label={`Remove link ${i + 1}`}
                onClick={() => onChange(links.filter((_, j) => j !== i))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {errors.links && <p className="field-error">{errors.links}</p>}
      {links.length < LEARNING_LIMITS.linksMax && (
        <div>
          <Button variant="secondary" size="sm" onClick={() => onChange([...links, { url: '', title: '' }])}>
            Add a link
          </Button>
        </div>
      )}
    </fieldset>
  );
}

/** Links worth sending: rows with an address, trimmed. */
export function cleanLinks(links: LinkDraft[]): LinkDraft[] {
  return links.filter((l) => l.url.trim()).map((l) => ({ url: l.url.trim(), title: l.title.trim() }));
}

/** Field errors of the links, re-keyed from the cleaned list back to the rows on screen. */
export function linkFieldErrors(fields: Record<string, string>, links: LinkDraft[]): Record<string, string> {
  const rows = links.map((l, i) => (l.url.trim() ? i : -1)).filter((i) => i >= 0);
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const match = /^links\.(\d+)(\..+)?$/.exec(key);
    if (match) out[`links.${rows[Number(match[1])] ?? match[1]}${match[2] ?? ''}`] = message;
    else if (key === 'links') out.links = message;
  }
  return out;
}
