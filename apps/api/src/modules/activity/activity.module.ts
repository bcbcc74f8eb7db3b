import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { ActivityResolver } from './activity.resolver';
import { createPubSub, PUB_SUB } from './pub-sub';

@Module({
  providers: [{ provide: PUB_SUB, inject: [AppConfig], useFactory: createPubSub }, ActivityResolver],
  exports: [PUB_SUB],
})
export class ActivityModule implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubSub: { close?(): Promise<unknown> }) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub.close?.();
  }
}
