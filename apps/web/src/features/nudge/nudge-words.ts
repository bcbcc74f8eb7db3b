import type { NudgeAudience } from '../../generated/graphql';
import { plural } from '../../lib/plural';

/** "Remind the 4 who haven’t posted", "Remind the 1 who owes reviews". */
export function remindLabel(audience: NudgeAudience, count: number): string {
  if (audience === 'NOT_POSTED') return `Remind the ${count} who ${count === 1 ? 'hasn’t' : 'haven’t'} posted`;
  return `Remind the ${count} who ${count === 1 ? 'owes' : 'owe'} reviews`;
}

export const DIALOG_TITLES: Record<NudgeAudience, string> = {
  NOT_POSTED: 'Remind those who haven’t posted',
  OWES_REVIEWS: 'Remind those who owe reviews',
};

/** What the facilitator reads after sending. */
export function sentStatus(reached: number, skipped: number): string {
  const sent = reached ? `Reminded ${plural(reached, 'person', 'people')}.` : 'Nobody was reminded.';
  if (!skipped) return sent;
  return `${sent} ${plural(skipped, 'person was', 'people were')} reminded today already and skipped.`;
}
