import { createFileRoute } from '@tanstack/react-router';
import { SharedDocumentPage } from '../features/share';

export const Route = createFileRoute('/shared/$data')({ component: SharedRoute });

function SharedRoute() {
  const { data } = Route.useParams();
  return <SharedDocumentPage data={data} />;
}
