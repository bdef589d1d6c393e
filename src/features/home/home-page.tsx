import { Link } from '@tanstack/react-router';
import { templates } from '../../core';

/** The start page: the templates a new spec can be written from. */
export function HomePage() {
  return (
    <div className="page home">
      <h1>Write a spec</h1>
      <p className="lede">
        Pick a template. Specwright walks you through each section as a form and writes the Markdown beside
        it. Everything stays in your browser.
      </p>
      <ul className="template-list" aria-label="Templates">
        {templates.map((template) => (
          <li key={template.id} className="template-card">
            <h2>{template.name}</h2>
            <p>{template.summary}</p>
            <Link className="button primary" to="/new/$template" params={{ template: template.id }}>
              New {template.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
