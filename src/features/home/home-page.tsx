import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTemplates } from '../../lib/templates-context';
import { TeamTemplateProblems } from './team-template-problems';
import './home.css';

export interface HomePageProps {
  /** The controls that open an existing spec (another feature), shown near the top. */
  openControls?: ReactNode;
  /** The user's own templates (another feature), shown after the template list. */
  templateControls?: ReactNode;
}

/** The start page: open an existing spec, or pick the template a new spec is written from. */
export function HomePage({ openControls, templateControls }: HomePageProps) {
  const templates = useTemplates();
  return (
    <div className="page home">
      <h1>Write a spec</h1>
      <p className="lede">
        Pick a template. Specwright walks you through each section as a form and writes the Markdown beside
        it. Everything stays in your browser.
      </p>
      {openControls ? (
        <section className="home-open" aria-labelledby="home-open-title">
          <h2 id="home-open-title">Open an existing spec</h2>
          <p>
            Continue a Technical or Feature Specification you already have: open its Markdown file, drop it on
            this page, or paste its text. It opens as a new draft; nothing is lost.
          </p>
          {openControls}
        </section>
      ) : null}
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
      <TeamTemplateProblems />
      {templateControls}
    </div>
  );
}
