import { createFileRoute, notFound } from '@tanstack/react-router';
import { z } from 'zod';
import { PageError } from '../components/ui/error-boundary';
import { isTemplateId } from '../core';
import { NewDocument } from '../features/editor/new-document';

const paramsSchema = z.object({ template: z.string().min(1).max(200) });

export const Route = createFileRoute('/new/$template')({
  params: {
    parse: (raw) => {
      const parsed = paramsSchema.safeParse(raw);
      return parsed.success ? parsed.data : false;
    },
    stringify: (params) => params,
  },
  // Checked against the registry of templates on offer (shipped, team and user templates), once the user's and the
  // team's have loaded: on a cold start the link to one of them must not be "Page not found". Unknown: not found.
  beforeLoad: async ({ params, context }) => {
    await context.templatesLoaded;
    if (!isTemplateId(params.template)) throw notFound();
  },
  pendingComponent: LoadingTemplates,
  component: NewDocumentRoute,
  errorComponent: PageError,
});

function NewDocumentRoute() {
  const { template } = Route.useParams();
  return <NewDocument key={template} templateId={template} />;
}

function LoadingTemplates() {
  return (
    <div className="page">
      <p role="status">Loading templates…</p>
    </div>
  );
}
