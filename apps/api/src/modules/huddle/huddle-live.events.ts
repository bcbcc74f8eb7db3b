import { Inject, Injectable } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { PUB_SUB } from '../activity/pub-sub';
import type { ActionItemEntity } from './action-item.entity';
import type { DecisionEntity } from './decision.entity';
import type { HuddleNoteEntity } from './huddle-note.entity';
import type { HuddleEntity } from './huddle.entity';

export const huddleTopic = (huddleId: string) => `huddle-live:${huddleId}`;

export type HuddleLiveKind =
  'STARTED' | 'ITEM_CHANGED' | 'AGENDA_CHANGED' | 'NOTE_SAVED' | 'DECISION_RECORDED' | 'ACTION_ITEM_ADDED' | 'ENDED';

export interface HuddleLivePayload {
  kind: HuddleLiveKind;
  huddleId: string;
  currentAgendaItemId: string | null;
  note?: HuddleNoteEntity;
  decision?: DecisionEntity;
  actionItem?: ActionItemEntity;
}

/** What participants' screens follow: one topic per huddle (see HuddleLiveResolver.huddleLive). */
@Injectable()
export class HuddleLiveEvents {
  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  async publish(
    huddle: Pick<HuddleEntity, 'id' | 'currentAgendaItemId'>,
    kind: HuddleLiveKind,
    extra: Partial<HuddleLivePayload> = {},
  ): Promise<void> {
    const payload: HuddleLivePayload = {
      kind,
      huddleId: huddle.id,
      currentAgendaItemId: huddle.currentAgendaItemId,
      ...extra,
    };
    await this.pubSub.publish(huddleTopic(huddle.id), payload);
  }

  subscribe(huddleId: string) {
    return this.pubSub.asyncIterableIterator(huddleTopic(huddleId));
  }
}
