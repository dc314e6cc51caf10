import { useNavigation } from '../../app/navigation.ts';
import { cx } from '../../lib/class-names.ts';
import { AlertIcon, CheckIcon, CircleIcon } from '../../ui/icons.tsx';
import { describeRow, type FileRow, type ImportRun } from './import-run.ts';

function RowIcon({ row }: { row: FileRow }) {
  const kind = row.result?.kind;
  if (kind === 'imported' || kind === 'duplicate') return <CheckIcon className="import-file__icon" />;
  if (kind) return <AlertIcon className="import-file__icon" />;
  return <CircleIcon className="import-file__icon" />;
}

/** Each file of a batch with where it is, or how it ended and what can be done next. */
export function ImportFileList({ run, personId }: { run: ImportRun; personId: string }) {
  const { navigate } = useNavigation();
  const open = (documentId: string) => navigate({ screen: 'document', personId, documentId, pageNo: 1 });
  return (
    <ul className="import-files" aria-label="Files">
      {run.rows.map((row) => {
        const result = row.result;
        return (
          <li key={row.key} className={cx('import-file', result && `import-file--${result.kind}`)}>
            <RowIcon row={row} />
            <div className="import-file__body">
              <p className="import-file__name">{row.name}</p>
              <p className="import-file__state">{describeRow(row)}</p>
            </div>
            {result && 'documentId' in result && (
              <button
                type="button"
                className="link-button"
                data-nav-item
                onClick={() => open(result.documentId)}
              >
                {result.kind === 'needs_review'
                  ? 'Take a look'
                  : result.kind === 'duplicate'
                    ? 'Open the copy in the binder'
                    : 'Open'}
                <span className="visually-hidden"> {row.name}</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
