import { describe, expect, it } from 'vitest';
import { contentKey, recordKey } from '../../../main/core/portal/record-key.ts';

describe('recordKey', () => {
  it('is stable and ignores case and spacing differences', () => {
    const a = recordKey('medication', 'Tamoxifen 20 MG  Oral Tablet', '2023-01-10', '20', 'mg');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(recordKey('medication', ' tamoxifen 20 mg oral tablet', '2023-01-10', '20', 'MG')).toBe(a);
  });

  it('differs when an identifying field or the kind differs', () => {
    const a = recordKey('result', '718-7', '2024-02-01', '10.1', 'g/dL');
    expect(recordKey('result', '718-7', '2024-02-02', '10.1', 'g/dL')).not.toBe(a);
    expect(recordKey('problem', '718-7', '2024-02-01', '10.1', 'g/dL')).not.toBe(a);
    // Fields are separated, so shifting text between fields changes the key.
    expect(recordKey('allergy', 'ab', 'c')).not.toBe(recordKey('allergy', 'a', 'bc'));
    expect(recordKey('allergy', 'x', undefined)).toBe(recordKey('allergy', 'x', ''));
  });

  it('keys documents by content', () => {
    expect(contentKey('same text')).toBe(contentKey(new TextEncoder().encode('same text')));
    expect(contentKey('same text')).not.toBe(contentKey('other text'));
  });
});
