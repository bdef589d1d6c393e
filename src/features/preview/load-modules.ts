import { useEffect, useState } from 'react';
import type { SpecDocument } from '../../core';
import type { ExportOptions } from '../../core/markdown/write/context';
import type * as Renderer from './render-markdown';

/** The Markdown writer's entry point, as the preview uses it. */
export type WriteMarkdown = (doc: SpecDocument, options: ExportOptions) => string;
export type RendererModule = typeof Renderer;

export interface PreviewModules {
  writeMarkdown: WriteMarkdown;
  renderer: RendererModule;
}

// Loaded on first use, not with the page: the writer, remark and rehype are most of the editor's weight, and the form
// accepts input before they arrive.
let modules: Promise<PreviewModules> | undefined;
let loaded: PreviewModules | undefined;

/** Loads the writer and the rendering pipeline once; later calls share the same promise. */
export function loadPreviewModules(): Promise<PreviewModules> {
  modules ??= Promise.all([import('../../core/markdown/write-markdown'), import('./render-markdown')]).then(
    ([writer, renderer]) => {
      loaded = { writeMarkdown: writer.writeMarkdown, renderer };
      return loaded;
    },
  );
  return modules;
}

/** The preview's modules once loaded (undefined until then), plus a load error to show. */
export function usePreviewModules(): { modules?: PreviewModules; error?: string } {
  const [state, setState] = useState<{ modules?: PreviewModules; error?: string }>(() =>
    loaded ? { modules: loaded } : {},
  );
  useEffect(() => {
    if (state.modules) return;
    let alive = true;
    loadPreviewModules().then(
      (value) => alive && setState({ modules: value }),
      (error: unknown) => {
        modules = undefined; // let a later mount try again (a flaky network on a stale deploy)
        if (alive) setState({ error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      alive = false;
    };
  }, [state.modules]);
  return state;
}
