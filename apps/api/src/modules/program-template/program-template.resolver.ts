import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentActor, CurrentMembership, OrgScoped, SignedIn } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import type { ActorMembership } from '../../common/auth/request-context';
import {
  ProgramTemplate,
  ProgramTemplatePage,
  ProgramTemplateVersion,
  TemplateOrganization,
} from './dto/program-template.types';
import { CreateProgramTemplateInput, UpdateProgramTemplateInput } from './dto/template-content.inputs';
import { toTemplate, toTemplateVersion } from './program-template.mapper';
import { ProgramTemplateService } from './program-template.service';

@Resolver(() => ProgramTemplate)
export class ProgramTemplateResolver {
  constructor(private readonly templates: ProgramTemplateService) {}

  @OrgScoped(OrgRole.FACILITATOR)
  @Query(() => ProgramTemplatePage, {
    description: 'The organisation’s program templates, most recently changed first.',
  })
  async programTemplates(
    @Args('organizationId', { type: () => ID }) _organizationId: string,
    @CurrentMembership() membership: ActorMembership,
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ProgramTemplatePage> {
    const [page, targets] = await Promise.all([
      this.templates.list(membership, first, after ?? null),
      this.templates.launchTargets(actor),
    ]);
    return { nodes: page.rows.map((r) => toTemplate(r, membership.role, targets.length)), nextCursor: page.nextCursor };
  }

  @SignedIn() // the template's organisation is checked by the service (NOT_FOUND for members and other tenants)
  @Query(() => ProgramTemplate)
  async programTemplate(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ProgramTemplate> {
    const [{ row, orgRole }, targets] = await Promise.all([
      this.templates.require(actor, id),
      this.templates.launchTargets(actor),
    ]);
    return toTemplate(row, orgRole, targets.length);
  }

  @OrgScoped(OrgRole.FACILITATOR, 'input.organizationId')
  @Mutation(() => ProgramTemplate, { description: 'A new template (version 1).' })
  async createProgramTemplate(
    @Args('input') input: CreateProgramTemplateInput,
    @CurrentMembership() membership: ActorMembership,
    @CurrentActor() actor: Actor,
  ): Promise<ProgramTemplate> {
    return this.programTemplate(await this.templates.create(actor, membership, input), actor);
  }

  @SignedIn() // the template's organisation is checked by the service
  @Mutation(() => ProgramTemplate, {
    description: 'Saves the template as a new version; cohorts launched from earlier versions keep theirs.',
  })
  async updateProgramTemplate(
    @Args('input') input: UpdateProgramTemplateInput,
    @CurrentActor() actor: Actor,
  ): Promise<ProgramTemplate> {
    return this.programTemplate(await this.templates.update(actor, input), actor);
  }

  @SignedIn() // the template's organisation is checked by the service
  @Mutation(() => ProgramTemplate, { description: 'A new template with the latest version’s content.' })
  async duplicateProgramTemplate(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
    @Args('title', { type: () => String, nullable: true }) title?: string | null,
  ): Promise<ProgramTemplate> {
    return this.programTemplate(await this.templates.duplicate(actor, id, title), actor);
  }

  @ResolveField(() => ProgramTemplateVersion, { description: 'A version’s content (the latest when left out).' })
  async content(
    @Parent() template: ProgramTemplate,
    @CurrentActor() actor: Actor,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<ProgramTemplateVersion> {
    return toTemplateVersion((await this.templates.requireVersion(actor, template.id, version)).version);
  }

  @ResolveField(() => [TemplateOrganization], { description: 'Organisations the viewer may launch it into.' })
  async launchTargets(@CurrentActor() actor: Actor): Promise<TemplateOrganization[]> {
    return (await this.templates.launchTargets(actor)).map((s) => ({ id: s.organization_id, name: s.name }));
  }
}
