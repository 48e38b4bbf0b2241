// Public surface of the analysis core: pure TypeScript, no editor dependencies.
export * from './types';
export { analyze } from './analyze';
