import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MailCategory, MailStatus } from '../../../common/mail/mail-message.entity';

registerEnumType(MailCategory, { name: 'MailCategory', description: 'Why an email was sent.' });
registerEnumType(MailStatus, { name: 'MailStatus', description: 'Where an email is on its way out.' });

@ObjectType({ description: 'An email OpenHuddle sent, or is sending, in the organisation’s name.' })
export class OutboxMessage {
  @Field(() => ID) id: string;
  @Field(() => MailCategory) category: MailCategory;
  @Field() to: string;
  @Field() subject: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The plain-text body while the message waits (or stays, without SMTP) in the outbox; gone once delivered.',
  })
  text: string | null;
  @Field(() => MailStatus) status: MailStatus;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true, description: "The SMTP server's last refusal." })
  lastError: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}

@ObjectType()
export class OutboxPageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor: string | null;
}

@ObjectType()
export class OutboxConnection {
  @Field(() => [OutboxMessage]) nodes: OutboxMessage[];
  @Field(() => OutboxPageInfo) pageInfo: OutboxPageInfo;
  @Field({
    description: 'False while no SMTP server is configured: this outbox is then the only place mail can be read.',
  })
  smtpConfigured: boolean;
}
