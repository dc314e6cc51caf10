import type { ExportedPacket } from './exported-files.ts';

const SUBJECT = 'Medical records for a second-opinion appointment';

/**
 * A mailto: link for a draft to the doctor's office about an exported packet. It names no one and
 * holds no path: the packet's file name and the folders above it usually carry the patient's or the
 * computer user's name, and a draft can be sent by mistake before it is read. A mailto: link cannot
 * attach a file, so the draft starts with a note to attach it from the folder CareBinder shows.
 */
export function mailDraftLink(packet: Pick<ExportedPacket, 'format' | 'encrypted' | 'parts'>): string {
  const what = packet.format === 'zip' ? 'ZIP file' : 'PDF file';
  const attach =
    packet.parts > 1
      ? `[Before sending: attach one part of the packet (${packet.parts} ZIP files, in the folder CareBinder ` +
        'has opened) and send each part in its own email. Then delete this note.]'
      : `[Before sending: attach the packet (the ${what} in the folder CareBinder has opened). Then delete this note.]`;
  const lines = [
    attach,
    '',
    'Hello,',
    '',
    'Attached are the medical records for the second-opinion appointment: a summary followed by copies of the reports.',
    ...(packet.encrypted
      ? [
          '',
          'The file is locked with a password. I will give you the password separately, by phone or text message.',
        ]
      : []),
    '',
    'Please let me know that they arrived and can be opened.',
    '',
    'Kind regards,',
  ];
  // encodeURIComponent, not URLSearchParams: mail apps read %20 for spaces, not "+" (RFC 6068).
  return `mailto:?subject=${encodeURIComponent(SUBJECT)}&body=${encodeURIComponent(lines.join('\r\n'))}`;
}
