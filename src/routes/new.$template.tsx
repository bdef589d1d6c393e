import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { PageError } from '../components/ui/error-boundary';
import { isTemplateId } from '../core';
import { NewDocument } from '../features/editor/new-document';

// Checked against the registry of templates on offer (shipped, team and user templates), not a closed list.
const paramsSchema = z.object({ template: z.string().refine(isTemplateId) });

export const Route = createFileRoute('/new/$template')({
  params: {
    // An unknown template does not match: the app's "Page not found".
    parse: (raw) => {
      const parsed = paramsSchema.safeParse(raw);
      return parsed.success ? parsed.data : false;
    },
    stringify: (params) => params,
  },
  component: NewDocumentRoute,
  errorComponent: PageError,
});

function NewDocumentRoute() {
  const { template } = Route.useParams();
  return <NewDocument key={template} templateId={template} />;
}
