/** "1 document", "3 documents". */
export function describeDocuments(count: number): string {
  return count === 1 ? '1 document' : `${count} documents`;
}

/** "1 page", "12 pages". */
export function describePages(count: number): string {
  return count === 1 ? '1 page' : `${count} pages`;
}

/** "1 medicine", "4 medicines". */
export function describeMedicines(count: number): string {
  return count === 1 ? '1 medicine' : `${count} medicines`;
}

/**
 * A size in megabytes, the unit email limits are given in (binary, as the core's limit is): "0.4 MB",
 * "12 MB". Very small sizes read "less than 0.1 MB" rather than "0 MB".
 */
export function describeMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 0.1) return 'less than 0.1 MB';
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
