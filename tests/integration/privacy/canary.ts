import { canaryFinder, scanFolders, type CanaryHit } from '../../helpers/canary-scan.ts';

export { filesUnder as listFiles, type CanaryHit } from '../../helpers/canary-scan.ts';

/** The canary patient's name and a token found only in the canary's documents. */
export const CANARY_NAME = 'Zyxwvut Canarypatient';
export const CANARY_TOKEN = 'Vorpalquince';

/** What is searched for: each part alone, so "Canarypatient, Zyxwvut" or "ZYXWVUT" is found too. */
export const CANARY_PARTS = ['Zyxwvut', 'Canarypatient', CANARY_TOKEN];

/** Every canary part in `bytes`, case-insensitively, as UTF-8, UTF-16LE or UTF-16BE. */
export const findCanaries = canaryFinder(CANARY_PARTS);

/** Canaries in the names and contents of every file under `root`. */
export const scanTree = (root: string): CanaryHit[] => scanFolders([root], findCanaries);
