/**
 * Splits items into k folds that keep each group (near-duplicates) together while spreading every
 * category evenly: groups go largest first to the fold that has the fewest items of their main category.
 * Deterministic for the same input.
 */
export function assignGroupFolds(labels: readonly string[], groups: readonly number[], k: number): number[] {
  const members = new Map<number, number[]>();
  groups.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const ordered = [...members.values()].sort(
    (a, b) => b.length - a.length || (a[0] as number) - (b[0] as number),
  );
  const perFold = Array.from({ length: k }, () => new Map<string, number>());
  const sizes = new Array<number>(k).fill(0);
  const fold = new Array<number>(labels.length).fill(0);
  for (const list of ordered) {
    const tally = new Map<string, number>();
    for (const i of list) tally.set(labels[i] as string, (tally.get(labels[i] as string) ?? 0) + 1);
    const main = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
    let best = 0;
    for (let f = 1; f < k; f++) {
      const a = perFold[f]?.get(main) ?? 0;
      const b = perFold[best]?.get(main) ?? 0;
      if (a < b || (a === b && (sizes[f] as number) < (sizes[best] as number))) best = f;
    }
    for (const i of list) {
      fold[i] = best;
      const m = perFold[best] as Map<string, number>;
      m.set(labels[i] as string, (m.get(labels[i] as string) ?? 0) + 1);
    }
    sizes[best] = (sizes[best] as number) + list.length;
  }
  return fold;
}
