import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { DraftEditor } from '../app/draft-editor';
import { openDraft } from '../app/open-drafts';
import { PageError } from '../components/ui/error-boundary';
import { DraftNotFound } from '../features/editor/draft-not-found';

const paramsSchema = z.object({ docId: z.string().min(1), section: z.string().min(1) });

export const Route = createFileRoute('/edit/$docId/$section')({
  params: {
    // A malformed address does not match: the app's "Page not found". An unknown section goes to the first.
    parse: (raw) => {
      const parsed = paramsSchema.safeParse(raw);
      return parsed.success ? parsed.data : false;
    },
    stringify: (params) => params,
  },
  // Another section of the draft being edited reuses what was loaded (see `openDraft`).
  loader: async ({ params, context }) =>
    openDraft(params.docId) ?? (await context.services.drafts.get(params.docId)) ?? null,
  // Never show a draft from the cache: coming back (Back, after opening another file) must show what was saved.
  gcTime: 0,
  component: EditRoute,
  errorComponent: PageError,
});

function EditRoute() {
  const draft = Route.useLoaderData();
  const { section } = Route.useParams();
  if (!draft) return <DraftNotFound />;
  // Keyed by draft: another draft is another editor; another section of the same draft keeps this one.
  return <DraftEditor key={draft.id} draft={draft} section={section} />;
}
