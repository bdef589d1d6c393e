import { Dialog } from '../../components/ui/dialog';

const shortcuts: readonly { keys: string; what: string }[] = [
  { keys: 'Ctrl+S', what: 'Download the Markdown file' },
  { keys: 'Ctrl+Z', what: 'Undo' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', what: 'Redo' },
  { keys: 'Ctrl+B', what: 'Bold, in a Markdown field' },
  { keys: 'Ctrl+I', what: 'Italic, in a Markdown field' },
  { keys: 'Ctrl+E', what: 'Code, in a Markdown field' },
  { keys: 'Ctrl+K', what: 'Link, in a Markdown field' },
  { keys: 'Tab / Shift+Tab', what: 'Next / previous field' },
  { keys: '?', what: 'This list (outside a text field)' },
  { keys: 'Escape', what: 'Close a dialog or the More menu' },
];

/** The keyboard shortcuts, as a table (Cmd instead of Ctrl on a Mac). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map(({ keys, what }) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="shortcuts-note">On a Mac, use Cmd instead of Ctrl.</p>
    </Dialog>
  );
}
