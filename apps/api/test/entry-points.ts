import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { STANCE_KEY, type Stance } from '../src/common/auth/access.decorators';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export interface EntryPoint {
  name: string;
  stance: Stance | undefined;
}

/** Every root operation and REST route the running app registers, with the stance it declares. */
export function entryPoints(app: INestApplication): { operations: EntryPoint[]; routes: EntryPoint[] } {
  const operations: EntryPoint[] = [];
  const routes: EntryPoint[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    const classes = [...module.providers.values(), ...module.controllers.values()]
      .map((wrapper) => wrapper.metatype)
      .filter((type): type is new (...args: never[]) => object => typeof type === 'function' && !!type.prototype);
    for (const type of classes) {
      const isController = module.controllers.has(type);
      for (const key of Object.getOwnPropertyNames(type.prototype)) {
        if (key === 'constructor') continue;
        const handler = Object.getOwnPropertyDescriptor(type.prototype, key)?.value as unknown;
        if (typeof handler !== 'function') continue;
        const stance =
          (Reflect.getMetadata(STANCE_KEY, handler) as Stance | undefined) ??
          (Reflect.getMetadata(STANCE_KEY, type) as Stance | undefined);
        const rootType = Reflect.getMetadata(RESOLVER_TYPE, handler) as string | undefined;
        if (rootType && ROOT_TYPES.has(rootType)) {
          const name = (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? key;
          operations.push({ name: `${rootType}.${name}`, stance });
        }
        if (isController && Reflect.getMetadata('method', handler) !== undefined) {
          routes.push({ name: `${type.name}.${key}`, stance });
        }
      }
    }
  }
  return { operations, routes };
}
