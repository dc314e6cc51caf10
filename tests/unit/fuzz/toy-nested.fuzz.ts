export { nestedBug as target } from './toy-targets.ts';
