import { useMemo } from 'react';
import './changes.css';
import { describeChanges } from '../../core';

/**
 * What the download changes in the file the document was opened from, as removed and added lines with a little
 * context. Each line says its kind in words (and a sign), never by colour alone.
 */
export function ChangesView({ before, after }: { before: string; after: string }) {
  const hunks = useMemo(() => describeChanges(before, after), [before, after]);
  if (hunks.length === 0) {
    return (
      <p className="changes-none" role="status">
        No changes: the download is the opened file, byte for byte.
      </p>
    );
  }
  const removed = hunks.flatMap((h) => h.lines).filter((l) => l.kind === 'removed').length;
  const added = hunks.flatMap((h) => h.lines).filter((l) => l.kind === 'added').length;
  return (
    <div className="changes">
      <p className="changes-summary" role="status">
        {removed} {removed === 1 ? 'line' : 'lines'} removed, {added} {added === 1 ? 'line' : 'lines'} added,
        compared with the opened file.
      </p>
      {hunks.map((hunk) => {
        const first = hunk.lines[0]!.line;
        return (
          <table key={`${first}-${hunk.lines.length}`} className="changes-hunk">
            <caption className="visually-hidden">Changes near line {first}</caption>
            <colgroup>
              <col className="change-line-column" />
              <col className="change-sign-column" />
              <col />
            </colgroup>
            <tbody>
              {hunk.lines.map((line, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of a hunk are positional.
                <tr key={index} className={`change change-${line.kind}`}>
                  <th scope="row" className="change-line">
                    {line.line}
                  </th>
                  <td className="change-sign">
                    <span aria-hidden="true">
                      {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '}
                    </span>
                    <span className="visually-hidden">
                      {line.kind === 'added' ? 'Added' : line.kind === 'removed' ? 'Removed' : 'Unchanged'}
                    </span>
                  </td>
                  <td className="change-text">
                    <code>{line.text === '' ? ' ' : line.text}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
