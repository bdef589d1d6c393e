import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { PageError } from '../components/ui/error-boundary';
import { documentTemplate } from '../core';
import { recordTemplateVersion } from '../core/template/template-version';
import { ChecksPanel } from '../features/checks';
import { DraftSessionGuard } from '../features/drafts';
import { DraftNotFound } from '../features/editor/draft-not-found';
import { EditorPage } from '../features/editor/editor-page';
import { DownloadButton, ExportMenuItems } from '../features/export/export-bar';
import { ImportControls, ImportReportPanel } from '../features/import';
import { PreviewPanel } from '../features/preview/preview-panel';
import { CopyShareLink } from '../features/share';
import type { Draft } from '../lib/document-store';
import { documentStore } from '../lib/document-store';
import { createImportedDraft, importReportHandoff } from '../lib/import-report-handoff';
import { createLiveDocument } from '../lib/live-document';

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
  // Another section of the draft being edited reuses what was loaded: reading and validating a large draft again
  // on every section switch cost more than the switch, and the editor follows its live document, not this.
  loader: async ({ params }) => editing.get(params.docId) ?? (await documentStore.get(params.docId)) ?? null,
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

/** The drafts an editor is open on, as loaded when it opened (see the loader). */
const editing = new Map<string, Draft>();

/** The editor of one draft, kept safe by the drafts feature, with preview and export beside it. */
function DraftEditor({ draft, section }: { draft: Draft; section: string }) {
  useEffect(() => {
    editing.set(draft.id, draft);
    return () => {
      editing.delete(draft.id);
    };
  }, [draft]);
  // Validating the draft fitted it to its template as it is now; it now records that version, and the editor says
  // when it had recorded another.
  const [opened] = useState(() => recordTemplateVersion(draft.doc, documentTemplate(draft.doc)));
  const [live] = useState(() => createLiveDocument(draft.id, opened.doc));
  // The report of a draft just opened from a file; gone once dismissed (and on reload).
  const [report, setReport] = useState(() => importReportHandoff.take(draft.id));
  const navigate = useNavigate();
  return (
    <DraftSessionGuard live={live}>
      <EditorPage
        live={live}
        sectionId={section}
        templateChange={opened.change}
        renderPreview={(doc, sectionId, follow, navigation) => (
          <>
            <PreviewPanel live={doc} sectionId={sectionId} follow={follow} />
            <ChecksPanel live={doc} onGoTo={(_field, path) => navigation.goToPath(path)} />
          </>
        )}
        renderPrimary={(doc) => <DownloadButton live={doc} />}
        renderMenu={(doc) => (
          <>
            <ExportMenuItems live={doc} />
            <CopyShareLink live={doc} />
            <ImportControls
              onOpen={async (doc, opened) => {
                // Another draft: this one stays as it is, saved.
                const params = await createImportedDraft(doc, opened);
                await navigate({ to: '/edit/$docId/$section', params });
              }}
            />
          </>
        )}
        renderNotice={(navigation) =>
          report ? (
            <ImportReportPanel
              report={report}
              template={draft.doc.template}
              onGoToField={navigation.goToField}
              onGoToAdditional={navigation.goToAdditional}
              onClose={() => setReport(undefined)}
            />
          ) : null
        }
      />
    </DraftSessionGuard>
  );
}
