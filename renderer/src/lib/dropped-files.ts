/** Reads every file of a dropped folder, recursively (hidden files left out, as a folder import does). */
async function filesOfEntry(entry: FileSystemEntry): Promise<File[]> {
  if (entry.name.startsWith('.')) return [];
  if (entry.isFile) {
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (f) => resolve([f]),
        () => resolve([]),
      ),
    );
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries answers in batches; an empty batch means the folder has been read to the end.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (batch.length === 0) break;
    children.push(...batch);
  }
  children.sort((a, b) => a.name.localeCompare(b.name));
  const nested = await Promise.all(children.map(filesOfEntry));
  return nested.flat();
}

/** The files of a drop: plain files as they are, folders opened up. */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return [...data.files];
  const nested = await Promise.all(entries.map(filesOfEntry));
  return nested.flat();
}

/** True when something being dragged over the window holds files (not text or a link). */
export function isFileDrag(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Files chosen in a file or folder picker, without hidden files (a folder's ".DS_Store" and the like),
 * in name order like a dropped folder: the browser hands a picked folder over in whatever order the
 * disk keeps it, which makes the import list look shuffled.
 */
export function visibleFiles(list: FileList | null): File[] {
  const pathOf = (file: File) => file.webkitRelativePath || file.name;
  return [...(list ?? [])]
    .filter((file) => !file.name.startsWith('.'))
    .sort((a, b) => pathOf(a).localeCompare(pathOf(b), undefined, { numeric: true }));
}
