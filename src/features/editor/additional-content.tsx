import { createContext, memo, useContext, useRef } from 'react';
import { Field } from '../../components/ui/field';
import { additionalLabel, isFormAnchor } from './additional-anchors';
import { useEditor, useEditorSnapshot } from './editor-session';
import { fieldDomId } from './field-paths';

const help =
  'Markdown the template has no field for, kept as it was written. It is written back at this place; empty it to leave it out.';

/** The anchors whose additional content this step shows. */
const ShownAnchors = createContext<ReadonlySet<string>>(new Set());
export const ShownAnchorsProvider = ShownAnchors.Provider;

/**
 * The anchors with additional content, as the published document has them. An anchor stays shown once it has
 * been (for as long as this step is open), so that emptying the field does not take it away under the cursor.
 */
export function useShownAnchors(): ReadonlySet<string> {
  const keys = useEditorSnapshot((snapshot) =>
    Object.entries(snapshot.doc.additional)
      .filter(([, markdown]) => markdown.trim() !== '')
      .map(([anchor]) => anchor)
      .join('\n'),
  );
  const sticky = useRef<{ keys: string; set: Set<string> }>({ keys: '', set: new Set() });
  if (sticky.current.keys !== keys) {
    const set = new Set(sticky.current.set);
    for (const anchor of keys.split('\n')) if (anchor) set.add(anchor);
    sticky.current = { keys, set };
  }
  return sticky.current.set;
}

/**
 * The "Additional content" kept at `anchor`, as an editable Markdown field (form path `additional.<anchor>`), so
 * that edits are published, undone and written back like any other field. Renders nothing where there is none.
 */
export const AdditionalContent = memo(function AdditionalContent({ anchor }: { anchor: string }) {
  const shown = useContext(ShownAnchors);
  if (!shown.has(anchor)) return null;
  return <AdditionalContentField anchor={anchor} />;
});

function AdditionalContentField({ anchor }: { anchor: string }) {
  const { form, template } = useEditor();
  const editable = isFormAnchor(anchor);
  const name = `additional.${anchor}`;
  // An anchor that is no form path (never one the reader makes) is shown, and written back, as it is.
  const published = useEditorSnapshot((snapshot) => snapshot.doc.additional[anchor] ?? '');
  const initial = editable ? String(form.getValues(name) ?? '') : published;
  const rows = Math.min(16, Math.max(4, initial.split('\n').length + 1));
  return (
    <Field
      id={editable ? fieldDomId(name) : `additional-${anchor.replace(/\W+/g, '-')}`}
      label={additionalLabel(template, anchor)}
      help={editable ? help : `${help} (It cannot be edited here.)`}
      className="additional-content"
    >
      {(a11y) =>
        editable ? (
          <textarea {...a11y} {...form.register(name)} rows={rows} spellCheck={false} />
        ) : (
          <textarea {...a11y} value={published} readOnly rows={rows} />
        )
      }
    </Field>
  );
}
