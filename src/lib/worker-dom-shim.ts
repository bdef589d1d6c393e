import { characterEntities } from 'character-entities';

interface DecodingElement {
  innerHTML: string;
  readonly textContent: string;
}

// Lets the Markdown parser decode named character references in a worker. Bundled for the browser,
// decode-named-character-reference decodes `&name;` through a DOM element it creates when it loads, and a worker has
// no DOM: this gives it the one thing it uses, answered from the table its non-DOM build reads. Does nothing where
// there is a DOM. Imported first by the import and share workers, before the parser (listed in package.json
// `sideEffects`). The same as the preview's worker shim, which another feature cannot import.
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
