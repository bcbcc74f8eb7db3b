import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionItem, Decision, HuddleNote } from './huddle.types';

export enum HuddleLiveKind {
  STARTED = 'STARTED',
  ITEM_CHANGED = 'ITEM_CHANGED',
  AGENDA_CHANGED = 'AGENDA_CHANGED',
  NOTE_SAVED = 'NOTE_SAVED',
  DECISION_RECORDED = 'DECISION_RECORDED',
  ACTION_ITEM_ADDED = 'ACTION_ITEM_ADDED',
  ENDED = 'ENDED',
}
registerEnumType(HuddleLiveKind, { name: 'HuddleLiveKind' });

@ObjectType({ description: 'Something changed in a live huddle; every participant’s screen follows.' })
export class HuddleLiveEvent {
  @Field(() => HuddleLiveKind) kind: HuddleLiveKind;
  @Field(() => ID) huddleId: string;
  @Field(() => ID, { nullable: true }) currentAgendaItemId: string | null;
  @Field(() => HuddleNote, { nullable: true }) note: HuddleNote | null;
  @Field(() => Decision, { nullable: true }) decision: Decision | null;
  @Field(() => ActionItem, { nullable: true }) actionItem: ActionItem | null;
}
