import { describe, expect, it } from 'vitest';
import { attachmentDocument, attachmentTitle } from '../../../main/core/portal/attachment.ts';

// Regression for the hostile-file suite: attachment titles from an export become document names.
describe('attachment titles from an export', () => {
  it('turns control characters and bidirectional overrides into spaces', () => {
    expect(attachmentTitle('line one\nline two\r\u0007\u202Etxt.exe')).toBe('line one line two txt.exe');
    expect(attachmentTitle('\u2066Lab\u2069 results\t01/02/2024')).toBe('Lab results 01/02/2024');
  });

  it('cuts very long titles on a whole character', () => {
    const title = attachmentTitle('Scan 😀 '.repeat(10_000));
    expect(Array.from(title)).toHaveLength(200);
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('keeps the cleaned title on the document it names', () => {
    const doc = attachmentDocument({
      title: '../../etc/\u202Epasswd\n',
      category: 'other',
      mime: 'text/plain',
      text: 'Note text',
    });
    expect(doc?.title).toBe('../../etc/ passwd');
  });
});
