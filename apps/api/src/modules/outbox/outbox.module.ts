import { Module } from '@nestjs/common';
import { OutboxResolver } from './outbox.resolver';
import { OutboxService } from './outbox.service';

@Module({ providers: [OutboxResolver, OutboxService] })
export class OutboxModule {}
