/**
 * The first date or time field of a form that holds a half-typed value (the browser then reports an empty
 * value, which would silently clear what was there), with its label text.
 */
export function halfTypedField(
  form: HTMLFormElement | null,
): { input: HTMLInputElement; label: string } | null {
  const inputs = form?.querySelectorAll<HTMLInputElement>('input[type="date"], input[type="time"]') ?? [];
  for (const input of inputs) {
    if (!input.validity.badInput) continue;
    const label = input.labels?.[0]?.textContent?.replace(' (optional)', '').trim() ?? 'The date';
    return { input, label };
  }
  return null;
}
