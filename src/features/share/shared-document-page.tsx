import { useMemo, useState } from 'react';
import { getTemplate, writeMarkdown } from '../../core';
import { documentStore } from '../../lib/document-store';
import { draftTitle } from '../../lib/storage/draft-record';
import { editorHref } from './editor-href';
import './share.css';
import { decodeShareData } from './share-codec';

/** A document opened from a share link: read-only, with "Edit a copy". A damaged link gets a message. */
export function SharedDocumentPage({ data }: { data: string }) {
  const decoded = useMemo(() => decodeShareData(data), [data]);
  const [busy, setBusy] = useState(false);

  if (!decoded.ok) {
    return (
      <div className="page shared">
        <h1>Shared document</h1>
        <div className="alert" role="alert">
          <p>{decoded.reason}</p>
        </div>
        <p>
          <a href="#/">Go to the home page</a>
        </p>
      </div>
    );
  }

  const { doc } = decoded;
  const template = getTemplate(doc.template);
  const title = draftTitle(doc) || 'Untitled';
  const markdown = writeMarkdown(doc);

  const download = () => {
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${title.replace(/[\\/:*?"<>|]+/g, '-')}.md`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const editCopy = async () => {
    setBusy(true);
    try {
      // Always a new draft: a shared document never replaces one already here.
      const draft = await documentStore.create(structuredClone(doc));
      window.location.hash = editorHref(draft.id).slice(1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page shared">
      <p className="lede">Shared {template.name} · read-only</p>
      <h1>{title}</h1>
      <p>
        This document came in a link; nothing of it was sent to a server. To change it, edit a copy: it
        becomes one of your drafts.
      </p>
      <p className="shared-actions">
        <button type="button" className="button primary" onClick={editCopy} disabled={busy}>
          Edit a copy
        </button>{' '}
        <button type="button" className="button" onClick={download}>
          Download Markdown
        </button>
      </p>
      <h2>Markdown</h2>
      <pre className="shared-markdown">{markdown}</pre>
    </div>
  );
}
