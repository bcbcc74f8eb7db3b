import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Every per-request DataLoader. Each feature adds its own loaders to this interface by
 * declaration merging in its `<feature>.loader.ts` and registers their factory from its module,
 * so `common/` knows no feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

export type LoaderFactory = (dataSource: DataSource, viewerUserId: string | null) => object;

/** Builds a fresh set of loaders for one request, WebSocket event, job or CLI call. */
@Injectable()
export class LoaderRegistry {
  private readonly factories: LoaderFactory[] = [];

  constructor(private readonly dataSource: DataSource) {}

  register(factory: LoaderFactory): void {
    this.factories.push(factory);
  }

  create(viewerUserId: string | null): Loaders {
    const loaders = {};
    for (const factory of this.factories) Object.assign(loaders, factory(this.dataSource, viewerUserId));
    return loaders as Loaders;
  }
}
