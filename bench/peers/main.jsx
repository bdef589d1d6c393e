// The benchmark's peer: the same generated document edited with react-jsonschema-form, the way such a page is
// usually built (a JSON schema derived from the template, the form controlled by its formData, the Markdown written
// by the app's own writer in a deferred render beside it). `?size=large` picks the document.
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { StrictMode, useDeferredValue, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { writeMarkdown } from '../../src/core/markdown/write-markdown';
import { generateDocument } from '../../src/core/sample/generate-document';
import { getTemplate } from '../../src/core/templates';

const template = getTemplate('feature-spec');
const size = new URLSearchParams(location.search).get('size') ?? 'large';
const doc = generateDocument(template, size, 1);

/** A JSON schema and uiSchema for one field of the template description. */
function fieldSchema(field) {
  switch (field.kind) {
    case 'text':
    case 'choice':
    case 'date':
      return [{ type: 'string', title: field.label }, {}];
    case 'markdown':
    case 'code':
      return [{ type: 'string', title: field.label }, { 'ui:widget': 'textarea' }];
    case 'list':
      return [
        { type: 'array', title: field.label, items: objectOf([{ id: 'text', kind: 'text', label: 'Text' }]) },
        {},
      ];
    case 'checklist':
      return [
        {
          type: 'array',
          title: field.label,
          items: { type: 'object', properties: { text: { type: 'string' }, checked: { type: 'boolean' } } },
        },
        {},
      ];
    case 'table':
      return [
        {
          type: 'array',
          title: field.label,
          items: objectOf(field.columns.map((c) => ({ id: c.key, kind: 'text', label: c.label }))),
        },
        {},
      ];
    case 'group': {
      const [items, ui] = objectSchema(field.fields);
      return [{ type: 'array', title: field.label, items }, { items: ui }];
    }
    default:
      throw new Error(`Unknown field kind ${field.kind}`);
  }
}

function objectSchema(fields) {
  const properties = {};
  const ui = {};
  for (const field of fields) {
    const [schema, fieldUi] = fieldSchema(field);
    properties[field.id] = schema;
    ui[field.id] = fieldUi;
  }
  return [{ type: 'object', properties }, ui];
}

function objectOf(fields) {
  return objectSchema(fields)[0];
}

const [schema, uiSchema] = objectSchema(template.fields);

function Peer() {
  const [formData, setFormData] = useState(doc.fields);
  const deferred = useDeferredValue(formData);
  const markdown = useMemo(
    () => writeMarkdown({ template: template.id, fields: deferred, additional: {} }),
    [deferred],
  );
  return (
    <>
      <main>
        <Form
          schema={schema}
          uiSchema={uiSchema}
          formData={formData}
          validator={validator}
          onChange={(event) => setFormData(event.formData)}
        />
      </main>
      <section aria-label="Preview">
        <pre>{markdown}</pre>
      </section>
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Peer />
  </StrictMode>,
);
