// A copy of the preview's shim (features do not import each other): the checks parse values with micromark too.
// The writer parses Markdown fields with micromark, whose named character references are decoded by
// decode-named-character-reference. Bundled for the browser, that package decodes through a DOM element, and a
// worker has no DOM. This gives it the one thing it uses (an element whose innerHTML `&name;` yields the character),
// answered from the same table its non-DOM build reads. Imported first by the worker, before the writer.
// (The cleaner fix is the `worker` export condition in the worker build's resolve settings, in vite.config.ts.)
import { characterEntities } from 'character-entities';

interface DecodingElement {
  innerHTML: string;
  readonly textContent: string;
}

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
