import { createFileRoute, useNavigate, useRouter } from '@tanstack/react-router';
import { PageError } from '../components/ui/error-boundary';
import { DraftsList } from '../features/drafts';
import { HomePage } from '../features/home/home-page';
import { ImportControls } from '../features/import';
import { UserTemplates } from '../features/templates';
import { createImportedDraft } from '../lib/import-report-handoff';
import { useServices } from '../lib/services-context';

export const Route = createFileRoute('/')({ component: Home, errorComponent: PageError });

function Home() {
  const navigate = useNavigate();
  const router = useRouter();
  const services = useServices();
  return (
    <>
      <HomePage
        openControls={
          <ImportControls
            // The editor's code loads while the user picks or pastes, not after (a failure here is the
            // navigation's to retry and report).
            onPrepare={() =>
              void router.loadRouteChunk(router.routesById['/edit/$docId/$section'])?.catch(() => undefined)
            }
            onOpen={async (doc, report) => {
              // A new draft: whatever the user had stays as it was.
              const params = await createImportedDraft(services, doc, report);
              await navigate({ to: '/edit/$docId/$section', params });
            }}
          />
        }
        templateControls={<UserTemplates />}
      />
      <DraftsList />
    </>
  );
}
