import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { createDocument, getTemplate, type TemplateId, templateSteps } from '../../core';
import { useServices } from '../../lib/services-context';
import { markFreshDraft } from './fresh-drafts';

/** Creates a draft of a template and replaces the URL with the draft's first section. */
export function NewDocument({ templateId }: { templateId: TemplateId }) {
  const navigate = useNavigate();
  const { drafts } = useServices();
  const started = useRef(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // Once per mount, even when React runs effects twice in development.
    if (started.current) return;
    started.current = true;
    const template = getTemplate(templateId);
    drafts
      .create(createDocument(template))
      .then((draft) => {
        markFreshDraft(draft.id);
        return navigate({
          to: '/edit/$docId/$section',
          params: { docId: draft.id, section: templateSteps(template)[0]!.id },
          replace: true,
        });
      })
      .catch(() => setFailed(true));
  }, [templateId, navigate, drafts]);
  return (
    <div className="page" aria-live="polite">
      {failed ? (
        <p className="alert" role="alert">
          The new draft could not be created. Reload the page to try again.
        </p>
      ) : (
        <p>Creating a new {getTemplate(templateId).name}…</p>
      )}
    </div>
  );
}
