import { Injectable } from '@nestjs/common';
import { HuddleStatus } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { ActionItemRepository } from './action-item.repository';
import { AgendaRepository } from './agenda.repository';
import { requireHuddle } from './huddle-access';
import { HuddleLiveService } from './huddle-live.service';
import type { HuddleEntity } from './huddle.entity';
import { HuddleRepository } from './huddle.repository';
import { composeMinutes } from './minutes';
import { MinutesMailService } from './minutes-mail.service';

/** Ends a huddle by posting its minutes: the agenda with everyone's notes, decisions, actions, attendance. */
@Injectable()
export class MinutesService {
  constructor(
    private readonly huddles: HuddleRepository,
    private readonly agenda: AgendaRepository,
    private readonly actionItems: ActionItemRepository,
    private readonly live: HuddleLiveService,
    private readonly mail: MinutesMailService,
  ) {}

  async endWithMinutes(actor: Actor, huddleId: string): Promise<HuddleEntity> {
    const { huddle, access } = await requireHuddle(actor, huddleId, 'end');
    if (huddle.status === HuddleStatus.ENDED) return huddle;
    const ended = await this.live.end(huddle, await this.compose(actor, huddle));
    await this.mail.minutesPosted(ended, access.userId);
    return ended;
  }

  private async compose(actor: Actor, huddle: HuddleEntity): Promise<string> {
    const ids = [huddle.id];
    const [[agenda], [notes], [decisions], [actionItems], attendance, members] = await Promise.all([
      this.agenda.agendasOf(ids),
      this.agenda.notesOf(ids),
      this.agenda.decisionsOf(ids),
      this.actionItems.ofHuddles(ids),
      this.huddles.attendanceOf(huddle.id),
      actor.loaders.cohortMembers.load(huddle.cohortId),
    ]);
    const name = (userId: string) => members.find((m) => m.userId === userId)?.user?.displayName ?? 'Former member';
    return composeMinutes({
      title: huddle.title,
      timeZone: huddle.timeZone,
      startedAt: huddle.startedAt,
      endedAt: new Date(),
      agenda: agenda!.map((a) => ({
        id: a.id,
        title: a.title,
        notes: notes!.filter((n) => n.agendaItemId === a.id).map((n) => ({ author: name(n.authorId), body: n.body })),
      })),
      decisions: decisions!,
      actionItems: actionItems!.map((a) => ({ owner: a.owner?.displayName ?? '', text: a.text, dueOn: a.dueOn })),
      attendees: attendance
        .filter((a) => a.joinedAt)
        .map((a) => name(a.userId))
        .sort(),
    });
  }
}
