import type { Field } from '../../template/types';
import { resolvePlaceholder } from '../../template/walk';
import type { Scope } from './context';

/** The placeholder of a field in this scope: the segment's own, the item's override, or the field's; `{n}` resolved. */
export function placeholderFor(scope: Scope, field: Field, override?: string): string {
  return resolvePlaceholder(override ?? scope.placeholders?.[field.id] ?? field.placeholder, scope.n);
}
