import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTenant } from '../../../test/factories';
import type { GqlClient } from '../../../test/gql-client';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { CREATE_TEMPLATE, leadershipContent, PREVIEW, TEMPLATES } from './program-template-test-helpers';

/** The templates page and the preview calendar issue the same number of statements at any size. */
describe('program template statement counts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** An organisation with `templates` templates of `prompts` prompts and as many huddles each. */
  async function world(templates: number, prompts: number) {
    const { owner, organization } = await createTenant(t);
    const base = leadershipContent();
    const content = {
      ...base,
      prompts: Array.from({ length: prompts }, (_, i) => ({
        ...base.prompts[0]!,
        title: `Week ${i + 1}`,
        opens: { day: i * 7, time: '09:00' },
        due: { day: i * 7 + 5, time: '17:00' },
      })),
      huddles: Array.from({ length: prompts }, (_, i) => ({
        ...base.huddles[0]!,
        promptPositions: [i],
        at: { day: i * 7 + 6, time: '16:00' },
      })),
    };
    const ids: string[] = [];
    for (let i = 0; i < templates; i++) {
      const { createProgramTemplate } = await owner.ok(CREATE_TEMPLATE, {
        input: { organizationId: organization.id, ...content, title: `Program ${i + 1}` },
      });
      ids.push(createProgramTemplate.id);
    }
    return { owner, organizationId: organization.id, templateId: ids[0]! };
  }

  async function statements(client: GqlClient, query: string, variables: Record<string, unknown>) {
    const res = await client.request(query, variables);
    expect(res.errors).toBeUndefined();
    return { statements: res.extensions!.sqlStatements!, data: res.data as any };
  }

  it('list at 2 and 20 templates, preview at 2 and 30 prompts', async () => {
    const small = await world(2, 2);
    const large = await world(20, 30);
    const listSmall = await statements(small.owner, TEMPLATES, { org: small.organizationId });
    const listLarge = await statements(large.owner, TEMPLATES, { org: large.organizationId });
    expect(listSmall.data.programTemplates.nodes).toHaveLength(2);
    expect(listLarge.data.programTemplates.nodes).toHaveLength(20);
    expect(listLarge.statements).toBe(listSmall.statements);
    const input = { startDate: '2027-01-04', timeZone: 'America/New_York', skipDates: ['2027-01-18'] };
    const previewSmall = await statements(small.owner, PREVIEW, { input: { templateId: small.templateId, ...input } });
    const previewLarge = await statements(large.owner, PREVIEW, { input: { templateId: large.templateId, ...input } });
    expect(previewLarge.data.programSchedulePreview.prompts).toHaveLength(30);
    expect(previewLarge.statements).toBe(previewSmall.statements);
    // Session, membership, templates, the viewer's organisations / the template row, its version.
    expect(listLarge.statements).toBeLessThanOrEqual(4);
    expect(previewLarge.statements).toBeLessThanOrEqual(4);
    process.stdout.write(
      `program templates: list ${listSmall.statements}/${listLarge.statements} statements, preview ${previewSmall.statements}/${previewLarge.statements}\n`,
    );
  });
});
