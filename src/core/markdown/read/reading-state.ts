import type { RootContent } from 'mdast';
import type { FieldValue } from '../../document/spec-document';
import type { TemplateDescription } from '../../template/types';
import type { AdditionalContent } from './additional-content';
import type { Scope } from './scope';
import type { TemplateIndex } from './template-index';

/** What the placing stage carries from one block to the next. */
export interface ReadingState {
  readonly template: TemplateDescription;
  readonly index: TemplateIndex;
  /** The document's text (normalized) and its blocks, footer included. */
  readonly source: string;
  readonly nodes: readonly RootContent[];
  /** Index of the first block after the body. */
  readonly end: number;
  readonly fields: Record<string, FieldValue>;
  /** Subsections the document has filled already (by their heading, or by content under their parent). */
  readonly used: Set<string>;
  readonly additional: AdditionalContent;
  readonly warnings: { message: string; fieldId?: string }[];
  /** Where content goes; undefined before the first section and in parts the template does not know. */
  scope: Scope | undefined;
  /** The field or section that additional content found now follows. */
  anchor: string;
  extraFrontMatter?: Record<string, unknown>;
}

export function warn(state: ReadingState, message: string, fieldId?: string): void {
  state.warnings.push(fieldId ? { message, fieldId } : { message });
}

/** The source text of a block. */
export function sliceOf(
  state: ReadingState,
  node: { position?: { start: { offset?: number }; end: { offset?: number } } },
): string {
  return state.source.slice(node.position!.start.offset!, node.position!.end.offset!);
}

/** A block the template knows came between: a Markdown field stops taking blocks, and a kept run ends. */
export function closeOpen(state: ReadingState): void {
  if (state.scope) state.scope.open = undefined;
  state.additional.close();
}

/** Keeps a block as additional content where the reading is. */
export function keep(state: ReadingState, node: RootContent): void {
  state.additional.keep(node, state.anchor);
  if (state.scope) state.scope.open = undefined;
}
