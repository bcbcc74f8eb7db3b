import { AgendaItemKind, RevealRule } from '@openhuddle/shared';
import type { Brief, BriefContribution, BriefPrompt } from './brief.types';
import { HeldBackSuggestion } from './brief.types';

export interface Suggestion {
  title: string;
  kind: AgendaItemKind;
  contributionId: string | null;
  timeBoxMinutes: number;
}

const oneLine = (text: string, max = 120) => {
  const flat = text
    .replace(/[#*_>`[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const LABELS: Record<AgendaItemKind, string> = {
  [AgendaItemKind.THEME]: 'Theme',
  [AgendaItemKind.NEEDS_DISCUSSION]: 'Needs discussion',
  [AgendaItemKind.SPOTLIGHT]: 'Spotlight',
  [AgendaItemKind.OPEN_QUESTION]: 'Open question',
  [AgendaItemKind.CUSTOM]: 'Item',
};

interface Candidate extends Suggestion {
  /** Which contribution (or comment) it comes from, to match a brief against another. */
  key: string;
  promptId: string | null;
}

function candidates(brief: Brief): Candidate[] {
  const from = (c: BriefContribution, kind: AgendaItemKind, timeBoxMinutes: number): Candidate => ({
    key: `${kind}:${c.id}`,
    title: `${LABELS[kind]}: ${oneLine(c.excerpt)}`,
    kind,
    contributionId: c.id,
    promptId: c.promptId,
    timeBoxMinutes,
  });
  return [
    ...brief.themes.map((t) => ({
      key: `THEME:${t.label}`,
      title: `Theme: ${t.label}`,
      kind: AgendaItemKind.THEME,
      contributionId: null,
      promptId: null,
      timeBoxMinutes: 10,
    })),
    ...brief.needsDiscussion.slice(0, 3).map((c) => from(c, AgendaItemKind.NEEDS_DISCUSSION, 8)),
    ...brief.spotlights.map((c) => from(c, AgendaItemKind.SPOTLIGHT, 5)),
    ...brief.openQuestions.slice(0, 5).map((q) => ({
      key: `OPEN_QUESTION:${q.commentId ?? q.contributionId}`,
      title: `Open question: ${oneLine(q.text)}`,
      kind: AgendaItemKind.OPEN_QUESTION,
      contributionId: q.contributionId,
      promptId: q.promptId,
      timeBoxMinutes: 5,
    })),
  ];
}

/** What the brief suggests for the agenda (built from the brief every member may see). */
export function agendaSuggestions(everyone: Brief): Suggestion[] {
  return candidates(everyone).map(({ title, kind, contributionId, timeBoxMinutes }) => ({
    title,
    kind,
    contributionId,
    timeBoxMinutes,
  }));
}

/** Why members cannot read it, from its prompt's reveal rule. */
function reasonFor(prompt: BriefPrompt | undefined): { reason: string; audience: string; facilitatorsOnly: boolean } {
  const title = prompt ? `“${prompt.title}”` : 'its prompt';
  switch (prompt?.revealRule) {
    case RevealRule.POST_FIRST:
      return {
        reason: `${title} reveals posts to members only after they post; not every member has.`,
        audience: 'members who have posted',
        facilitatorsOnly: false,
      };
    case RevealRule.AT_TIME:
      return {
        reason: `${title} reveals posts to members at its reveal time, which has not come.`,
        audience: 'facilitators only until the reveal',
        facilitatorsOnly: true,
      };
    case RevealRule.FACILITATORS_ONLY:
      return {
        reason: `Posts to ${title} are read by facilitators and their authors only.`,
        audience: 'facilitators only',
        facilitatorsOnly: true,
      };
    default:
      return {
        reason: 'Themes come from the whole set a facilitator reads, which includes posts members cannot see yet.',
        audience: 'facilitators',
        facilitatorsOnly: true,
      };
  }
}

/**
 * What the facilitator's brief would suggest but the members' brief does not, each with why.
 * Adding one anyway gives the agenda (shown to everyone in live mode and in the minutes) a title
 * that names the prompt, never the hidden text.
 */
export function heldBackSuggestions(facilitator: Brief, everyone: Brief): HeldBackSuggestion[] {
  const suggested = new Set(candidates(everyone).map((c) => c.key));
  const prompts = new Map(facilitator.prompts.map((p) => [p.promptId, p]));
  return candidates(facilitator)
    .filter((c) => !suggested.has(c.key))
    .map((c) => {
      const prompt = c.promptId ? prompts.get(c.promptId) : undefined;
      const { reason, audience, facilitatorsOnly } = reasonFor(prompt);
      const subject = prompt ? `a post to “${oneLine(prompt.title, 80)}”` : 'a theme from posts members cannot see yet';
      return Object.assign(new HeldBackSuggestion(), {
        title: c.title,
        kind: c.kind,
        contributionId: c.contributionId,
        reason,
        facilitatorsOnly,
        titleIfAdded: `${LABELS[c.kind]}: ${subject} (visible to ${audience})`,
        timeBoxMinutes: c.timeBoxMinutes,
      });
    });
}
