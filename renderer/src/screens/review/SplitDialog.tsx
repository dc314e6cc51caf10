import { useState } from 'react';
import { CALLS } from '../../../../shared/api/contract.ts';
import type { DocumentSummary } from '../../../../shared/schemas/documents.schema.ts';
import { useApi } from '../../api/api-provider.ts';
import { ActionDialog } from '../../ui/ActionDialog.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';

interface Part {
  from: string;
  to: string;
}

export interface SplitDialogProps {
  doc: Pick<DocumentSummary, 'id' | 'title' | 'pageCount'>;
  onClose: () => void;
  onSplit: (newIds: string[]) => void;
}

/** Why a set of parts cannot be used, in words; null when they are fine. */
function checkParts(parts: Part[], pageCount: number): string | null {
  for (const [i, part] of parts.entries()) {
    const from = Number(part.from);
    const to = Number(part.to);
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to > pageCount)
      return `Part ${i + 1}: use page numbers from 1 to ${pageCount}.`;
    if (from > to) return `Part ${i + 1}: the first page must come before the last page.`;
  }
  return null;
}

/** Split a scanned bundle into separate documents by page ranges (the original goes to the trash). */
export function SplitDialog({ doc, onClose, onSplit }: SplitDialogProps) {
  const api = useApi();
  const half = Math.max(1, Math.floor(doc.pageCount / 2));
  const [parts, setParts] = useState<Part[]>([
    { from: '1', to: String(half) },
    { from: String(Math.min(half + 1, doc.pageCount)), to: String(doc.pageCount) },
  ]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (index: number, patch: Partial<Part>) =>
    setParts((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));

  async function split() {
    const problem = checkParts(parts, doc.pageCount);
    setError(problem);
    if (problem) return;
    setBusy(true);
    const result = await api.call(CALLS.documentsSplit, {
      id: doc.id,
      ranges: parts.map((p) => ({ from: Number(p.from), to: Number(p.to) })),
    });
    setBusy(false);
    if (result.ok) onSplit(result.value.documentIds);
    else setError(result.error.message);
  }

  return (
    <ActionDialog
      title="Split into parts"
      onClose={onClose}
      failure={error}
      action={{
        label: `Split into ${parts.length} documents`,
        busy,
        busyLabel: 'Splitting…',
        onClick: () => void split(),
      }}
    >
      <p>
        “{doc.title}” has {doc.pageCount} pages. Say which pages make up each part. Each part becomes its own
        document; the original goes to the trash.
      </p>
      {parts.map((part, i) => (
        <fieldset key={i} className="range">
          <legend>Part {i + 1}</legend>
          <TextField
            label="First page"
            inputMode="numeric"
            value={part.from}
            onChange={(e) => update(i, { from: e.target.value })}
          />
          <TextField
            label="Last page"
            inputMode="numeric"
            value={part.to}
            onChange={(e) => update(i, { to: e.target.value })}
          />
        </fieldset>
      ))}
      <div className="actions-row">
        {parts.length < doc.pageCount && (
          <Button onClick={() => setParts((list) => [...list, { from: '', to: String(doc.pageCount) }])}>
            Add another part
          </Button>
        )}
        {parts.length > 2 && (
          <Button variant="quiet" onClick={() => setParts((list) => list.slice(0, -1))}>
            Remove the last part
          </Button>
        )}
      </div>
    </ActionDialog>
  );
}
