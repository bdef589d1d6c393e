import { useEffect, useMemo, useState } from 'react';
import { Tabs } from '../../components/ui/tabs';
import { documentTemplate } from '../../core';
import { hastToReact } from '../../lib/markdown-render/hast-to-react';
import { RemoteImageGate } from '../../lib/markdown-render/remote-images';
import { useServices } from '../../lib/services-context';
import { draftTitle } from '../../lib/storage/draft-record';
import { editorHref } from './editor-href';
import type { OpenedShare } from './open-shared';
import { readSharedInWorker } from './read-shared-in-worker';
import './share.css';

type View = 'rendered' | 'markdown';

/**
 * A document opened from a share link: read-only, rendered or as Markdown, with "Edit a copy" and "Download
 * Markdown". The link is decoded and parsed in a worker with a time budget, so a crafted link cannot freeze the page;
 * a damaged, oversized or too slow link gets a message.
 */
export function SharedDocumentPage({ data }: { data: string }) {
  const [opened, setOpened] = useState<OpenedShare | undefined>();
  useEffect(() => {
    setOpened(undefined);
    const controller = new AbortController();
    void readSharedInWorker(data, controller.signal).then((result) => {
      if (!controller.signal.aborted) setOpened(result);
    });
    return () => controller.abort();
  }, [data]);

  if (!opened) {
    return (
      <div className="page shared">
        <h1>Shared document</h1>
        <p aria-live="polite">Opening the shared document…</p>
      </div>
    );
  }
  if (!opened.ok) {
    return (
      <div className="page shared">
        <h1>Shared document</h1>
        <div className="alert" role="alert">
          <p>{opened.reason}</p>
        </div>
        <p>
          <a href="#/">Go to the home page</a>
        </p>
      </div>
    );
  }
  return <SharedDocument opened={opened} />;
}

function SharedDocument({ opened }: { opened: Extract<OpenedShare, { ok: true }> }) {
  const { doc, markdown, hast } = opened;
  const { drafts } = useServices();
  const [busy, setBusy] = useState(false);
  const [view, setView] = useState<View>('rendered');
  const template = documentTemplate(doc);
  const title = draftTitle(doc) || 'Untitled';
  const rendered = useMemo(() => hastToReact(hast), [hast]);

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
      const draft = await drafts.create(structuredClone(doc));
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
      <h2 className="shared-heading">Document</h2>
      <Tabs
        label="Shared document format"
        selected={view}
        onSelect={(id) => setView(id as View)}
        tabs={[
          {
            id: 'rendered',
            label: 'Rendered',
            panel: (
              <RemoteImageGate>
                <div className="shared-document">{rendered}</div>
              </RemoteImageGate>
            ),
          },
          { id: 'markdown', label: 'Markdown', panel: <pre className="shared-markdown">{markdown}</pre> },
        ]}
      />
    </div>
  );
}
