import { Global, Module } from '@nestjs/common';
import { MailDelivery } from './mail-delivery';
import { MailRepository } from './mail.repository';
import { MailTransport } from './mail-transport';
import { Mailer } from './mailer';

/** Email for every module: the outbox, SMTP delivery with retries, and the Mailer that queues. */
@Global()
@Module({
  providers: [Mailer, MailDelivery, MailRepository, MailTransport],
  exports: [Mailer, MailDelivery, MailRepository, MailTransport],
})
export class MailModule {}
