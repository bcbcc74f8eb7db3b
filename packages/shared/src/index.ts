export * from './roles';
export * from './limits';
export * from './learning';
export * from './huddle';
export * from './routes';
export * from './visibility-words';
