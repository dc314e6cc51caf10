import type { CategoryId } from '../../../../shared/categories.ts';
import type {
  ExportFormat,
  ExportPreview,
  ExportSelection,
  ExportStartInput,
} from '../../../../shared/schemas/export.schema.ts';
import { isFullPath, joinPath } from './save-location.ts';

/** What goes into the packet, as the person chose it on the screen. */
export interface ContentsChoice {
  /** Categories left out (empty: everything, the default). */
  leftOutCategories: CategoryId[];
  /** Single documents left out of the ticked categories. */
  leftOutDocuments: string[];
  from: string;
  to: string;
}

/** How the packet is made and where it goes. */
export interface HowChoice {
  format: ExportFormat;
  usePassword: boolean;
  password: string;
  split: boolean;
  redact: boolean;
  preparedBy: string;
  folder: string;
  name: string;
  overwrite: boolean;
}

export const EMPTY_CONTENTS: ContentsChoice = {
  leftOutCategories: [],
  leftOutDocuments: [],
  from: '',
  to: '',
};

export const MIN_PASSWORD = 8;

/**
 * The selection for the date range only: every category, every document. Its preview lists what can
 * be chosen; the packet's own selection is narrowed from it.
 */
export function rangeSelection(personId: string, contents: ContentsChoice): ExportSelection {
  return {
    personId,
    ...(contents.from ? { from: contents.from } : {}),
    ...(contents.to ? { to: contents.to } : {}),
  };
}

/**
 * The packet's selection, or null when nothing is left to export. Categories and documents are sent
 * only when some were left out, so "everything" stays everything.
 */
export function packetSelection(
  personId: string,
  contents: ContentsChoice,
  available: ExportPreview,
): ExportSelection | null {
  const base = rangeSelection(personId, contents);
  const ticked = available.byCategory
    .map((c) => c.category)
    .filter((c) => !contents.leftOutCategories.includes(c));
  if (ticked.length === 0) return null;
  const inTicked = available.documents.filter((d) => ticked.includes(d.category));
  const kept = inTicked.filter((d) => !contents.leftOutDocuments.includes(d.id));
  if (kept.length === 0) return null;
  return {
    ...base,
    ...(contents.leftOutCategories.length > 0 ? { categories: ticked } : {}),
    ...(kept.length < inTicked.length ? { documentIds: kept.map((d) => d.id) } : {}),
  };
}

/** Problems with the "how" and "where" choices, by field; empty when the export can start. */
export function checkHow(how: HowChoice): Partial<Record<'password' | 'folder' | 'name', string>> {
  const errors: Partial<Record<'password' | 'folder' | 'name', string>> = {};
  if (how.format === 'zip' && how.usePassword && how.password.length < MIN_PASSWORD)
    errors.password = `Use a password of at least ${MIN_PASSWORD} characters, or press “Make a strong password for me”.`;
  if (!how.folder.trim()) errors.folder = 'Type the folder to save the packet in.';
  else if (!isFullPath(how.folder))
    errors.folder =
      'Type the whole folder path, starting with / (or a drive letter such as C:\\ on Windows).';
  if (!how.name.trim()) errors.name = 'Give the packet a name.';
  else if (/[\\/]/.test(how.name)) errors.name = 'A name cannot contain / or \\.';
  return errors;
}

/** The full path the packet will be written to. */
export function outPath(how: HowChoice): string {
  return joinPath(how.folder, how.name.trim());
}

/** The `export:start` input for a checked choice. */
export function startInput(selection: ExportSelection, how: HowChoice): ExportStartInput {
  const zip = how.format === 'zip';
  const preparedBy = how.preparedBy.trim();
  return {
    ...selection,
    format: how.format,
    out: outPath(how),
    ...(zip && how.usePassword ? { zipPassword: how.password } : {}),
    ...(zip && how.split ? { split: true } : {}),
    ...(how.redact ? { redact: true } : {}),
    ...(preparedBy ? { preparedBy } : {}),
    ...(how.format !== 'folder' && how.overwrite ? { overwrite: true } : {}),
  };
}
