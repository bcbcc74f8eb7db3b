import { Anonymity, ContributionKind, RevealRule, ReviewGrouping, ReviewMode } from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';
import { BUILT_IN_PROTOCOLS } from '../../modules/feedback-protocol/built-in-protocols';
import { ProgramTemplateVersionEntity } from '../../modules/program-template/program-template-version.entity';
import { ProgramTemplateEntity } from '../../modules/program-template/program-template.entity';
import type { TemplateBody, TemplatePrompt } from '../../modules/program-template/template-body';
import { fixed } from './fixtures';

const [GLOW_GROW] = fixed(BUILT_IN_PROTOCOLS, 1);

const week = (n: number, title: string, instructions: string): TemplatePrompt => ({
  title,
  instructions,
  acceptedKinds: [ContributionKind.REFLECTION, ContributionKind.EVIDENCE, ContributionKind.QUESTION],
  revealRule: RevealRule.OPEN,
  reveal: null,
  anonymity: Anonymity.NONE,
  protocol: { builtInId: GLOW_GROW.id },
  reviewMode: ReviewMode.EVERYONE_SEES_ALL,
  reviewsPerContribution: 1,
  reviewGrouping: ReviewGrouping.ANY,
  opens: { day: 7 * n, time: '08:00' },
  due: { day: 7 * n + 4, time: '17:00' },
  closes: null,
});

/** "Leadership Huddles": a four-week program the demo organisation can launch (or a consultant, for a client). */
export const DEMO_TEMPLATE_BODY: TemplateBody = {
  prompts: [
    week(0, 'Week 1: A decision you made this week', 'Describe one decision, who it touched and what you would keep.'),
    week(
      1,
      'Week 2: A conversation that went sideways',
      'What happened, what you noticed in yourself, what you tried.',
    ),
    week(2, 'Week 3: Evidence your team is learning', 'Bring one artefact that shows your team learning, and why.'),
    week(3, 'Week 4: What you will keep doing', 'One practice from these weeks you will keep, and how you will know.'),
  ],
  huddles: [
    { title: 'Kick-off huddle', at: { day: 0, time: '15:30' }, durationMinutes: 45, promptPositions: [0], agenda: [] },
    {
      title: 'Closing huddle',
      at: { day: 25, time: '15:30' },
      durationMinutes: 60,
      promptPositions: [2, 3],
      agenda: [],
    },
  ],
  protocols: [],
  resources: [],
};

/** The demo organisation's program template (version 1), authored by its facilitator. */
export async function seedDemoTemplate(em: EntityManager, organizationId: string, createdById: string): Promise<void> {
  const title = 'Leadership Huddles';
  const description = 'Four weeks of reflection for school leaders, with a kick-off and a closing huddle.';
  const template = await em.save(ProgramTemplateEntity, { organizationId, title, latestVersion: 1, createdById });
  await em.insert(ProgramTemplateVersionEntity, {
    organizationId,
    templateId: template.id,
    version: 1,
    title,
    description,
    body: DEMO_TEMPLATE_BODY,
    createdById,
  });
}
