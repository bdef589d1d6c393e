import { useCallback, useEffect, useId, useRef, useState } from 'react';
import './drafts.css';
import { describeError, ErrorBoundary } from '../../components/ui/error-boundary';
import { getTemplate } from '../../core';
import type { DamagedDraft, Draft, PutResult } from '../../lib/document-store';
import { useServices } from '../../lib/services-context';
import { backupFileName, backupSizeProblem, createBackup, mergeDrafts } from '../../lib/storage/backup';
import { rawContent } from '../../lib/storage/draft-record';
import { explainStorageProblem } from '../../lib/storage/storage-status';
import { useTemplateRegistry } from '../../lib/templates-context';
import { describeRestore } from './describe-restore';
import { downloadFile } from './download-file';
import { editorHref } from './editor-href';
import { renameDraft } from './rename-draft';
import { StorageWarning } from './storage-warning';
import { describePersistence, usePersistentStorage } from './use-persistent-storage';

type Message =
  | { kind: 'deleted'; draft: Draft }
  | { kind: 'report'; text: string }
  | { kind: 'error'; text: string };

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The home page's "Drafts": every draft kept in this browser, newest first, with open, duplicate, rename and
 * delete (with Undo); backup to one file and restore from it; damaged records set aside with their raw content.
 */
export function DraftsList() {
  const registry = useTemplateRegistry();
  const { drafts: documentStore, userTemplates: userTemplateStore } = useServices();
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [damaged, setDamaged] = useState<DamagedDraft[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const persistence = usePersistentStorage(drafts !== null && drafts.length > 0);

  const refresh = useCallback(async () => {
    const listing = await documentStore.listAll();
    setDrafts(listing.drafts);
    setDamaged(listing.damaged);
  }, [documentStore]);

  useEffect(() => {
    void refresh();
    // Another tab may have changed drafts meanwhile.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  const duplicate = async (draft: Draft) => {
    const copy = await documentStore.duplicate(draft.id);
    if (copy) setMessage({ kind: 'report', text: `Duplicated “${titleOf(draft)}” as “${titleOf(copy)}”.` });
    await refresh();
  };

  const remove = async (draft: Draft) => {
    await documentStore.remove(draft.id);
    setMessage({ kind: 'deleted', draft });
    await refresh();
  };

  const undoRemove = async (draft: Draft) => {
    // Only if nothing newer took its place (a tab that had it open saves it again): else both are kept.
    const result = await documentStore.put(draft);
    const text = {
      stored: `Restored “${titleOf(draft)}”.`,
      unchanged: `“${titleOf(draft)}” is back: a tab that had it open saved it again.`,
      copied: `“${titleOf(draft)}” was saved again in another tab after it was deleted, so the deleted version came back beside it as a copy.`,
      failed:
        result.status === 'failed'
          ? `“${titleOf(draft)}” could not be restored: ${explainStorageProblem(result.failure.problem)}.`
          : '',
    }[result.status];
    setMessage({ kind: result.status === 'failed' ? 'error' : 'report', text });
    await refresh();
  };

  const rename = async (draft: Draft, title: string) => {
    setRenaming(null);
    const renamed = await renameDraft(documentStore, draft.id, title);
    setMessage(
      renamed
        ? { kind: 'report', text: `Renamed to “${title.trim() || 'Untitled'}”.` }
        : { kind: 'error', text: `“${titleOf(draft)}” could not be renamed: it is no longer stored here.` },
    );
    await refresh();
  };

  const backUp = async () => {
    const listing = await documentStore.listAll();
    const now = new Date();
    // The user's own templates go with the drafts (a draft carries a copy of its own, so they are not needed to
    // open one: they are what "New <template>" offers).
    const templates = await userTemplateStore
      .list()
      .then((listed) => listed.templates)
      .catch(() => []);
    downloadFile(backupFileName(now), JSON.stringify(createBackup(listing.drafts, now, templates), null, 2));
    const left = listing.damaged.length
      ? ` ${plural(listing.damaged.length, 'damaged draft')} could not be included; download their raw content below.`
      : '';
    setMessage({ kind: 'report', text: `Backed up ${plural(listing.drafts.length, 'draft')}.${left}` });
  };

  const restore = async (file: File) => {
    // Refused before reading: a huge file would hold the page while it is read and parsed.
    const tooBig = backupSizeProblem(file.size);
    if (tooBig) {
      setMessage({ kind: 'error', text: `Nothing was restored from ${file.name}. ${tooBig}` });
      return;
    }
    // Loaded on use: reading a backup validates documents, which the home page otherwise does not need.
    const { parseBackup } = await import('../../lib/storage/parse-backup');
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: `Nothing was restored from ${file.name}. ${parsed.reason}` });
      return;
    }
    const listing = await documentStore.listAll();
    const plan = mergeDrafts(
      listing.drafts,
      parsed.drafts,
      () => crypto.randomUUID(),
      listing.damaged.map((d) => d.id),
    );
    const copies = new Set(plan.copied.map(({ copy }) => copy.id));
    const results: PutResult[] = [];
    for (const draft of plan.toWrite) {
      const result = await documentStore.put(draft);
      results.push(
        result.status === 'stored' && copies.has(draft.id) ? { ...result, status: 'copied' } : result,
      );
    }
    let restoredTemplates = 0;
    for (const template of parsed.templates) {
      if (registry.has(template.id)) continue;
      registry.add(template.description);
      restoredTemplates += 1;
      // Offered in this visit even when storage fails; the drafts' own copies keep them working either way.
      await userTemplateStore.save(template).catch(() => {});
    }
    const text =
      describeRestore(file.name, {
        results,
        unchanged: plan.unchanged.length,
        skipped: parsed.skipped,
      }) + (restoredTemplates > 0 ? ` Restored ${plural(restoredTemplates, 'template')}.` : '');
    setMessage({ kind: results.some((r) => r.status === 'failed') ? 'error' : 'report', text });
    await refresh();
  };

  return (
    <section className="page drafts" aria-labelledby={headingId}>
      <h2 id={headingId}>Drafts</h2>
      <StorageWarning />
      {drafts !== null && drafts.length > 0 && (
        <p className="persistence">{describePersistence(persistence)}</p>
      )}

      <div role="status" className="drafts-message">
        {message?.kind === 'deleted' && (
          <p>
            Deleted “{titleOf(message.draft)}”.{' '}
            <button type="button" className="button" onClick={() => undoRemove(message.draft)}>
              Undo
            </button>
          </p>
        )}
        {message?.kind === 'report' && <p>{message.text}</p>}
      </div>
      {message?.kind === 'error' && (
        <p className="alert" role="alert">
          {message.text}
        </p>
      )}

      {damaged.length > 0 && <DamagedDrafts damaged={damaged} />}

      {drafts === null ? (
        <p>Loading drafts…</p>
      ) : drafts.length === 0 ? (
        <p>
          No drafts yet. A new spec becomes a draft here as soon as you start it; it stays in this browser.
        </p>
      ) : (
        <ul className="drafts-list" aria-label="Drafts">
          {drafts.map((draft) => (
            <li key={draft.id} className="draft-card">
              <ErrorBoundary fallback={(error) => <DraftCardError draft={draft} error={error} />}>
                <DraftCard
                  draft={draft}
                  renaming={renaming === draft.id}
                  onRename={(title) => rename(draft, title)}
                  onStartRename={() => setRenaming(draft.id)}
                  onCancelRename={() => setRenaming(null)}
                  onDuplicate={() => duplicate(draft)}
                  onRemove={() => remove(draft)}
                />
              </ErrorBoundary>
            </li>
          ))}
        </ul>
      )}

      <p className="drafts-backup">
        <button type="button" className="button" onClick={backUp} disabled={!drafts?.length}>
          Back up all drafts
        </button>{' '}
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Restore drafts
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Backup file to restore"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void restore(file);
          }}
        />
      </p>
    </section>
  );
}

