import { BUILT_IN_PROTOCOLS } from '../feedback-protocol/built-in-protocols';
import type { ProgramTemplateContentInput, TemplateTimeInput } from './dto/template-content.inputs';
import type {
  TemplateBody,
  TemplatePrompt,
  TemplateProtocol,
  TemplateProtocolRef,
  TemplateTime,
} from './template-body';

export const BUILT_IN_IDS = new Set(BUILT_IN_PROTOCOLS.map((p) => p.id));

const time = (t: TemplateTimeInput): TemplateTime => ({ day: t.day, time: t.time });

/**
 * Collects protocol copies by source id: the same protocol used by several prompts is copied once.
 * `copyOf` answers the copy of an organisation's protocol (null when the id is not usable).
 */
export class ProtocolCopies {
  readonly list: TemplateProtocol[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly copyOf: (id: string) => TemplateProtocol | null) {}

  ref(protocolId: string | null | undefined): TemplateProtocolRef | null | 'unusable' {
    if (!protocolId) return null;
    if (BUILT_IN_IDS.has(protocolId)) return { builtInId: protocolId };
    let at = this.index.get(protocolId);
    if (at === undefined) {
      const copy = this.copyOf(protocolId);
      if (!copy) return 'unusable';
      at = this.list.push(copy) - 1;
      this.index.set(protocolId, at);
    }
    return { copy: at };
  }
}

/** The body a version stores for what the editor sent; unusable protocols come back as field errors. */
export function bodyFromInput(
  input: ProgramTemplateContentInput,
  copies: ProtocolCopies,
): { body: TemplateBody; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const prompts = input.prompts.map((p, i): TemplatePrompt => {
    const protocol = copies.ref(p.protocolId);
    if (protocol === 'unusable') errors[`prompts.${i}.protocolId`] = 'Pick a feedback protocol of this organization.';
    return {
      title: p.title,
      instructions: p.instructions,
      acceptedKinds: [...new Set(p.acceptedKinds)],
      revealRule: p.revealRule,
      reveal: p.revealAt ? time(p.revealAt) : null,
      anonymity: p.anonymity,
      protocol: protocol === 'unusable' ? null : protocol,
      reviewMode: p.reviewMode,
      reviewsPerContribution: p.reviewsPerContribution,
      reviewGrouping: p.reviewGrouping,
      opens: time(p.opens),
      due: p.due ? time(p.due) : null,
      closes: p.closes ? time(p.closes) : null,
    };
  });
  const huddles = input.huddles.map((h) => ({
    title: h.title,
    at: time(h.at),
    durationMinutes: h.durationMinutes,
    promptPositions: [...new Set(h.promptPositions)],
    agenda: h.agenda.map((a) => ({ title: a.title, timeBoxMinutes: a.timeBoxMinutes ?? null })),
  }));
  const resources = input.resources.map((r) => ({ title: r.title, url: r.url }));
  return { body: { prompts, huddles, protocols: copies.list, resources }, errors };
}

/** The protocol a template prompt names, as the editor shows it: the built-in, or the copy's source. */
export function protocolOf(
  body: TemplateBody,
  ref: TemplateProtocolRef | null,
): { id: string | null; name: string | null } {
  if (!ref) return { id: null, name: null };
  if ('builtInId' in ref) {
    return { id: ref.builtInId, name: BUILT_IN_PROTOCOLS.find((p) => p.id === ref.builtInId)?.name ?? null };
  }
  const copy = body.protocols[ref.copy];
  return { id: copy?.sourceId ?? null, name: copy?.name ?? null };
}
