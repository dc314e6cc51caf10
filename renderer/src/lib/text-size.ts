import type { TextSize } from '../../../shared/schemas/settings.schema.ts';

/**
 * Shows all text at `size` percent: the root font size carries the factor (base.css), so every size,
 * space and breakpoint written in rem grows with it.
 */
export function applyTextSize(size: TextSize): void {
  document.documentElement.style.setProperty('--text-scale', String(size / 100));
}
