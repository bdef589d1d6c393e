import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TemplateDescription } from '../../core';
import { useServices } from '../../lib/services-context';
import type { TemplateStore, UserTemplate } from '../../lib/storage/template-store';
import { useTemplateRegistry } from '../../lib/templates-context';
import { TemplateTextDialog } from './template-text-dialog';
import './templates.css';

// With the compiler, not with the home page: describing what a template derived takes every field kind's module.
const loadConfirmation = () => import('./template-confirmation');
const TemplateConfirmation = lazy(() =>
  loadConfirmation().then((module) => ({ default: module.TemplateConfirmation })),
);

/** The file types the picker offers for a template. */
export const templateAccept = '.md,.markdown,text/markdown,text/plain';

// Past the compiler's own limit (1,000,000 characters, at least as many bytes): such a file is refused unread,
// so a huge file never blocks the page.
const maxTemplateBytes = 4_000_000;

type Origin = 'file' | 'text';

interface Pending {
  markdown: string;
  description: TemplateDescription;
  notes: string[];
  origin: Origin;
  /** Tells one confirmation from the next, so a new one mounts afresh (and takes focus). */
  serial: number;
}

/** What the section says after an action: a polite status, or an alert for what went wrong. */
type Message = { kind: 'status'; text: string } | { kind: 'alert'; lines: string[] };

export interface UserTemplatesProps {
  /** Where user templates are kept; IndexedDB by default, a Map-backed store in tests. */
  store?: TemplateStore;
}

/**
 * The home page's "Your own templates": add a Markdown template from a file or pasted text, see the sections and
 * fields derived from it, confirm, and it is offered as "New <name>"; the templates kept in this browser, each
 * removable. A template that does not compile changes nothing: an alert says why.
 */
