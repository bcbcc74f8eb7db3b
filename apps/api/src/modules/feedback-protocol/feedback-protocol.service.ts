import { Injectable } from '@nestjs/common';
import { OrgRole, orgRoleAtLeast } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import type { FeedbackProtocolFieldsInput } from './dto/feedback-protocol.types';
import type { FeedbackProtocolEntity } from './feedback-protocol.entity';
import { FeedbackProtocolRepository } from './feedback-protocol.repository';
import { inUseProtocolChangeErrors } from './feedback-protocol.rules';

export { DEFAULT_PROTOCOL_ID } from './built-in-protocols';

@Injectable()
export class FeedbackProtocolService {
  constructor(private readonly protocols: FeedbackProtocolRepository) {}

  list(organizationId: string): Promise<FeedbackProtocolEntity[]> {
    return this.protocols.listFor(organizationId);
  }

  /** Whether an organization may pick the protocol: a built-in, or one of its own. */
  async usableBy(organizationId: string, protocolId: string): Promise<boolean> {
    const protocol = await this.protocols.findById(protocolId);
    return !!protocol && (!protocol.organizationId || protocol.organizationId === organizationId);
  }

  async create(organizationId: string, input: FeedbackProtocolFieldsInput): Promise<FeedbackProtocolEntity> {
    this.checkKeys(input);
    return this.protocols.create(organizationId, this.fields(input));
  }

  /**
   * Edits an organization's own protocol; built-ins are read-only (NOT_FOUND, like other tenants').
   * Once feedback follows it, nothing may change that would hide answers or change what scores mean
   * (see `inUseProtocolChangeErrors`): CONFLICT with a message per field, and nothing is saved.
   */
  async update(organizationId: string, protocolId: string, input: FeedbackProtocolFieldsInput) {
    return this.protocols.transaction(async (em) => {
      // Locked, so feedback given meanwhile (which reads the protocol FOR KEY SHARE) waits for this change.
      const protocol = await this.protocols.lockOwned(em, protocolId, organizationId);
      if (!protocol) throw AppError.notFound('Feedback protocol');
      this.checkKeys(input);
      const usage = await this.protocols.usage(em, organizationId, protocolId);
      if (usage.inUse) {
        const errors = inUseProtocolChangeErrors(protocol, input);
        if (Object.keys(errors).length) {
          throw AppError.conflict(
            'Feedback already follows this protocol, so its sections, criteria and levels stay. Duplicate the protocol to change them.',
            errors,
          );
        }
      }
      return this.protocols.update(em, protocol.id, this.fields(input));
    });
  }

  /**
   * Deletes an organization's own protocol that no prompt uses (facilitators and up, as for editing).
   * Built-ins and other tenants' protocols are NOT_FOUND; a protocol in use is a CONFLICT that says what to do.
   */
  async delete(actor: Actor, protocolId: string): Promise<void> {
    const found = await this.protocols.findOwned(protocolId);
    const membership = found ? await actor.loaders.viewerMembership.load(found.organizationId!) : null;
    if (!found || !membership) throw AppError.notFound('Feedback protocol');
    if (!orgRoleAtLeast(membership.role, OrgRole.FACILITATOR)) {
      throw AppError.forbidden(`This needs the ${OrgRole.FACILITATOR} role or higher in this organization.`);
    }
    const organizationId = found.organizationId!;
    await this.protocols.transaction(async (em) => {
      // Locked: a prompt saved meanwhile with this protocol (its foreign key check shares the row) waits,
      // so it is either counted here or refused after the delete; never silently moved to Glow & Grow.
      const protocol = await this.protocols.lockOwned(em, protocolId, organizationId);
      if (!protocol) throw AppError.notFound('Feedback protocol');
      const usage = await this.protocols.usage(em, organizationId, protocolId);
      if (usage.prompts > 0) {
        const prompts = usage.prompts === 1 ? '1 prompt uses' : `${usage.prompts} prompts use`;
        throw AppError.conflict(
          `${prompts} “${protocol.name}”, so it cannot be deleted. Pick another protocol for ${usage.prompts === 1 ? 'that prompt' : 'those prompts'} first, or keep it.`,
        );
      }
      await this.protocols.delete(em, protocol.id, organizationId);
    });
  }

  private checkKeys(input: FeedbackProtocolFieldsInput): void {
    const errors: Record<string, string> = {};
    const sectionKeys = input.sections.map((s) => s.key);
    if (new Set(sectionKeys).size !== sectionKeys.length) errors.sections = 'Each section needs its own key.';
    const criterionKeys = input.rubric.map((c) => c.key);
    if (new Set(criterionKeys).size !== criterionKeys.length) errors.rubric = 'Each criterion needs its own key.';
    if (Object.keys(errors).length) throw AppError.badInput(errors);
  }

  private fields(input: FeedbackProtocolFieldsInput) {
    return {
      name: input.name,
      description: input.description,
      sections: input.sections.map((s) => ({ ...s })),
      rubric: input.rubric.map((c) => ({ key: c.key, label: c.label, levels: c.levels.map((l) => ({ ...l })) })),
    };
  }
}
