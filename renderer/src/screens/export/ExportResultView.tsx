import type { ExportResult, ExportStartInput } from '../../../../shared/schemas/export.schema.ts';
import { formatBytes } from '../../lib/format-bytes.ts';
import { useFocusOnMount } from '../../lib/use-focus-on-mount.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { FolderCheck } from './FolderCheck.tsx';
import { PacketHandoff } from './PacketHandoff.tsx';
import { describeDocuments, describePages } from './packet-words.ts';
import { VerificationNotice } from './VerificationNotice.tsx';

export interface ExportResultViewProps {
  input: ExportStartInput;
  result: ExportResult;
  onAgain: () => void;
  onBinder: () => void;
}

/**
 * What was written where, the read-back check, for a ZIP the password and email advice, and the buttons
 * that show the packet in its folder or start an email about it.
 */
export function ExportResultView({ input, result, onAgain, onBinder }: ExportResultViewProps) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const parts = result.files;
  return (
    <section className="card export-result" aria-labelledby="result-title">
      <h2 id="result-title" ref={headingRef} tabIndex={-1}>
        The packet is ready
      </h2>
      <p>
        {describeDocuments(result.documents)}, {describePages(result.pages)}
        {/* The FHIR bundle has no summary pages; every other format starts with the summary. */}
        {result.format === 'fhir' ? '.' : ' with the summary.'}
        {input.redact && ` ${describeRedactions(result.redactions)}`}
      </p>

      {result.format === 'folder' ? (
        <p>
          Saved in this folder. Open <code className="path">00-Summary.pdf</code> or{' '}
          <code className="path">index.html</code> first:
          <code className="path path--block" data-testid="result-path">
            {input.out}
          </code>
        </p>
      ) : parts.length === 1 ? (
        <p>
          Saved as ({formatBytes(parts[0]!.bytes)}):
          <code className="path path--block" data-testid="result-path">
            {parts[0]!.path}
          </code>
        </p>
      ) : (
        <>
          <p>Saved in {parts.length} parts. Send each part in its own email; each one opens on its own.</p>
          <ul className="export-file-list">
            {parts.map((part) => (
              <li key={part.path}>
                <code className="path">{part.path}</code> ({formatBytes(part.bytes)})
              </li>
            ))}
          </ul>
        </>
      )}

      <VerificationNotice verification={result.verification} />

      {input.zipPassword && (
        <Notice tone="warning" title="Remember the password" live={false}>
          <p>
            The ZIP opens only with this password:{' '}
            <code className="path export-password" data-testid="result-password">
              {input.zipPassword}
            </code>
          </p>
          <p>
            Write it down now: CareBinder does not keep it. Give it to the doctor’s office another way — by
            phone or text message, never in the same email as the ZIP.
          </p>
        </Notice>
      )}

      {result.overEmailLimit && (
        <Notice tone="warning" title="Too big for most email" live={false}>
          <p>
            Make it again with “Split it into parts small enough for email”, or leave out the largest items:
          </p>
          <ul className="export-file-list">
            {result.largeItems.map((item) => (
              <li key={item.name}>
                {item.name} ({formatBytes(item.bytes)})
              </li>
            ))}
          </ul>
        </Notice>
      )}

      <PacketHandoff
        format={result.format}
        path={result.format === 'folder' ? input.out : parts[0]!.path}
        locked={!!input.zipPassword}
      />

      {result.format === 'folder' && <FolderCheck folder={input.out} />}

      <div className="actions-row">
        <Button variant="primary" onClick={onAgain}>
          Make another packet
        </Button>
        <Button onClick={onBinder}>Back to the binder</Button>
      </div>
    </section>
  );
}

function describeRedactions(count: number): string {
  if (count === 0) return 'No Social Security or member numbers were found to hide.';
  return count === 1 ? '1 number was hidden.' : `${count} numbers were hidden.`;
}
