import { checkSpec } from '../../core/checks/check-spec';
import { findingsMarkdown } from '../../core/checks/findings-markdown';
import type { SpecFinding } from '../../core/checks/spec-finding';
import type { SpecDocument } from '../../core/document/spec-document';
import type { DocumentChange } from '../../core/preview/document-change';
import { documentTemplate } from '../../core/templates';

/** A request to the checks, in the worker or on the main thread. */
export type ChecksRequest =
  | { id: number; type: 'check'; doc: SpecDocument; ears: boolean }
  | { id: number; type: 'markdown'; findings: SpecFinding[] };

/**
 * A request as the worker receives it: a check carries what changed since the worker's last document, not the whole
 * document (see `diffDocument`).
 */
export type ChecksMessage =
  | { id: number; type: 'check'; change: DocumentChange; ears: boolean }
  | { id: number; type: 'markdown'; findings: SpecFinding[] };

/** Its answer: the findings, their Markdown, or what went wrong. */
export type ChecksResponse =
  | { id: number; findings: SpecFinding[] }
  | { id: number; markdown: string }
  | { id: number; error: string };

/** Answers one request; never throws. */
export function runChecks(request: ChecksRequest): ChecksResponse {
  try {
    if (request.type === 'markdown') return { id: request.id, markdown: findingsMarkdown(request.findings) };
    const template = documentTemplate(request.doc);
    return { id: request.id, findings: checkSpec(template, request.doc, { ears: request.ears }) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
