import { Injectable } from '@nestjs/common';
import { EXAMPLE_FRAMEWORK, type OrgRole } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import type {
  CreateFrameworkInput,
  FrameworkFieldsInput,
  FrameworkRefInput,
  ImportFrameworkInput,
  UpdateFrameworkInput,
} from './dto/framework.inputs';
import type { Framework } from './dto/framework.types';
import { toFramework } from './framework.mapper';
import { frameworkPolicy } from './framework.policy';
import { type VersionFields, FrameworkRepository } from './framework.repository';
import { type FrameworkDraft, frameworkErrors, frameworkFromCsv, withPracticeKeys } from './framework.rules';

/**
 * Frameworks: every member reads them; admins create, edit (each edit a new version, earlier ones
 * kept for the assessments made on them), import one from CSV, or copy the example.
 */
@Injectable()
export class FrameworkService {
  constructor(private readonly frameworks: FrameworkRepository) {}

  async list(actor: Actor, organizationId: string): Promise<Framework[]> {
    const role = await this.roleOf(actor, organizationId);
    const frameworks = await this.frameworks.list(organizationId);
    const versions = await this.frameworks.versionsOf(frameworks);
    return frameworks.flatMap((f) => {
      const v = versions.find((x) => x.frameworkId === f.id);
      return v ? [toFramework(f, v, [], frameworkPolicy.edit(role))] : [];
    });
  }

  async get(actor: Actor, ref: FrameworkRefInput): Promise<Framework> {
    const role = await this.roleOf(actor, ref.organizationId);
    const framework = await this.frameworks.find(ref.organizationId, ref.frameworkId);
    if (!framework) throw AppError.notFound('Framework');
    const [[version], versions] = await Promise.all([
      this.frameworks.versionsOf([framework], ref.version ?? null),
      this.frameworks.versionSummaries(framework.id),
    ]);
    if (!version) throw AppError.notFound('Framework version');
    return toFramework(framework, version, versions, frameworkPolicy.edit(role));
  }

  async create(actor: Actor, input: CreateFrameworkInput): Promise<Framework> {
    await this.requireEditor(actor, input.organizationId);
    const fields = this.checked(input);
    const framework = await this.frameworks.transaction((em) =>
      this.frameworks.create(em, input.organizationId, actor.user.id, fields),
    );
    return this.get(actor, { organizationId: input.organizationId, frameworkId: framework.id });
  }

  /** Saves the content as the framework's next version; assessments on earlier versions keep theirs. */
  async update(actor: Actor, input: UpdateFrameworkInput): Promise<Framework> {
    await this.requireEditor(actor, input.organizationId);
    const fields = this.checked(input);
    await this.frameworks.transaction(async (em) => {
      const framework = await this.frameworks.lock(em, input.organizationId, input.frameworkId);
      if (!framework) throw AppError.notFound('Framework');
      await this.frameworks.addVersion(em, framework, actor.user.id, fields);
    });
    return this.get(actor, { organizationId: input.organizationId, frameworkId: input.frameworkId });
  }

  /** A new framework read from CSV; any bad row refuses the whole file, each row's problem named. */
  async importCsv(actor: Actor, input: ImportFrameworkInput): Promise<Framework> {
    await this.requireEditor(actor, input.organizationId);
    const { draft, errors } = frameworkFromCsv(input.csv);
    if (!draft) throw AppError.badInput(errors, 'Some rows of the file need attention.');
    return this.create(actor, { organizationId: input.organizationId, title: input.title, description: '', ...draft });
  }

  /** A copy of the example framework OpenHuddle ships, for the organisation to make its own. */
  copyExample(actor: Actor, organizationId: string): Promise<Framework> {
    return this.create(actor, {
      organizationId,
      title: EXAMPLE_FRAMEWORK.title,
      description: EXAMPLE_FRAMEWORK.description,
      levelNames: [...EXAMPLE_FRAMEWORK.levelNames],
      domains: EXAMPLE_FRAMEWORK.domains.map((d) => ({
        title: d.title,
        practices: d.practices.map((p) => ({ title: p.title, descriptors: [...p.descriptors] })),
      })),
    });
  }

  private checked(input: FrameworkFieldsInput): VersionFields {
    const draft: FrameworkDraft = { levelNames: input.levelNames, domains: input.domains };
    const errors = frameworkErrors(draft);
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return {
      title: input.title,
      description: input.description ?? '',
      levelNames: input.levelNames.map((n) => n.trim()),
      domains: withPracticeKeys(draft),
    };
  }

  private async roleOf(actor: Actor, organizationId: string): Promise<OrgRole> {
    const membership = await actor.loaders.viewerMembership.load(organizationId);
    // The stance already refused non-members; this covers a service called outside a request.
    if (!membership) throw AppError.notFound('Organization');
    return membership.role;
  }

  private async requireEditor(actor: Actor, organizationId: string): Promise<void> {
    if (!frameworkPolicy.edit(await this.roleOf(actor, organizationId)))
      throw AppError.forbidden('Only the organisation’s admins can change its frameworks.');
  }
}
