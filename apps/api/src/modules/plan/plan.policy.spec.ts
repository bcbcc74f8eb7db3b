import { OrgRole } from '@openhuddle/shared';
import {
  archivedPlanBlocker,
  canComment,
  canEditPlan,
  canUpdateProgress,
  itemViewerCan,
  ownsItem,
  type PlanViewer,
} from './plan.policy';

const viewer = (role: OrgRole, teamIds: string[] = []): PlanViewer => ({ userId: 'me', role, teamIds });
const nobody = { userIds: [], teamIds: [] };
const active = { archivedAt: null };

describe('plan policy', () => {
  it('lets admins and owners edit the plan, nobody else', () => {
    expect(canEditPlan(viewer(OrgRole.OWNER))).toBe(true);
    expect(canEditPlan(viewer(OrgRole.ADMIN))).toBe(true);
    expect(canEditPlan(viewer(OrgRole.FACILITATOR))).toBe(false);
    expect(canEditPlan(viewer(OrgRole.MEMBER))).toBe(false);
  });

  it('counts a person owner and a team owner as owning the item', () => {
    expect(ownsItem(viewer(OrgRole.MEMBER), { userIds: ['me'], teamIds: [] })).toBe(true);
    expect(ownsItem(viewer(OrgRole.MEMBER, ['t1']), { userIds: [], teamIds: ['t1'] })).toBe(true);
    expect(ownsItem(viewer(OrgRole.MEMBER, ['t2']), { userIds: ['other'], teamIds: ['t1'] })).toBe(false);
  });

  it('lets owners and admins update progress, not other members', () => {
    expect(canUpdateProgress(viewer(OrgRole.MEMBER), { userIds: ['me'], teamIds: [] })).toBe(true);
    expect(canUpdateProgress(viewer(OrgRole.ADMIN), nobody)).toBe(true);
    expect(canUpdateProgress(viewer(OrgRole.FACILITATOR), nobody)).toBe(false);
    expect(canUpdateProgress(viewer(OrgRole.MEMBER), nobody)).toBe(false);
  });

  it('lets every member comment', () => {
    for (const role of Object.values(OrgRole)) expect(canComment(viewer(role))).toBe(true);
  });

  it('freezes a replaced plan for everyone, admins included', () => {
    const archived = { archivedAt: new Date() };
    expect(archivedPlanBlocker(archived)).toMatch(/kept as a record/);
    expect(archivedPlanBlocker(active)).toBeNull();
    expect(itemViewerCan(viewer(OrgRole.OWNER), nobody, archived)).toEqual({
      edit: false,
      updateProgress: false,
      comment: false,
    });
    expect(itemViewerCan(viewer(OrgRole.MEMBER), { userIds: ['me'], teamIds: [] }, active)).toEqual({
      edit: false,
      updateProgress: true,
      comment: true,
    });
  });
});
