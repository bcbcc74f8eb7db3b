import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { MailRepository } from '../../common/mail/mail.repository';
import { MailTransport } from '../../common/mail/mail-transport';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../common/pagination/keyset-cursor';
import type { ActorMembership } from '../../common/auth/request-context';
import type { OutboxConnection } from './dto/outbox.types';

export const OUTBOX_PAGE_MAX = 100;

/** What an organisation's admins can read of the mail sent in its name. */
@Injectable()
export class OutboxService {
  constructor(
    private readonly mail: MailRepository,
    private readonly transport: MailTransport,
  ) {}

  async list(membership: ActorMembership, first: number, after: string | null): Promise<OutboxConnection> {
    if (!Number.isInteger(first) || first < 1 || first > OUTBOX_PAGE_MAX) {
      throw AppError.badInput({ first: `Ask for 1 to ${OUTBOX_PAGE_MAX} messages at a time.` });
    }
    const cursor = after
      ? decodeKeysetCursor(after, 'This is not a position in the outbox; start from the first page.')
      : null;
    const rows = await this.mail.outbox(membership.organizationId, first + 1, cursor);
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return {
      nodes: page.map(({ toAddress, cursorAt: _cursorAt, ...row }) => ({ ...row, to: toAddress })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeKeysetCursor({ createdAt: last.cursorAt, id: last.id }) : null,
      },
      smtpConfigured: this.transport.configured,
    };
  }
}
