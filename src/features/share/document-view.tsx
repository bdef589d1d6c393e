import type { Field, FieldValue, GroupItem, SpecDocument, TableRow } from '../../core';
import { getTemplate } from '../../core';

/**
 * A read-only view of a document, derived from its template: each filled-in field under its label, repeatable
 * items as lists and tables. Empty fields are left out.
 */
export function DocumentView({ doc }: { doc: SpecDocument }) {
  const template = getTemplate(doc.template);
  return (
    <div className="document-view">
      {template.fields.map((field) => (
        <FieldView key={field.id} field={field} value={doc.fields[field.id]} level={2} />
      ))}
      {Object.entries(doc.additional).map(([anchor, text]) =>
        text.trim() ? (
          <section key={anchor}>
            <h2>Additional content</h2>
            <pre className="document-view-text">{text}</pre>
          </section>
        ) : null,
      )}
    </div>
  );
}

function FieldView({
  field,
  value,
  level,
}: {
  field: Field;
  value: FieldValue | undefined;
  level: 2 | 3 | 4;
}) {
  if (isEmpty(value)) return null;
  const Heading = `h${level}` as const;
  return (
    <section>
      <Heading>{field.label}</Heading>
      <ValueView field={field} value={value} level={level} />
    </section>
  );
}

function ValueView({
  field,
  value,
  level,
}: {
  field: Field;
  value: FieldValue | undefined;
  level: 2 | 3 | 4;
}) {
  switch (field.kind) {
    case 'text':
    case 'choice':
    case 'date':
      return <p>{String(value)}</p>;
    case 'markdown':
    case 'code':
      return <pre className="document-view-text">{String(value)}</pre>;
    case 'list':
      return (
        <ul>
          {(value as { text: string }[]).map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list never reorders
            <li key={index}>{item.text}</li>
          ))}
        </ul>
      );
    case 'checklist':
      return (
        <ul>
          {(value as { text: string; checked: boolean }[]).map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list never reorders
            <li key={index}>
              {item.checked ? '☑' : '☐'} {item.text}
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {field.columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(value as TableRow[]).map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only table never reorders
              <tr key={index}>
                {field.columns.map((column) => (
                  <td key={column.key}>{row[column.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'group':
      return (
        <ol>
          {(value as GroupItem[]).map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list never reorders
            <li key={index}>
              {field.fields.map((inner) => (
                <FieldView
                  key={inner.id}
                  field={inner}
                  value={item[inner.id]}
                  level={level < 4 ? ((level + 1) as 3 | 4) : 4}
                />
              ))}
            </li>
          ))}
        </ol>
      );
    default:
      return null;
  }
}

function isEmpty(value: FieldValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return value.length === 0;
}