interface DraftCardProps {
  draft: Draft;
  renaming: boolean;
  onRename: (title: string) => void;
  onStartRename: () => void;
  onCancelRename: () => void;
  onDuplicate: () => void;
  onRemove: () => void;
}

function DraftCard({
  draft,
  renaming,
  onRename,
  onStartRename,
  onCancelRename,
  onDuplicate,
  onRemove,
}: DraftCardProps) {
  return (
    <>
      <h3>
        <a href={editorHref(draft.id)}>{titleOf(draft)}</a>
      </h3>
      <p className="draft-meta">
        {getTemplate(draft.template).name} · Last change{' '}
        <time dateTime={new Date(draft.updatedAt).toISOString()}>{dateFormat.format(draft.updatedAt)}</time>
      </p>
      {renaming ? (
        <RenameForm draft={draft} onRename={onRename} onCancel={onCancelRename} />
      ) : (
        <p className="draft-actions">
          <a className="button" href={editorHref(draft.id)}>
            Open<span className="visually-hidden"> {titleOf(draft)}</span>
          </a>{' '}
          <button type="button" className="button" onClick={onDuplicate}>
            Duplicate<span className="visually-hidden"> {titleOf(draft)}</span>
          </button>{' '}
          <button type="button" className="button" onClick={onStartRename}>
            Rename<span className="visually-hidden"> {titleOf(draft)}</span>
          </button>{' '}
          <button type="button" className="button danger" onClick={onRemove}>
            Delete<span className="visually-hidden"> {titleOf(draft)}</span>
          </button>
        </p>
      )}
    </>
  );
}

