import type { RootContent } from 'mdast';
import type { FieldValue } from '../../document/spec-document';
import type { Field, GroupField } from '../../template/types';
import type { Scope, WriteContext } from '../write/context';
import type { Written } from '../write/written';

/**
 * What the writer and the reader know about one kind of field: its Markdown half. The value half (schema, empty
 * value, checks) is the kind's `FieldKindModule`; the two are apart so that validating a stored document loads no
 * Markdown code. The registry (`fieldMarkdownKinds`) holds one per kind, typed so that a kind without one fails
 * to compile.
 */
export interface FieldMarkdownModule<F extends Field> {
  /** The Markdown blocks of the field placed as a block of its own. */
  write(
    field: F,
    value: FieldValue | undefined,
    scope: Scope,
    ctx: WriteContext,
    headingDepth: number,
  ): Written;
  /** Reads the field from one Markdown block, when the block is of its kind; false when it is not. */
  readBlock(field: F, node: RootContent, reading: BlockReading): boolean;
}

/** What the reader lends a kind reading one block. */
export interface BlockReading {
  /** The block after this one (a code field takes only a code block right before the next heading). */
  next: RootContent | undefined;
  /** Stores the value read. */
  fill(value: FieldValue): void;
  /**
   * Reads a repeatable group: its items may take part of a list and leave the rest as additional content, which is
   * the reader's state, so the reader does it.
   */
  readGroup(group: GroupField, node: RootContent): boolean;
}
