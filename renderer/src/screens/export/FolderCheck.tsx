import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { ExportVerification } from '../../../../shared/schemas/export.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { Button } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { PathField } from '../../ui/PathField.tsx';
import { VerificationNotice } from './VerificationNotice.tsx';

/**
 * Reads a packet folder back against its manifest again: after copying it to a USB stick, the person
 * can point this at the copy to know it arrived whole.
 */
export function FolderCheck({ folder }: { folder: string }) {
  const api = useApi();
  const [path, setPath] = useState(folder);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<
    { ok: true; value: ExportVerification } | { ok: false; message: string } | null
  >(null);

  async function check() {
    setBusy(true);
    setOutcome(null);
    const result = await api.call(CALLS.exportVerifyFolder, { path: path.trim() || folder });
    setBusy(false);
    setOutcome(result.ok ? { ok: true, value: result.value } : { ok: false, message: result.error.message });
  }

  return (
    <div className="export-check">
      <h3>Check the folder again</h3>
      <p>After copying the folder to a USB stick, type where the copy is and check it.</p>
      <PathField
        className="export-path"
        label="Packet folder to check"
        value={path}
        onChange={(event) => setPath(event.target.value)}
      />
      <Button busy={busy} busyLabel="Checking…" onClick={() => void check()}>
        Check the folder again
      </Button>
      {outcome?.ok === true && <VerificationNotice verification={outcome.value} />}
      {outcome?.ok === false && (
        <Notice tone="error" title="The folder could not be checked.">
          <p>{outcome.message}</p>
        </Notice>
      )}
    </div>
  );
}
