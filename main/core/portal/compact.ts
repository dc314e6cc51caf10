/** Drops undefined fields so records serialise without empty keys (optional fields stay truly absent). */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
