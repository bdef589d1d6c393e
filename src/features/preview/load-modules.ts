import { useEffect, useState } from 'react';
import type { SpecDocument } from '../../core';
import type { ExportOptions } from '../../core/markdown/write/context';
import type * as Renderer from './render-markdown';

/** The Markdown writer's entry point, as the preview uses it. */
export type WriteMarkdown = (doc: SpecDocument, options: ExportOptions) => string;
export type RendererModule = typeof Renderer;

// Loaded on first use, not with the page: remark, rehype and the writer are most of the editor's weight, and the
// form accepts input before they arrive.
let renderer: Promise<RendererModule> | undefined;
let loadedRenderer: RendererModule | undefined;
let writer: Promise<WriteMarkdown> | undefined;

/** Loads the rendering pipeline once; later calls share the same promise, a failed load is tried again. */
export function loadRenderer(): Promise<RendererModule> {
  if (!renderer) {
    renderer = import('./render-markdown').then((module) => {
      loadedRenderer = module;
      return module;
    });
    renderer.catch(() => {
      renderer = undefined;
    });
  }
  return renderer;
}

/** Loads the writer for the main thread (when no worker can write the preview). */
export function loadWriter(): Promise<WriteMarkdown> {
  if (!writer) {
    // The cached writer, as in the worker: a keystroke rewrites only the section and item it changed.
    writer = import('../../core/preview/cached-writer').then((module) => module.createCachedWriter());
    writer.catch(() => {
      writer = undefined;
    });
  }
  return writer;
}

/** The rendering pipeline once loaded (undefined until then), or the load error to show. */
export function useRenderer(): { renderer?: RendererModule; error?: string } {
  const [state, setState] = useState<{ renderer?: RendererModule; error?: string }>(() =>
    loadedRenderer ? { renderer: loadedRenderer } : {},
  );
  useEffect(() => {
    if (state.renderer) return;
    let alive = true;
    loadRenderer().then(
      (module) => alive && setState({ renderer: module }),
      (error: unknown) =>
        alive && setState({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      alive = false;
    };
  }, [state.renderer]);
  return state;
}
