export { hangs as target } from './toy-targets.ts';
