import { Injectable } from '@nestjs/common';
import { hashToken } from '../../common/auth/tokens';
import { AppError } from '../../common/errors/app-error';
import { NotificationEmailRepository, type UnsubscribeTarget } from './notification-email.repository';
import { NotificationPreferenceService } from './notification-preference.service';

/** Unsubscribe links: the token in an email is the credential, for one person, organisation and kind. */
@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly repository: NotificationEmailRepository,
    private readonly preferences: NotificationPreferenceService,
  ) {}

  async target(token: string): Promise<UnsubscribeTarget> {
    const target = token.length <= 100 ? await this.repository.unsubscribeTarget(hashToken(token)) : null;
    if (!target) throw AppError.notFound('Unsubscribe link');
    return target;
  }

  /** Email off for the link's kind (a digest's: every kind sent by digest), or for every kind of its organisation; in-app stays as chosen. */
  async unsubscribe(token: string, all: boolean): Promise<UnsubscribeTarget> {
    const target = await this.target(token);
    await this.preferences.unsubscribe(target.user_id, target.organization_id, all ? 'ALL' : target.kind);
    return target;
  }
}
