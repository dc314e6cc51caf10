import type { ExportVerification } from '../../../../shared/schemas/export.schema.ts';
import { Notice } from '../../ui/Notice.tsx';

/** The read-back check in words: all good, or which files are missing or damaged and what to do. */
export function VerificationNotice({ verification }: { verification: ExportVerification }) {
  if (verification.ok)
    return (
      <Notice tone="success" title="All files checked — they match.">
        <p>
          {verification.checked === 1
            ? 'The file was read back and is complete.'
            : `All ${verification.checked} files were read back and are complete.`}
        </p>
      </Notice>
    );
  return (
    <Notice tone="error" title="Some files did not match when they were read back.">
      <p>Make the packet again, in another place or on another USB stick.</p>
      <PathList label="Missing:" paths={verification.missing} />
      <PathList label="Damaged or changed:" paths={verification.corrupted} />
    </Notice>
  );
}

function PathList({ label, paths }: { label: string; paths: string[] }) {
  if (paths.length === 0) return null;
  return (
    <>
      <p>{label}</p>
      <ul className="export-file-list">
        {paths.map((file) => (
          <li key={file}>
            <code className="path">{file}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
