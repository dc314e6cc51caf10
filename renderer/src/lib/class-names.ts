/** Joins the truthy class names: `cx('btn', busy && 'is-busy')`. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
