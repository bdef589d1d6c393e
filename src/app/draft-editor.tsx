import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { documentTemplate } from '../core';
import { recordTemplateVersion } from '../core/template/template-version';
import { ChecksPanel } from '../features/checks';
import { DraftSessionGuard } from '../features/drafts';
import { EditorPage } from '../features/editor/editor-page';
import { DownloadButton, ExportMenuItems } from '../features/export/export-bar';
import { ImportControls, ImportReportPanel } from '../features/import';
import { PreviewPanel } from '../features/preview/preview-panel';
import { CopyShareLink } from '../features/share';
import type { Draft } from '../lib/document-store';
import { createImportedDraft } from '../lib/import-report-handoff';
import { createLiveDocument } from '../lib/live-document';
import { useServices } from '../lib/services-context';
import { editing } from './open-drafts';

// The editor page put together: features never import each other, so the page that uses several of them is
// composed here, above them, and the route only loads the draft.

/** The editor of one draft, kept safe by the drafts feature, with preview and export beside it. */
export function DraftEditor({ draft, section }: { draft: Draft; section: string }) {
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
  const services = useServices();
  const [report, setReport] = useState(() => services.importReports.take(draft.id));
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
                const params = await createImportedDraft(services, doc, opened);
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
