/**
 * Reading "Label: value" fields the way records print them: on one line with other fields
 * ("Patient: Jane Doe    DOB: 01/02/1960"), or with the value on the next line under a heading.
 */

/** Values of a label, in document order. `label` must not be global; it is matched case-insensitively. */
export function labelledValues(text: string, label: RegExp, options: { nextLine?: boolean } = {}): string[] {
  const re = new RegExp(`(?:^|[^A-Za-z])(?:${label.source})\\s*(?:[:#=]|\\.{2,}|-{1,2}\\s)\\s*`, 'gim');
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', start);
    let value = text.slice(start, lineEnd === -1 ? text.length : lineEnd);
    // Another field on the same line starts after a wide gap, a tab or a table bar.
    value = (value.split(/\s{3,}|\t|\s\|\s/)[0] ?? '').trim();
    if (!value && options.nextLine && lineEnd !== -1) {
      const next =
        text
          .slice(lineEnd + 1)
          .split('\n')
          .find((l) => l.trim().length > 0) ?? '';
      value = next.trim();
    }
    if (value) out.push(value);
  }
  return out;
}

/** Whitespace collapsed and trailing punctuation removed. */
export function tidy(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.]+$/, '')
    .trim();
}
