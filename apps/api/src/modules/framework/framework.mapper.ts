import type { Framework, FrameworkPractice, FrameworkVersionSummary } from './dto/framework.types';
import type { FrameworkEntity } from './framework.entity';
import type { FrameworkVersionEntity, StoredDomain } from './framework-version.entity';

/** A stored practice with its levels spelled out (number, name, descriptor). */
export function toPractice(
  domain: string,
  levelNames: readonly string[],
  p: StoredDomain['practices'][number],
): FrameworkPractice {
  return {
    key: p.key,
    title: p.title,
    domain,
    levels: p.descriptors.map((descriptor, i) => ({
      level: i + 1,
      name: levelNames[i] ?? `Level ${i + 1}`,
      descriptor,
    })),
  };
}

export function toFramework(
  framework: FrameworkEntity,
  version: FrameworkVersionEntity,
  versions: FrameworkVersionSummary[],
  canEdit: boolean,
): Framework {
  const domains = version.domains.map((d) => ({
    title: d.title,
    practices: d.practices.map((p) => toPractice(d.title, version.levelNames, p)),
  }));
  return {
    id: framework.id,
    versionId: version.id,
    version: version.number,
    latestVersion: framework.currentVersion,
    title: version.title,
    description: version.description,
    levelNames: version.levelNames,
    domains,
    practiceCount: domains.reduce((n, d) => n + d.practices.length, 0),
    createdAt: framework.createdAt,
    versionCreatedAt: version.createdAt,
    versions,
    viewerCan: { edit: canEdit && version.number === framework.currentVersion },
  };
}
