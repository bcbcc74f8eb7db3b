import { InquiryStage, OrgRole } from '@openhuddle/shared';
import {
  inquiryPolicy,
  inquiryViewerCan,
  type InquiryStanding,
  showcaseBlockers,
  stageDateErrors,
  stageMoveError,
} from './inquiry.policy';

const standing = (over: Partial<InquiryStanding> = {}): InquiryStanding => ({
  orgRole: OrgRole.MEMBER,
  facilitates: false,
  readsCohort: false,
  inPlc: false,
  showcased: false,
  ...over,
});
const ready = { stage: InquiryStage.REFLECT, tried: 'Exit tickets', learned: 'Daily checks help' };

describe('inquiry policy', () => {
  it('keeps a cycle in progress to its cohort; a showcase opens it to every member of the organisation', () => {
    expect(inquiryPolicy.read(standing())).toBe(false);
    expect(inquiryPolicy.read(standing({ readsCohort: true }))).toBe(true);
    expect(inquiryPolicy.read(standing({ showcased: true }))).toBe(true);
    // A Guest of the cohort has no place in the organisation's gallery.
    expect(inquiryPolicy.read(standing({ orgRole: null, showcased: true }))).toBe(false);
    expect(inquiryPolicy.read(standing({ orgRole: null, readsCohort: true }))).toBe(true);
  });

  it('lets the PLC and its facilitators work on the cycle until it is showcased; observers watch', () => {
    expect(inquiryPolicy.work(standing({ inPlc: true, readsCohort: true }))).toBe(true);
    expect(inquiryPolicy.work(standing({ facilitates: true, readsCohort: true }))).toBe(true);
    expect(inquiryPolicy.work(standing({ readsCohort: true }))).toBe(false);
    expect(inquiryPolicy.work(standing({ inPlc: true, facilitates: true, showcased: true }))).toBe(false);
    expect(inquiryPolicy.start(true)).toBe(true);
    expect(inquiryPolicy.start(false)).toBe(false);
  });

  it('shows stage links to the cohort only and lets members comment on showcases only', () => {
    expect(inquiryPolicy.seeStageLinks(standing({ showcased: true }))).toBe(false);
    expect(inquiryPolicy.seeStageLinks(standing({ readsCohort: true }))).toBe(true);
    expect(inquiryPolicy.comment(standing({ readsCohort: true }))).toBe(false);
    expect(inquiryPolicy.comment(standing({ showcased: true }))).toBe(true);
    expect(inquiryPolicy.comment(standing({ showcased: true, orgRole: null, readsCohort: true }))).toBe(false);
  });

  it('asks for the reflect stage, what was tried and what was learned before the showcase', () => {
    expect(showcaseBlockers(ready)).toEqual({});
    expect(showcaseBlockers({ stage: InquiryStage.ACT, tried: ' ', learned: '' })).toEqual({
      stage: expect.stringMatching(/reflect/),
      tried: expect.stringMatching(/tried/),
      learned: expect.stringMatching(/learned/),
    });
    expect(inquiryViewerCan(standing({ inPlc: true }), ready)).toEqual({ work: true, showcase: true, comment: false });
    expect(inquiryViewerCan(standing({ inPlc: true }), { ...ready, stage: InquiryStage.EVIDENCE }).showcase).toBe(
      false,
    );
  });

  it('checks stage dates in order and moves one stage at a time', () => {
    expect(
      stageDateErrors([
        ['planOn', '2026-09-01'],
        ['actOn', '2026-09-15'],
      ]),
    ).toEqual({});
    expect(
      stageDateErrors([
        ['planOn', '2026-09-15'],
        ['actOn', null],
        ['evidenceOn', '2026-09-01'],
      ]),
    ).toEqual({
      evidenceOn: expect.stringMatching(/after/),
    });
    expect(stageDateErrors([['planOn', '2026-02-30']])).toEqual({ planOn: expect.stringMatching(/real date/) });
    expect(stageMoveError(InquiryStage.QUESTION, InquiryStage.PLAN)).toBeNull();
    expect(stageMoveError(InquiryStage.ACT, InquiryStage.PLAN)).toBeNull();
    expect(stageMoveError(InquiryStage.QUESTION, InquiryStage.ACT)).toMatch(/one stage/);
    expect(stageMoveError(InquiryStage.ACT, InquiryStage.ACT)).toMatch(/already/);
  });
});
