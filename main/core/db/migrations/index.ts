import type { Migration } from '../migrate.ts';
import { m001Initial } from './001-initial.ts';
import { m002PagesSearchJobs } from './002-pages-search-jobs.ts';
import { m003Classification } from './003-classification.ts';
import { m004ClinicalRecords } from './004-clinical-records.ts';
import { m005Cases } from './005-cases.ts';
import { m006CaseRecordings } from './006-case-recordings.ts';

/** Every migration ever shipped, in order. Never edit one that has shipped: add the next number. */
export const MIGRATIONS: readonly Migration[] = [
  m001Initial,
  m002PagesSearchJobs,
  m003Classification,
  m004ClinicalRecords,
  m005Cases,
  m006CaseRecordings,
];
