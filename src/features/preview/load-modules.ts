import { useEffect, useState } from 'react';
import type { SpecDocument } from '../../core';
import type { ExportOptions } from '../../core/markdown/write/context';
import { afterFirstPaint } from '../../lib/after-first-paint';
import type * as Changes from './changes-view';
import type * as Renderer from './render-markdown';

/** The Markdown writer's entry point, as the preview uses it. */
export type WriteMarkdown = (doc: SpecDocument, options: ExportOptions) => string;
export type RendererModule = typeof Renderer;
export type ChangesModule = typeof Changes;

/** A module loaded on first use: later loads share one promise, a failed load is tried again. */
interface LazyModule<T> {
  load(): Promise<T>;
  /** The module once loaded, for a component mounted after that to show it at once. */
  loaded?: T;
}

function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let pending: Promise<T> | undefined;
  const module: LazyModule<T> = {
    load() {
      if (!pending) {
        pending = importModule().then((value) => {
          module.loaded = value;
          return value;
        });
        pending.catch(() => {
          pending = undefined;
        });
      }
      return pending;
    },
  };
  return module;
}

// Loaded after the form, not with it: remark, rehype and the writer are most of the editor's weight, and the
// form accepts input before they arrive. Each import() is in a function of its own (Vite preloads the
// dependencies of every import() in one expression together).
const renderer = lazyModule(() => import('./render-markdown'));
// The Changes view (and the line diff it runs) only for a document opened from a file, once that view is chosen.
const changes = lazyModule(() => import('./changes-view'));
// The cached writer, as in the worker: a keystroke rewrites only the section and item it changed.
const writer = lazyModule(() =>
  import('../../core/preview/cached-writer').then((module): WriteMarkdown => module.createCachedWriter()),
);

/** Loads the writer for the main thread (when no worker can write the preview). */
export const loadWriter = (): Promise<WriteMarkdown> => writer.load();

type Loaded<T> = { module?: T; error?: string };

/** A lazy module once loaded (undefined until then), or the load error to show; loading starts after first paint. */
function useLazyModule<T>(lazy: LazyModule<T>, enabled = true): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>(() => (lazy.loaded ? { module: lazy.loaded } : {}));
  useEffect(() => {
    if (state.module || !enabled) return;
    let alive = true;
    const cancel = afterFirstPaint(() =>
      lazy.load().then(
        (module) => alive && setState({ module }),
        (error: unknown) =>
          alive && setState({ error: error instanceof Error ? error.message : String(error) }),
      ),
    );
    return () => {
      alive = false;
      cancel();
    };
  }, [lazy, enabled, state.module]);
  return state;
}

/** The rendering pipeline once loaded, or the load error to show. */
export function useRenderer(): { renderer?: RendererModule; error?: string } {
  const { module, error } = useLazyModule(renderer);
  return { renderer: module, error };
}

/** The Changes view once loaded, or the load error to show; nothing is loaded while `enabled` is false. */
export function useChangesView(enabled: boolean): { changes?: ChangesModule; error?: string } {
  const { module, error } = useLazyModule(changes, enabled);
  return { changes: module, error };
}
