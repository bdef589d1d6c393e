import { characterEntities } from 'character-entities';

interface DecodingElement {
  innerHTML: string;
  readonly textContent: string;
}

// Lets the Markdown parser decode named character references in a worker. Bundled for the browser,
// decode-named-character-reference decodes `&name;` through a DOM element it creates when it loads, and a worker has
// no DOM: this gives it the one thing it uses, answered from the table its non-DOM build reads. Does nothing where
// there is a DOM. Imported first by every worker that parses or writes Markdown (preview, checks, import, share),
// before the parser; listed in package.json `sideEffects` so the build keeps the import.
if (typeof document === 'undefined') {
  const createElement = (): DecodingElement => {
    let text = '';
    return {
      set innerHTML(html: string) {
        const name = html.slice(1, -1);
        text = Object.hasOwn(characterEntities, name) ? characterEntities[name]! : html;
      },
      get innerHTML() {
        return text;
      },
      get textContent() {
        return text;
      },
    };
  };
  (globalThis as { document?: unknown }).document = { createElement };
}
