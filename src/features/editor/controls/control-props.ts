import type { FieldMessage } from '../../../components/ui/field';
import type { Field } from '../../../core';
import type { DocumentIssue } from '../../../core/checks';

/** What every control gets: its field's description and the dotted form name of its value. */
export interface ControlProps<F extends Field = Field> {
  field: F;
  name: string;
  /** The placeholder for this instance (an item's own, `{n}` resolved); the field's when absent. */
  placeholder?: string;
  /** A heading right above already says the label: keep it for assistive technology only. */
  hideLabel?: boolean;
  /**
   * Inside a repeatable item: `compact` for short values (ids, priorities), `wide` for sentences, which then wrap
   * and grow with their text instead of scrolling sideways in one line.
   */
  size?: 'compact' | 'wide';
}

/** An issue as a control's message. */
export function issueMessage(issue: DocumentIssue | undefined): FieldMessage | undefined {
  return issue ? { text: issue.message, severity: issue.severity } : undefined;
}
