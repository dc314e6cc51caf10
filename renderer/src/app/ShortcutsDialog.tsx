import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';

const SHORTCUTS: ReadonlyArray<{ keys: string[]; action: string }> = [
  { keys: ['i'], action: 'Import documents into the open binder' },
  { keys: ['/', 'Ctrl + K'], action: 'Go to the search box' },
  { keys: ['j'], action: 'Next document in a list' },
  { keys: ['k'], action: 'Previous document in a list' },
  {
    keys: ['↑', '↓', 'Home', 'End'],
    action: 'In the binder’s document list: the previous, next, first or last document',
  },
  { keys: ['c'], action: 'File a document to review under its suggested category' },
  { keys: ['?'], action: 'Show this list' },
  { keys: ['Esc'], action: 'Close a window like this one' },
];

/** The keyboard shortcuts, in a table a screen reader can read row by row. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      onClose={onClose}
      footer={
        <Button variant="primary" onClick={onClose}>
          Close
        </Button>
      }
    >
      <p>These keys work when you are not typing in a box.</p>
      <table className="table shortcuts">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>
                {shortcut.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' or '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
