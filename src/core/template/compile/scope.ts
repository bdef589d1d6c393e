import type { Field } from '../types';
import type { IdAllocator } from './naming';

/** What every stage of one compile shares: the source (for verbatim slices) and the anchors handed out. */
export interface CompileContext {
  source: string;
  /** Subsection ids: unique in the whole template and distinct from its top-level field ids. */
  readonly anchors: IdAllocator;
  /** What the compiler inferred or could not do, in words, for the "confirm" step. */
  notes: string[];
  /** Set while one item of a repeated block is compiled. */
  inItem?: boolean;
}

/** Where compiled fields go: the template's top level, or one item of a repeatable group. */
export class FieldScope {
  readonly fields: Field[] = [];
  /** The item number of a repeated block has been placed (the first number mark is the item's id field). */
  numbered = false;

  constructor(readonly ids: IdAllocator) {}

  /** A scope to try things in: its fields and ids are kept only if `commit`ted. */
  trial(): FieldScope {
    const trial = new FieldScope(this.ids.fork());
    trial.numbered = this.numbered;
    return trial;
  }

  /** Keeps what was made in a trial scope. */
  commit(trial: FieldScope): void {
    this.fields.push(...trial.fields);
    this.ids.absorb(trial.ids);
    this.numbered = trial.numbered;
  }

  /** Adds a field built for a fresh id derived from `label`. */
  add<F extends Field>(label: string, build: (id: string) => F, fallback = 'field'): F {
    const field = build(this.ids.take(label, fallback));
    this.fields.push(field);
    return field;
  }
}
