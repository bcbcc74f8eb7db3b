import type { OrgRole } from '@openhuddle/shared';
import {
  ProgramTemplate,
  ProgramTemplatePermissions,
  ProgramTemplateVersion,
  type TemplatePrompt,
} from './dto/program-template.types';
import type { ProgramTemplateVersionEntity } from './program-template-version.entity';
import { templateViewerCan } from './program-template.policy';
import type { TemplateRow } from './program-template.repository';
import { protocolOf } from './template-content';

export function toTemplate(row: TemplateRow, orgRole: OrgRole | null, launchTargets: number): ProgramTemplate {
  return Object.assign(new ProgramTemplate(), {
    id: row.id,
    organizationId: row.organization_id,
    title: row.title,
    description: row.description,
    version: row.latest_version,
    promptCount: row.prompt_count,
    huddleCount: row.huddle_count,
    launchCount: row.launch_count,
    updatedAt: row.updated_at,
    viewerCan: Object.assign(new ProgramTemplatePermissions(), templateViewerCan(orgRole, launchTargets)),
  });
}

export function toTemplateVersion(v: ProgramTemplateVersionEntity): ProgramTemplateVersion {
  const body = v.body;
  return Object.assign(new ProgramTemplateVersion(), {
    id: v.id,
    version: v.version,
    title: v.title,
    description: v.description,
    createdAt: v.createdAt,
    prompts: body.prompts.map((p, position): TemplatePrompt => {
      const protocol = protocolOf(body, p.protocol);
      return {
        position,
        title: p.title,
        instructions: p.instructions,
        acceptedKinds: p.acceptedKinds,
        revealRule: p.revealRule,
        revealAt: p.reveal,
        anonymity: p.anonymity,
        protocolId: protocol.id,
        protocolName: protocol.name,
        reviewMode: p.reviewMode,
        reviewsPerContribution: p.reviewsPerContribution,
        reviewGrouping: p.reviewGrouping,
        opens: p.opens,
        due: p.due,
        closes: p.closes,
      };
    }),
    huddles: body.huddles.map((h, position) => ({ position, ...h })),
    resources: body.resources,
  });
}
