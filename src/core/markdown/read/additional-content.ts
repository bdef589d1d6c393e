import type { RootContent } from 'mdast';

/** A stretch of the source kept as additional content after the field (or section) `anchor` names. */
interface Run {
  anchor: string;
  start: number;
  end: number;
}

/**
 * Additional content as the reading finds it: blocks no field takes are kept verbatim, and neighbours kept after the
 * same place become one run, so the file's own spacing between them survives.
 */
export class AdditionalContent {
  private readonly runs: Run[] = [];
  private readonly parts = new Map<string, string[]>();
  private open = false;

  constructor(private readonly source: string) {}

  /** Keeps a block after `anchor`, joined to the run before it when nothing but blank lines lies between. */
  keep(node: RootContent, anchor: string): void {
    if (!node.position) return;
    const start = node.position.start.offset!;
    const end = node.position.end.offset!;
    const run = this.runs[this.runs.length - 1];
    if (run && this.open && run.anchor === anchor && blank(this.source.slice(run.end, start))) run.end = end;
    else {
      this.runs.push({ anchor, start, end });
      this.open = true;
    }
  }

  /** Something the template knows came between: the next block kept starts a run of its own. */
  close(): void {
    this.open = false;
  }

  /** Markdown (not a block of the source) kept after `anchor`. */
  add(anchor: string, markdown: string): void {
    const list = this.parts.get(anchor) ?? [];
    list.push(markdown);
    this.parts.set(anchor, list);
  }

  /** The runs kept so far join their anchors' content (after what was added to them while reading). */
  flush(): void {
    for (const run of this.runs) this.add(run.anchor, this.source.slice(run.start, run.end));
    this.runs.length = 0;
    this.open = false;
  }

  /** Additional content by anchor, in document order inside each anchor. */
  result(): Record<string, string> {
    this.flush();
    const out: Record<string, string> = {};
    for (const [anchor, parts] of this.parts) out[anchor] = parts.join('\n\n');
    return out;
  }
}

export function blank(text: string): boolean {
  return text.trim() === '';
}
