import { memo } from 'react';
import type { Field } from '../../core';
import { ChecklistControl } from './controls/checklist-control';
import { ChoiceControl } from './controls/choice-control';
import { CodeControl } from './controls/code-control';
import type { ControlProps } from './controls/control-props';
import { DateControl } from './controls/date-control';
import { GroupControl } from './controls/group-control';
import { ListControl } from './controls/list-control';
import { MarkdownControl } from './controls/markdown-control';
import { TableControl } from './controls/table-control';
import { TextControl } from './controls/text-control';

/** The control of a field: one handler per kind, chosen by an exhaustive switch. */
export const FieldControl = memo(function FieldControl(props: ControlProps) {
  const { field } = props;
  switch (field.kind) {
    case 'text':
      return <TextControl {...props} field={field} />;
    case 'markdown':
      return <MarkdownControl {...props} field={field} />;
    case 'choice':
      return <ChoiceControl {...props} field={field} />;
    case 'date':
      return <DateControl {...props} field={field} />;
    case 'code':
      return <CodeControl {...props} field={field} />;
    case 'list':
      return <ListControl {...props} field={field} />;
    case 'checklist':
      return <ChecklistControl {...props} field={field} />;
    case 'table':
      return <TableControl {...props} field={field} />;
    case 'group':
      return <GroupControl {...props} field={field} />;
    default:
      return <UnknownField field={field} />;
  }
});

/** The explicit fallback: a template with a kind this build does not know shows it instead of crashing. */
function UnknownField({ field }: { field: never }) {
  const described = field as Field;
  return (
    <p className="notice">
      This version of Specwright cannot edit “{described.label}” (a field of kind “{described.kind}”).
    </p>
  );
}
