import { useWatch } from 'react-hook-form';
import { useEditor } from './editor-session';

/** The document's title as typed (the only value the page header watches), or "Untitled". */
export function DocumentTitle({ field }: { field: string }) {
  const { form } = useEditor();
  const title = useWatch({ control: form.control, name: `fields.${field}` }) as string | undefined;
  return <>{title?.trim() || 'Untitled'}</>;
}
