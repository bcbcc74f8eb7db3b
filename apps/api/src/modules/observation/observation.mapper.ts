import { OBSERVATION_LIMITS } from '@openhuddle/shared';
import type { StoredDomain } from '../framework/framework-version.entity';
import type { Observation, ObservationPracticeTrend, ObservationRating } from './dto/observation.types';
import { observationPolicy, trendCellShown } from './observation.policy';
import type { ObservationRow, TrendRow } from './observation.repository';

function practiceIndex(domains: readonly StoredDomain[]) {
  return new Map(domains.flatMap((d) => d.practices.map((p) => [p.key, { ...p, domain: d.title }] as const)));
}

/** An observation for its observer or the person observed (nobody else is ever handed one). */
export function toObservation(row: ObservationRow, viewerId: string): Observation {
  const practices = practiceIndex(row.domains);
  const ratings: ObservationRating[] = row.ratings.map((r) => {
    const p = practices.get(r.practiceKey);
    return {
      practiceKey: r.practiceKey,
      title: p?.title ?? r.practiceKey,
      domain: p?.domain ?? '',
      level: r.level,
      levelName: row.levelNames[r.level - 1] ?? `Level ${r.level}`,
      descriptor: p?.descriptors[r.level - 1] ?? '',
    };
  });
  return {
    id: row.id,
    kind: row.kind,
    observedOn: row.observedOn,
    note: row.note,
    createdAt: row.createdAt,
    observer: row.observerId ? { id: row.observerId, name: row.observerName ?? '' } : null,
    observed: { id: row.observedId, name: row.observedName },
    framework: { id: row.frameworkId, title: row.frameworkTitle, version: row.frameworkVersion },
    ratings,
    viewerCan: {
      delete: observationPolicy.delete({
        observer: row.observerId === viewerId,
        observed: row.observedId === viewerId,
      }),
    },
  };
}

/**
 * Practice × month cells of the framework's current practices. A cell with fewer than
 * `minPeople` different people observed says nothing at all — not even how many observations.
 */
export function toPracticeTrends(
  domains: readonly StoredDomain[],
  levelCount: number,
  months: readonly string[],
  rows: readonly TrendRow[],
): ObservationPracticeTrend[] {
  const cell = (key: string, month: string) => rows.filter((r) => r.practiceKey === key && r.month === month);
  return domains.flatMap((d) =>
    d.practices.map((p) => ({
      practiceKey: p.key,
      title: p.title,
      domain: d.title,
      months: months.map((month) => {
        const mine = cell(p.key, month);
        const total = mine.find((r) => r.level === null);
        if (!total || !trendCellShown(total.peopleCount))
          return { month, shown: false, observationCount: null, peopleCount: null, mean: null, distribution: [] };
        const distribution = Array.from(
          { length: levelCount },
          (_, i) => mine.find((r) => r.level === i + 1)?.observationCount ?? 0,
        );
        const sum = distribution.reduce((s, n, i) => s + n * (i + 1), 0);
        return {
          month,
          shown: true,
          observationCount: total.observationCount,
          peopleCount: total.peopleCount,
          mean: Math.round((sum / total.observationCount) * 10) / 10,
          distribution,
        };
      }),
    })),
  );
}

/** The `count` months up to `now`'s (UTC), oldest first, as YYYY-MM. */
export function monthsUpTo(now: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

export const MIN_PEOPLE = OBSERVATION_LIMITS.minPeople;
