import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { DraftNotFound } from '../features/editor/draft-not-found';
import { EditorPage } from '../features/editor/editor-page';
import { documentStore } from '../lib/document-store';

const paramsSchema = z.object({ docId: z.string().min(1), section: z.string().min(1) });

export const Route = createFileRoute('/edit/$docId/$section')({
  params: {
    parse: (raw) => {
      const parsed = paramsSchema.safeParse(raw);
      return parsed.success ? parsed.data : false;
    },
    stringify: (params) => params,
  },
  loader: async ({ params }) => (await documentStore.get(params.docId)) ?? null,
  component: EditRoute,
});

function EditRoute() {
  const draft = Route.useLoaderData();
  const { section } = Route.useParams();
  if (!draft) return <DraftNotFound />;
  // Keyed by draft: another draft is another editor; another section of the same draft keeps the editor.
  return (
    <EditorPage
      key={draft.id}
      draft={draft}
      sectionId={section}
      // Preview and export (features/preview, features/export) are wired here once they exist.
    />
  );
}
