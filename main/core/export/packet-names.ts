import { CATEGORY_IDS, CATEGORY_LABELS, type CategoryId } from '../../../shared/categories.ts';

/**
 * A name safe on every file system a USB stick or mail client meets (FAT32, NTFS, ext4, APFS): letters,
 * digits, space, dot, dash, underscore and parentheses only, no leading dot, no trailing dot or space,
 * and short enough that folder + file stay well under Windows' 260-character path limit.
 */
export function safeName(text: string, maxLength = 80): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^A-Za-z0-9 ._()-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, maxLength)
    .replace(/[. ]+$/, '');
  return cleaned || 'untitled';
}

/** "CareBinder packet - Ada Example - 2026-03-01": the folder and ZIP name the person sees. */
export function packetName(personName: string, when: Date): string {
  return safeName(`CareBinder packet - ${personName} - ${when.toISOString().slice(0, 10)}`, 120);
}

/** "01 Pathology reports": sortable in checklist order. */
export function categoryFolderName(category: CategoryId): string {
  const number = String(CATEGORY_IDS.indexOf(category) + 1).padStart(2, '0');
  return `${number} ${safeName(CATEGORY_LABELS[category])}`;
}

/** "2026-02-03 pathology Surgical pathology report.pdf": date, category, short title. */
export function documentFileName(
  docDate: string | null,
  category: CategoryId,
  title: string,
  extension: string,
): string {
  const date = docDate ? docDate.slice(0, 10) : 'undated';
  return `${date} ${category} ${safeName(title.replace(/\.[A-Za-z0-9]{1,5}$/, ''), 60)}.${extension}`;
}

/** Makes `name` unique among `taken` by adding " (2)", " (3)"… before the extension. */
export function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
