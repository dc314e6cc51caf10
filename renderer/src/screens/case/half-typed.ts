/**
 * The first date or time field of a form that holds a half-typed value (the browser then reports an empty
 * value, which would silently clear what was there), with its label text.
 */
function halfTypedField(form: HTMLFormElement | null): { input: HTMLInputElement; label: string } | null {
  const inputs = form?.querySelectorAll<HTMLInputElement>('input[type="date"], input[type="time"]') ?? [];
  for (const input of inputs) {
    if (!input.validity.badInput) continue;
    const label = input.labels?.[0]?.textContent?.replace(' (optional)', '').trim() ?? 'The date';
    return { input, label };
  }
  return null;
}

/**
 * When a date or time in the form is half typed, puts the cursor on it and returns the message that says
 * so; null when every date is whole (or empty).
 */
export function halfTypedProblem(form: HTMLFormElement | null): string | null {
  const half = halfTypedField(form);
  if (!half) return null;
  half.input.focus();
  return `“${half.label}” is not complete. Check the day, month and year, or clear it.`;
}
