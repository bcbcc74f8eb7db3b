import type { SelfAssessmentVisibility } from '@openhuddle/shared';
import type { SelfAssessmentHeatmapRow, PracticeResult } from './dto/self-assessment.types';
import { reachesThreshold } from './self-assessment.policy';

export interface ResultPractice {
  key: string;
  title: string;
  domain: string;
}

export interface ResultRespondent {
  assessmentId: string;
  groupId: string | null;
  groupName: string | null;
  growthPracticeKeys: readonly string[];
}

export interface ResultRating {
  assessmentId: string;
  practiceKey: string;
  level: number;
}

const mean = (levels: number[]): number | null =>
  levels.length ? Math.round((levels.reduce((a, b) => a + b, 0) / levels.length) * 100) / 100 : null;

/**
 * A round's aggregates: the distribution per practice and the heatmap practice × team. Where the
 * round hides individuals, nothing is shown of fewer than the threshold — the whole round, or a
 * heatmap row; and when the hidden rows together hold fewer than the threshold but more than
 * none, the next smallest row is hidden too, so no row can be worked out by subtracting the
 * others from the totals.
 */
export function roundResults(
  practices: readonly ResultPractice[],
  levelCount: number,
  respondents: readonly ResultRespondent[],
  ratings: readonly ResultRating[],
  visibility: SelfAssessmentVisibility,
): { shown: boolean; practices: PracticeResult[]; heatmap: SelfAssessmentHeatmapRow[] } {
  const shown = reachesThreshold(respondents.length, visibility);
  const levelsOf = (key: string, ids: ReadonlySet<string> | null) =>
    ratings.filter((r) => r.practiceKey === key && (!ids || ids.has(r.assessmentId))).map((r) => r.level);
  const practiceResults = practices.map((p) => {
    if (!shown)
      return {
        practiceKey: p.key,
        title: p.title,
        domain: p.domain,
        distribution: [],
        mean: null,
        growthPickCount: null,
      };
    const levels = levelsOf(p.key, null);
    const distribution = Array.from({ length: levelCount }, (_, i) => levels.filter((l) => l === i + 1).length);
    return {
      practiceKey: p.key,
      title: p.title,
      domain: p.domain,
      distribution,
      mean: mean(levels),
      growthPickCount: respondents.filter((r) => r.growthPracticeKeys.includes(p.key)).length,
    };
  });
  if (!shown) return { shown, practices: practiceResults, heatmap: [] };

  const groups = new Map<string, { name: string; ids: Set<string> }>();
  for (const r of respondents) {
    const id = r.groupId ?? '';
    const g = groups.get(id) ?? { name: r.groupName ?? 'No team', ids: new Set<string>() };
    g.ids.add(r.assessmentId);
    groups.set(id, g);
  }
  const rows = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
  const visible = new Set(rows.filter((g) => reachesThreshold(g.ids.size, visibility)));
  for (;;) {
    const hidden = rows.filter((g) => !visible.has(g)).reduce((n, g) => n + g.ids.size, 0);
    if (hidden === 0 || reachesThreshold(hidden, visibility) || !visible.size) break;
    const smallest = [...visible].sort((a, b) => a.ids.size - b.ids.size)[0]!;
    visible.delete(smallest);
  }
  const heatmap = rows.map((g) => ({
    groupName: g.name,
    respondentCount: g.ids.size,
    shown: visible.has(g),
    means: visible.has(g) ? practices.map((p) => mean(levelsOf(p.key, g.ids)) ?? 0) : [],
  }));
  return { shown, practices: practiceResults, heatmap };
}
