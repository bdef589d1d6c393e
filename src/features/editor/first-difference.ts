/**
 * The dotted path of the first value that differs between two versions of a document (`fields.goals.2.text`), in
 * key order; the path of the list itself when items were added or removed. Undefined when they are equal.
 */
export function firstDifference(before: unknown, after: unknown, path = ''): string | undefined {
  if (Object.is(before, after)) return undefined;
  if (Array.isArray(before) && Array.isArray(after)) {
    const common = Math.min(before.length, after.length);
    for (let index = 0; index < common; index += 1) {
      const found = firstDifference(before[index], after[index], join(path, String(index)));
      if (found !== undefined) return found;
    }
    return before.length === after.length ? undefined : path;
  }
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) {
      const found = firstDifference(before[key], after[key], join(path, key));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return path;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
