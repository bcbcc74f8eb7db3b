import type { DataSource } from 'typeorm';
import { createCohortLoaders } from '../../modules/cohort/cohort.loader';
import { createContributionLoaders } from '../../modules/contribution/contribution.loader';
import { createFeedbackLoaders } from '../../modules/feedback/feedback.loader';
import { createHuddleLoaders } from '../../modules/huddle/huddle.loader';
import { createOrganizationLoaders } from '../../modules/organization/organization.loader';

/** Every per-request DataLoader, built fresh for each request (or WebSocket operation). */
export function createLoaders(dataSource: DataSource, viewerUserId: string | null) {
  return {
    ...createOrganizationLoaders(dataSource, viewerUserId),
    ...createCohortLoaders(dataSource, viewerUserId),
    ...createContributionLoaders(dataSource, viewerUserId),
    ...createFeedbackLoaders(dataSource),
    ...createHuddleLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
