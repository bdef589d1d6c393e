import { createFileRoute } from '@tanstack/react-router';
import { PageError } from '../components/ui/error-boundary';
import { SharedDocumentPage } from '../features/share';

export const Route = createFileRoute('/shared/$data')({
  component: SharedRoute,
  errorComponent: PageError,
});

function SharedRoute() {
  const { data } = Route.useParams();
  return <SharedDocumentPage data={data} />;
}
