import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { FrameworkEntity } from './framework.entity';
import { type StoredDomain, FrameworkVersionEntity } from './framework-version.entity';

export interface VersionFields {
  title: string;
  description: string;
  levelNames: string[];
  domains: StoredDomain[];
}

/** The only code of the framework module that reads or writes its tables. */
@Injectable()
export class FrameworkRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** A new framework with its version 1. */
  async create(
    em: EntityManager,
    organizationId: string,
    createdById: string | null,
    fields: VersionFields,
  ): Promise<FrameworkEntity> {
    const framework = await em.save(em.create(FrameworkEntity, { organizationId, createdById, currentVersion: 1 }));
    await em.save(
      em.create(FrameworkVersionEntity, {
        ...fields,
        organizationId,
        frameworkId: framework.id,
        number: 1,
        createdById,
      }),
    );
    return framework;
  }

  /** The framework, locked: two edits at once make two consecutive versions, not one number twice. */
  lock(em: EntityManager, organizationId: string, frameworkId: string): Promise<FrameworkEntity | null> {
    return em
      .getRepository(FrameworkEntity)
      .createQueryBuilder('f')
      .setLock('pessimistic_write')
      .where('f.id = :frameworkId AND f.organization_id = :organizationId', { frameworkId, organizationId })
      .getOne();
  }

  async addVersion(
    em: EntityManager,
    framework: FrameworkEntity,
    createdById: string,
    fields: VersionFields,
  ): Promise<void> {
    const number = framework.currentVersion + 1;
    await em.save(
      em.create(FrameworkVersionEntity, {
        ...fields,
        organizationId: framework.organizationId,
        frameworkId: framework.id,
        number,
        createdById,
      }),
    );
    await em.update(FrameworkEntity, { id: framework.id }, { currentVersion: number });
  }

  find(organizationId: string, frameworkId: string): Promise<FrameworkEntity | null> {
    return this.dataSource.getRepository(FrameworkEntity).findOneBy({ id: frameworkId, organizationId });
  }

  list(organizationId: string): Promise<FrameworkEntity[]> {
    return this.dataSource
      .getRepository(FrameworkEntity)
      .createQueryBuilder('f')
      .where('f.organization_id = :organizationId', { organizationId })
      .orderBy('f.created_at', 'DESC')
      .addOrderBy('f.id')
      .limit(100)
      .getMany();
  }

  /** One version of each framework: the given number, or each framework's current one. */
  versionsOf(frameworks: readonly FrameworkEntity[], number?: number | null): Promise<FrameworkVersionEntity[]> {
    if (!frameworks.length) return Promise.resolve([]);
    const qb = this.dataSource.getRepository(FrameworkVersionEntity).createQueryBuilder('v');
    if (number) qb.where('v.framework_id = :id AND v.number = :number', { id: frameworks[0]!.id, number });
    else
      qb.innerJoin(FrameworkEntity, 'f', 'f.id = v.framework_id AND f.current_version = v.number').where(
        'f.id = ANY(:ids)',
        { ids: frameworks.map((f) => f.id) },
      );
    return qb.getMany();
  }

  /** A version by id (assessments read the version they were made on). */
  versionById(organizationId: string, versionId: string): Promise<FrameworkVersionEntity | null> {
    return this.dataSource.getRepository(FrameworkVersionEntity).findOneBy({ id: versionId, organizationId });
  }

  versionSummaries(
    frameworkId: string,
  ): Promise<Pick<FrameworkVersionEntity, 'id' | 'number' | 'title' | 'createdAt'>[]> {
    return this.dataSource.query(
      `SELECT id, number, title, created_at AS "createdAt" FROM framework_version WHERE framework_id = $1 ORDER BY number DESC`,
      [frameworkId],
    );
  }
}
