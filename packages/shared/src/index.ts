export * from './roles';
export * from './limits';