export function UserTemplates({ store: givenStore }: UserTemplatesProps) {
  const registry = useTemplateRegistry();
  const { userTemplates } = useServices();
  const store = givenStore ?? userTemplates;
  const [kept, setKept] = useState<UserTemplate[]>([]);
  /** Ids added for this visit only: saving them failed. */
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [listProblem, setListProblem] = useState<string | null>(null);
  const [textOpen, setTextOpen] = useState(false);
  const [text, setText] = useState('');
  const headingId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const textButtonRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const removeRefs = useRef(new Map<string, HTMLButtonElement>());
  /** Where focus goes once the next render is done (a button that appeared, the status). */
  const [focusNext, setFocusNext] = useState<(() => void) | null>(null);

  useEffect(() => {
    let live = true;
    store.list().then(
      ({ templates, damaged }) => {
        if (!live) return;
        setKept((current) => mergeKept(templates, current));
        if (damaged.length > 0)
          setListProblem(
            `${damaged.length === 1 ? 'One stored template' : `${damaged.length} stored templates`} could not be read and ${damaged.length === 1 ? 'is' : 'are'} not offered.`,
          );
      },
      () => {
        if (live) setListProblem('Your templates could not be read from this browser’s storage.');
      },
    );
    return () => {
      live = false;
    };
  }, [store]);

  useEffect(() => {
    if (!focusNext) return;
    focusNext();
    setFocusNext(null);
  }, [focusNext]);

  const focusOrigin = (origin: Origin) => (origin === 'file' ? fileRef : textButtonRef).current?.focus();

  const prepare = async (markdown: string, origin: Origin) => {
    // The compiler and its Markdown parser load when a template is first opened, not with the home page.
    const result = await Promise.all([
      import('../../lib/storage/prepare-user-template'),
      loadConfirmation(),
    ]).then(
      ([{ prepareUserTemplate }]) => prepareUserTemplate(markdown, registry),
      () => ({
        ok: false as const,
        messages: ['The template compiler could not be loaded: check the connection and try again.'],
      }),
    );
    if (!result.ok) {
      // Nothing else changes: a confirmation already on screen stays as it was.
      setMessage({ kind: 'alert', lines: result.messages });
      setFocusNext(() => () => focusOrigin(origin));
      return false;
    }
    setMessage(null);
    setPending((current) => ({
      markdown,
      description: result.description,
      notes: result.notes,
      origin,
      serial: (current?.serial ?? 0) + 1,
    }));
    return true;
  };

  const openFile = async (file: File) => {
    if (file.size > maxTemplateBytes) {
      setMessage({ kind: 'alert', lines: ['The template is over 1 MB: that is not a template.'] });
      return;
    }
    let markdown: string;
    try {
      markdown = await file.text();
    } catch {
      setMessage({ kind: 'alert', lines: [`“${file.name}” could not be read.`] });
      return;
    }
    await prepare(markdown, 'file');
  };

  const add = async () => {
    if (!pending) return;
    const { description, markdown } = pending;
    const template: UserTemplate = { id: description.id, markdown, description, addedAt: Date.now() };
    setBusy(true);
    let saved = true;
    try {
      await store.save(template);
    } catch {
      saved = false;
    }
    registry.add(description);
    setBusy(false);
    setPending(null);
    setKept((current) => mergeKept(current, [template]));
    setText('');
    const added = `Added ${description.name}. Start one with New ${description.name}.`;
    if (saved) setMessage({ kind: 'status', text: added });
    else {
      setUnsaved((current) => new Set([...current, description.id]));
      setMessage({
        kind: 'alert',
        lines: [
          added,
          'It could not be kept in this browser (storage is blocked or full): it is offered for this visit only and will not be kept.',
        ],
      });
    }
    setFocusNext(() => () => statusRef.current?.focus());
  };

  const remove = async (template: UserTemplate) => {
    const name = template.description.name;
    const at = kept.findIndex((t) => t.id === template.id);
    const neighbour = kept[at + 1] ?? kept[at - 1];
    try {
      await store.remove(template.id);
    } catch {
      setMessage({
        kind: 'alert',
        lines: [`${name} could not be removed from this browser’s storage; it is still offered.`],
      });
      return;
    }
    registry.remove(template.id);
    setKept((current) => current.filter((t) => t.id !== template.id));
    setMessage({
      kind: 'status',
      text: `Removed ${name}. Drafts made from it keep working: each keeps a copy of the template.`,
    });
    setFocusNext(() => () => {
      const next = neighbour && removeRefs.current.get(neighbour.id);
      if (next) next.focus();
      else statusRef.current?.focus();
    });
  };

  return (
    <section className="user-templates" aria-labelledby={headingId}>
      <h2 id={headingId}>Your own templates</h2>
      <p>
        Add your team’s Markdown template: its headings become sections and its placeholders, tables and lists
        become fields. It is kept in this browser.
      </p>
      <fieldset className="user-templates-add">
        <legend>Add a template</legend>
        <label className="button user-templates-file">
          Open template file
          <input
            ref={fileRef}
            type="file"
            accept={templateAccept}
            className="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              // Reset, so that choosing the same file again (after fixing it) reads it again.
              event.currentTarget.value = '';
              if (file) void openFile(file);
            }}
          />
        </label>
        {/* A plain button: focus comes back to it, and the shared Button takes no ref. */}
        <button ref={textButtonRef} type="button" className="button" onClick={() => setTextOpen(true)}>
          Template from text
        </button>
      </fieldset>

      {message?.kind === 'alert' ? (
        <div role="alert" className="user-templates-alert">
          {message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      <p ref={statusRef} tabIndex={-1} role="status" className="user-templates-status">
        {message?.kind === 'status' ? message.text : ''}
      </p>

      {pending ? (
        <Suspense fallback={null}>
          <TemplateConfirmation
            key={pending.serial}
            description={pending.description}
            notes={pending.notes}
            busy={busy}
            onAdd={() => void add()}
            onCancel={() => {
              const origin = pending.origin;
              setPending(null);
              setFocusNext(() => () => focusOrigin(origin));
            }}
          />
        </Suspense>
      ) : null}

      {listProblem ? <p className="user-templates-note">{listProblem}</p> : null}
      {kept.length > 0 ? (
        <ul className="user-templates-list" aria-label="Your templates">
          {kept.map((template) => (
            <li key={template.id}>
              <span className="user-templates-name">{template.description.name}</span>
              {unsaved.has(template.id) ? (
                <span className="user-templates-note"> (this visit only)</span>
              ) : null}
              <button
                type="button"
                className="button small"
                ref={(element) => {
                  if (element) removeRefs.current.set(template.id, element);
                  else removeRefs.current.delete(template.id);
                }}
                onClick={() => void remove(template)}
              >
                Remove {template.description.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <TemplateTextDialog
        open={textOpen}
        text={text}
        onTextChange={setText}
        onCancel={() => {
          setTextOpen(false);
          textButtonRef.current?.focus();
        }}
        onPreview={(markdown) => {
          setTextOpen(false);
          void prepare(markdown, 'text');
        }}
      />
    </section>
  );
}

/** The templates of `first`, then those of `more` not already there (by id, the newer copy winning), by age. */
function mergeKept(first: readonly UserTemplate[], more: readonly UserTemplate[]): UserTemplate[] {
  const byId = new Map(first.map((t) => [t.id, t]));
  for (const t of more) byId.set(t.id, t);
  return [...byId.values()].sort((a, b) => a.addedAt - b.addedAt);
}
