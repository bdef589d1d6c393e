import { accessSync, constants, statSync } from 'node:fs';

/**
 * Whether a path can be a browser to start: 'missing', 'not-executable' (a directory, a device such as /dev/null
 * bound over a binary, a file without the execute bit) or 'ok'.
 */
export function inspectExecutable(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 'missing';
  }
  if (!stats.isFile()) return 'not-executable';
  try {
    accessSync(path, constants.X_OK);
    return 'ok';
  } catch {
    return 'not-executable';
  }
}
