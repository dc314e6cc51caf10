/**
 * Runs `task` for indices 0..count-1 with at most `width` running at once and returns the results in
 * index order. Keeps every OCR engine busy without decoding the whole document into memory first.
 */
export async function mapWindowed<T>(
  count: number,
  width: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, count)) }, lane));
  return results;
}
