import { memo } from 'react';
import type { MarkdownPiece } from '../../core/preview/split-markdown';
import type { RendererModule } from './load-modules';

/** The rendered document, piece by piece; `anchors` marks the pieces that open a form section. */
export function RenderedView({
  pieces,
  anchors,
  renderer,
}: {
  pieces: readonly MarkdownPiece[];
  anchors: readonly (string | undefined)[];
  renderer: RendererModule;
}) {
  return (
    <renderer.RemoteImageGate>
      <div className="preview-document">
        {pieces.map((piece, index) => (
          // Pieces have no identity beyond their place; unchanged ones come back from the renderer's cache.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <RenderedPiece key={index} piece={piece} anchor={anchors[index]} renderer={renderer} />
        ))}
      </div>
    </renderer.RemoteImageGate>
  );
}

const RenderedPiece = memo(
  function RenderedPiece({
    piece,
    anchor,
    renderer,
  }: {
    piece: MarkdownPiece;
    anchor: string | undefined;
    renderer: RendererModule;
  }) {
    const marker = anchor ? <span className="preview-anchor" data-section-id={anchor} /> : null;
    switch (piece.type) {
      case 'frontMatter':
        return (
          <figure className="preview-front-matter">
            <figcaption>Front matter</figcaption>
            <pre>
              <code>{piece.yaml}</code>
            </pre>
          </figure>
        );
      case 'blocks':
        return (
          <>
            {marker}
            {renderer.renderBlocks(piece.markdown)}
          </>
        );
      case 'table':
        return (
          <table>
            {renderer.renderTableHead(piece.head)}
            <tbody>
              {piece.rows.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional, their output is cached by text.
                <TableRow key={index} head={piece.head} row={row} renderer={renderer} />
              ))}
            </tbody>
          </table>
        );
      case 'list': {
        const shell = renderer.listShell(piece.items[0] ?? '');
        const Tag = shell.tagName;
        return (
          <Tag className={shell.className} start={shell.start}>
            {piece.items.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: items are positional, their output is cached by text.
              <ListItem key={index} item={item} renderer={renderer} />
            ))}
          </Tag>
        );
      }
    }
  },
  (a, b) => a.piece.markdown === b.piece.markdown && a.anchor === b.anchor && a.renderer === b.renderer,
);

const TableRow = memo(function TableRow({
  head,
  row,
  renderer,
}: {
  head: string;
  row: string;
  renderer: RendererModule;
}) {
  return <>{renderer.renderTableRow(head, row)}</>;
});

const ListItem = memo(function ListItem({ item, renderer }: { item: string; renderer: RendererModule }) {
  return <>{renderer.renderListItem(item)}</>;
});

/** The Markdown as text, in pieces so that section headings can be scrolled to; its text is the whole file. */
export function SourceView({
  pieces,
  anchors,
}: {
  pieces: readonly MarkdownPiece[];
  anchors: readonly (string | undefined)[];
}) {
  return (
    <pre className="preview-source">
      <code>
        {pieces.map((piece, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional.
          <SourcePiece key={index} text={piece.markdown} anchor={anchors[index]} />
        ))}
      </code>
    </pre>
  );
}

const SourcePiece = memo(function SourcePiece({
  text,
  anchor,
}: {
  text: string;
  anchor: string | undefined;
}) {
  return <span data-section-id={anchor}>{text}</span>;
});
