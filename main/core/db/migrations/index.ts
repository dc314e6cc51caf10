import type { Migration } from '../migrate.ts';
import { m001Initial } from './001-initial.ts';

/** Every migration ever shipped, in order. Never edit one that has shipped: add the next number. */
export const MIGRATIONS: readonly Migration[] = [m001Initial];
