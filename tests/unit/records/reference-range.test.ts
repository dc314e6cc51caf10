import { describe, expect, it } from 'vitest';
import { parseReferenceRange } from '../../../main/core/records/lab-results.service.ts';

describe('reference ranges as labs print them', () => {
  it('reads between, below and above forms', () => {
    expect(parseReferenceRange('3.5-5.0')).toEqual({ low: 3.5, high: 5 });
    expect(parseReferenceRange('3.5 - 5.0 mmol/L')).toEqual({ low: 3.5, high: 5 });
    expect(parseReferenceRange('150 to 400')).toEqual({ low: 150, high: 400 });
    expect(parseReferenceRange('<5')).toEqual({ low: null, high: 5 });
    expect(parseReferenceRange('> 60')).toEqual({ low: 60, high: null });
    expect(parseReferenceRange('negative')).toEqual({ low: null, high: null });
    expect(parseReferenceRange(null)).toEqual({ low: null, high: null });
  });
});
