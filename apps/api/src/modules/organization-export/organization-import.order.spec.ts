import { IdMap } from './organization-import.ids';
import { importOrder } from './organization-import.order';

const key = (table: string, column: string, references: string, nullable = false) => ({
  table,
  column,
  references,
  nullable,
});

describe('the import order', () => {
  it('puts parents first, and defers nullable keys to the same table or a later one', () => {
    const steps = importOrder(
      ['comment', 'huddle', 'agenda_item', 'contribution', 'prompt'],
      [
        key('comment', 'contribution_id', 'contribution'),
        key('comment', 'parent_id', 'comment', true),
        key('contribution', 'prompt_id', 'prompt'),
        key('agenda_item', 'huddle_id', 'huddle'),
        key('agenda_item', 'contribution_id', 'contribution', true),
        key('huddle', 'current_agenda_item_id', 'agenda_item', true),
        key('prompt', 'created_by_id', 'user'), // people are inserted before any table
      ],
    );
    expect(steps).toEqual([
      { table: 'huddle', deferred: ['current_agenda_item_id'] },
      { table: 'agenda_item', deferred: ['contribution_id'] },
      { table: 'prompt', deferred: [] },
      { table: 'contribution', deferred: [] },
      { table: 'comment', deferred: ['parent_id'] },
    ]);
  });

  it('refuses required keys that form a cycle', () => {
    expect(() => importOrder(['a', 'b'], [key('a', 'b_id', 'b'), key('b', 'a_id', 'a')])).toThrow(/cycle/);
  });
});

describe('the id map', () => {
  const a = '10000000-0000-4000-8000-000000000001';
  const b = '20000000-0000-4000-8000-000000000002';
  const builtIn = '00000000-0000-4000-a000-000000000001';

  it('keeps ids, or renews them all in the same sorted order', () => {
    const kept = new IdMap();
    kept.assign([b, a], false);
    expect([kept.get(a), kept.get(b)]).toEqual([a, b]);
    const renewed = new IdMap();
    renewed.assign([b, a], true);
    expect(renewed.get(a)).not.toBe(a);
    expect(renewed.get(a) < renewed.get(b)).toBe(true);
  });

  it('replaces known ids wherever they stand, and leaves unknown ones', () => {
    const ids = new IdMap();
    ids.set(a, b);
    expect(
      ids.remapRow({
        id: a,
        mentioned_user_ids: [a, builtIn],
        details: { subject: { id: a.toUpperCase() } },
        link: `/cohorts/${a}/prompts`,
        protocol_id: builtIn,
        count: 3,
        none: null,
      }),
    ).toEqual({
      id: b,
      mentioned_user_ids: [b, builtIn],
      details: { subject: { id: b } },
      link: `/cohorts/${b}/prompts`,
      protocol_id: builtIn,
      count: 3,
      none: null,
    });
  });
});
