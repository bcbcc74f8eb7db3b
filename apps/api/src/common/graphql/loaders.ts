import type { DataSource } from 'typeorm';
import { createOrganizationLoaders } from '../../modules/organization/organization.loader';

/** Every per-request DataLoader, built fresh for each request (or WebSocket operation). */
export function createLoaders(dataSource: DataSource, viewerUserId: string | null) {
  return {
    ...createOrganizationLoaders(dataSource, viewerUserId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
