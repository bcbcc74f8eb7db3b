import { OrgRole } from '@openhuddle/shared';
import { observationPolicy, trendCellShown } from './observation.policy';

const ROLES = [OrgRole.MEMBER, OrgRole.FACILITATOR, OrgRole.ADMIN, OrgRole.OWNER];

describe('observation policy', () => {
  it('lets only the observer and the person observed read an observation, and only the observer delete it', () => {
    const standings = [
      { observer: true, observed: false },
      { observer: false, observed: true },
      { observer: false, observed: false },
    ];
    expect(standings.map(observationPolicy.read)).toEqual([true, true, false]);
    expect(standings.map(observationPolicy.delete)).toEqual([true, false, false]);
  });

  it('lets every member record an observation of someone else, never of themselves', () => {
    expect(ROLES.map((r) => observationPolicy.record(r, 'a', 'b'))).toEqual([true, true, true, true]);
    expect(ROLES.map((r) => observationPolicy.record(r, 'a', 'a'))).toEqual([false, false, false, false]);
  });

  it('shows trends to facilitators, admins and owners only', () => {
    expect(ROLES.map(observationPolicy.viewTrends)).toEqual([false, true, true, true]);
  });

  it('shows a trend cell from 5 different people observed, not 4', () => {
    expect([0, 4, 5, 12].map(trendCellShown)).toEqual([false, false, true, true]);
  });
});
