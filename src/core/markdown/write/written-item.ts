import type { RootContent } from 'mdast';
import type { WriteContext } from './context';

/**
 * One item's nodes (a group item, a table row), from the context's item cache when it holds this item written for
 * the same field under the same conditions (`key`: its place, the options); see `WriteContext.items`. Items are
 * cached only while no additional content waits to be placed: one could be placed inside an item, and then the
 * item's nodes would depend on more than the item.
 */
export function writtenItem<T extends RootContent>(
  ctx: WriteContext,
  field: object,
  item: object,
  key: string,
  write: () => T[],
): T[] {
  const cache = ctx.items;
  if (!cache || ctx.pending.size > 0) return write();
  const fullKey = `${key}|${ctx.options.emptyFields}|${ctx.options.includeGuidance}|${ctx.definitions ?? ''}`;
  const known = cache.get(item);
  if (known && known.field === field && known.key === fullKey) return known.nodes as T[];
  const nodes = write();
  cache.set(item, { field, key: fullKey, nodes });
  return nodes;
}
