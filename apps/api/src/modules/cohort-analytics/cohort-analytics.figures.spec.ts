import { ParticipationState } from '@openhuddle/shared';
import { ANONYMOUS_KEY, funnelOf, networkOf, participationState } from './cohort-analytics.figures';

const due = new Date('2030-05-01T12:00:00Z');
const before = new Date('2030-05-01T11:00:00Z');
const after = new Date('2030-05-01T13:00:00Z');
const all = { whoPosted: true };

describe('cohort analytics figures', () => {
  it('tells on time, late and missing; nothing to a viewer who may not know', () => {
    const prompt = { due_at: due, closes_at: null };
    expect(participationState({ first_published_at: before }, prompt, all)).toBe('ON_TIME');
    expect(participationState({ first_published_at: after }, prompt, all)).toBe('LATE');
    expect(participationState(undefined, prompt, all)).toBe('MISSING');
    expect(participationState({ first_published_at: null }, prompt, all)).toBe(ParticipationState.MISSING);
    expect(participationState({ first_published_at: before }, prompt, { ...all, whoPosted: false })).toBe(
      ParticipationState.HIDDEN,
    );
    // Without a due time the closing time counts; without either, anything published is on time.
    expect(participationState({ first_published_at: after }, { due_at: null, closes_at: due }, all)).toBe('LATE');
    expect(participationState({ first_published_at: after }, { due_at: null, closes_at: null }, all)).toBe('ON_TIME');
  });

  it('counts the funnel per prompt', () => {
    const c = (prompt_id: string, feedback_count: number, helpful: boolean, revised: boolean) => ({
      id: `${prompt_id}${feedback_count}${helpful}${revised}`,
      prompt_id,
      author_id: 'a',
      anonymity: 'NONE' as never,
      feedback_count,
      helpful,
      revised,
    });
    const rows = funnelOf(
      [
        { id: 'p1', title: 'One' },
        { id: 'p2', title: 'Two' },
      ],
      [c('p1', 0, false, false), c('p1', 2, true, true), c('p1', 1, false, false)],
    );
    expect(rows).toEqual([
      { promptId: 'p1', title: 'One', posted: 3, receivedFeedback: 2, markedHelpful: 1, revised: 1 },
      { promptId: 'p2', title: 'Two', posted: 0, receivedFeedback: 0, markedHelpful: 0, revised: 0 },
    ]);
  });

  it('merges receivers the viewer may not learn into one anonymous node, team-aware otherwise', () => {
    const people = new Map([
      ['a', { key: 'a', displayName: 'Ann', teamName: 'Red', teamId: 't1' }],
      ['b', { key: 'b', displayName: 'Bo', teamName: 'Red', teamId: 't1' }],
      ['c', { key: 'c', displayName: 'Cy', teamName: null, teamId: null }],
    ]);
    const edges = [
      { giver_id: 'a', receiver_id: 'b', anonymous: false, n: 2 },
      { giver_id: 'a', receiver_id: 'b', anonymous: true, n: 1 },
      { giver_id: 'a', receiver_id: 'c', anonymous: true, n: 1 },
      { giver_id: 'c', receiver_id: 'a', anonymous: false, n: 1 },
    ];
    const network = networkOf(edges, people, (e) => e.anonymous);
    expect(network.map((e) => [e.from.key, e.to.key, e.count, e.sameTeam])).toEqual([
      ['a', ANONYMOUS_KEY, 2, false],
      ['a', 'b', 2, true],
      ['c', 'a', 1, false],
    ]);
  });
});
