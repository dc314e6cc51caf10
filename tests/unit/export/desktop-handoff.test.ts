import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { revealCommand } from '../../../main/core/export/desktop-shell.ts';
import { ExportedFiles } from '../../../main/core/export/exported-files.ts';
import { mailDraftLink } from '../../../main/core/export/mail-draft.ts';
import type { ExportResult } from '../../../shared/schemas/export.schema.ts';

const result = (format: ExportResult['format'], files: string[]): ExportResult => ({
  format,
  files: files.map((file) => ({ path: file, bytes: 1 })),
  documents: 1,
  pages: 1,
  verification: { ok: true, checked: files.length, missing: [], corrupted: [] },
  redactions: 0,
  overEmailLimit: false,
  largeItems: [],
});

describe('the file manager command', () => {
  const file = '/home/sam/Packets/packet; rm -rf ~.zip';

  it('selects the file in Finder and Explorer and opens its folder on Linux, each path one argument', () => {
    expect(revealCommand(file, 'darwin')).toEqual({ command: 'open', args: ['-R', file] });
    expect(revealCommand(file, 'win32')).toEqual({ command: 'explorer', args: ['/select,', file] });
    expect(revealCommand(file, 'linux')).toEqual({ command: 'xdg-open', args: ['/home/sam/Packets'] });
  });

  it('hands the containing folder to the stand-in command when one is set', () => {
    expect(revealCommand(file, 'win32', '/tmp/recorder')).toEqual({
      command: '/tmp/recorder',
      args: ['/home/sam/Packets'],
    });
  });
});

describe('the list of exported files', () => {
  it('knows every exported file and the packet folder, and refuses any other path', () => {
    const exported = new ExportedFiles();
    exported.remember(
      { format: 'zip', out: '/p/packet.zip', zipPassword: 'long enough secret' },
      result('zip', ['/p/packet.part1.zip', '/p/packet.part2.zip']),
    );
    exported.remember({ format: 'folder', out: '/p/folder' }, result('folder', ['00-Summary.pdf']));
    expect(exported.get('/p/packet.part2.zip')).toEqual({
      path: '/p/packet.part2.zip',
      format: 'zip',
      encrypted: true,
      parts: 2,
    });
    expect(exported.get('/p/x/../folder').path).toBe(path.resolve('/p/folder'));
    for (const other of ['/p', '/etc/passwd', '/p/folder/00-Summary.pdf', '00-Summary.pdf'])
      expect(() => exported.get(other)).toThrow(expect.objectContaining({ code: 'FILE_REFUSED' }));
    exported.clear();
    expect(() => exported.get('/p/packet.part1.zip')).toThrow(
      expect.objectContaining({ code: 'FILE_REFUSED' }),
    );
  });
});

describe('the email draft link', () => {
  const decode = (link: string) => {
    const url = new URL(link);
    return {
      to: url.pathname,
      subject: url.searchParams.get('subject') ?? '',
      body: decodeURIComponent(/[?&]body=([^&]*)/.exec(link)?.[1] ?? ''),
    };
  };

  it('is addressed to no one, asks to attach the file, and says the password comes separately', () => {
    const draft = decode(mailDraftLink({ format: 'zip', encrypted: true, parts: 1 }));
    expect(draft.to).toBe('');
    expect(draft.subject).toBe('Medical records for a second-opinion appointment');
    expect(draft.body).toMatch(
      /^\[Before sending: attach the packet \(the ZIP file in the folder CareBinder has opened\)/,
    );
    expect(draft.body).toContain('I will give you the password separately, by phone or text message.');
    // Spaces as %20: mail apps do not read "+" as a space in mailto: links.
    expect(mailDraftLink({ format: 'pdf', encrypted: false, parts: 1 })).not.toContain('+');
  });

  it('mentions a password only when there is one, and each part of a split ZIP', () => {
    expect(decode(mailDraftLink({ format: 'pdf', encrypted: false, parts: 1 })).body).not.toContain(
      'password',
    );
    expect(decode(mailDraftLink({ format: 'zip', encrypted: false, parts: 3 })).body).toContain(
      'attach one part of the packet (3 ZIP files',
    );
  });
});