/** One draft that could not be shown: what failed, and its content to download; the other drafts are unaffected. */
function DraftCardError({ draft, error }: { draft: Draft; error: unknown }) {
  return (
    <div className="alert" role="alert">
      <p>
        Draft <code>{draft.id}</code> could not be shown: <code>{describeError(error)}</code>. Your other
        drafts are not affected.{' '}
        <button
          type="button"
          className="button"
          onClick={() => downloadFile(`draft-${draft.id}.json`, rawContent(draft))}
        >
          Download raw content<span className="visually-hidden"> of draft {draft.id}</span>
        </button>
      </p>
    </div>
  );
}

function RenameForm({
  draft,
  onRename,
  onCancel,
}: {
  draft: Draft;
  onRename: (title: string) => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(draft.title);
  const inputId = useId();
  return (
    <form
      className="draft-rename"
      onSubmit={(event) => {
        event.preventDefault();
        onRename(title);
      }}
    >
      <label htmlFor={inputId}>New name</label>{' '}
      <input
        id={inputId}
        value={title}
        // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this draft
        autoFocus
        onChange={(event) => setTitle(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />{' '}
      <button type="submit" className="button primary">
        Save name
      </button>{' '}
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

function DamagedDrafts({ damaged }: { damaged: DamagedDraft[] }) {
  return (
    <div className="alert damaged-drafts" role="alert">
      <p>
        {damaged.length === 1
          ? 'One stored draft could not be read and was set aside.'
          : `${damaged.length} stored drafts could not be read and were set aside.`}{' '}
        Your other drafts are not affected. The damaged content is kept as it is; download it to recover what
        you can.
      </p>
      <ul>
        {damaged.map((item) => (
          <li key={item.id}>
            Draft <code>{item.id}</code>: {item.reason}{' '}
            <button
              type="button"
              className="button"
              onClick={() => downloadFile(`damaged-draft-${item.id}.json`, rawContent(item.raw))}
            >
              Download raw content<span className="visually-hidden"> of draft {item.id}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function titleOf(draft: Draft): string {
  return draft.title || 'Untitled';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
