import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { PageError } from '../components/ui/error-boundary';
import { templateIds } from '../core';
import { NewDocument } from '../features/editor/new-document';

const paramsSchema = z.object({ template: z.enum(templateIds) });

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
