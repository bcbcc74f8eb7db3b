import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentActor, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import {
  CreateFrameworkInput,
  FrameworkRefInput,
  ImportFrameworkInput,
  UpdateFrameworkInput,
} from './dto/framework.inputs';
import { Framework } from './dto/framework.types';
import { FrameworkService } from './framework.service';

/** Every member reads the organisation's frameworks; admins create, edit, import and copy them. */
@Resolver(() => Framework)
export class FrameworkResolver {
  constructor(private readonly service: FrameworkService) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Query(() => [Framework], { description: 'The organisation’s frameworks at their latest version, newest first.' })
  frameworks(@Args('organizationId', { type: () => ID }) organizationId: string, @CurrentActor() actor: Actor) {
    return this.service.list(actor, organizationId);
  }

  @OrgScoped(OrgRole.MEMBER, 'input.organizationId')
  @Query(() => Framework, { description: 'A framework at its latest version, or at a past one.' })
  framework(@Args('input') input: FrameworkRefInput, @CurrentActor() actor: Actor) {
    return this.service.get(actor, input);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Framework, { description: 'Creates a framework (its version 1).' })
  createFramework(@Args('input') input: CreateFrameworkInput, @CurrentActor() actor: Actor) {
    return this.service.create(actor, input);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Framework, {
    description: 'Saves a framework’s next version; assessments made on earlier versions keep theirs.',
  })
  updateFramework(@Args('input') input: UpdateFrameworkInput, @CurrentActor() actor: Actor) {
    return this.service.update(actor, input);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => Framework, {
    description: 'Creates a framework from CSV (domain,practice,level,descriptor); bad rows are named, nothing saved.',
  })
  importFramework(@Args('input') input: ImportFrameworkInput, @CurrentActor() actor: Actor) {
    return this.service.importCsv(actor, input);
  }

  @OrgScoped(OrgRole.ADMIN, 'organizationId')
  @Mutation(() => Framework, { description: 'Copies the example framework OpenHuddle ships into the organisation.' })
  copyExampleFramework(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.service.copyExample(actor, organizationId);
  }
}
