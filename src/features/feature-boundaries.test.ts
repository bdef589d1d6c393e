import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Features never import each other (a route composes them). The rule is one biome override per feature folder; this
// proves every folder has one naming every other feature, so a new feature cannot be forgotten, and that it bites.
const root = resolve(import.meta.dirname, '..', '..');
const featuresDir = join(root, 'src', 'features');
const features = readdirSync(featuresDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

interface Override {
  includes: string[];
  linter?: {
    rules?: { style?: { noRestrictedImports?: { options?: { patterns?: { group: string[] }[] } } } };
  };
}
const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8')) as { overrides: Override[] };

function forbidden(feature: string): Set<string> {
  const override = config.overrides.find((o) => o.includes.includes(`src/features/${feature}/**`));
  const patterns = override?.linter?.rules?.style?.noRestrictedImports?.options?.patterns ?? [];
  return new Set(patterns.flatMap((pattern) => pattern.group));
}

const scratch = mkdtempSync(join(tmpdir(), 'feature-boundaries-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('feature boundaries', () => {
  it.each(features)('%s may import no other feature, at any depth', (feature) => {
    const groups = forbidden(feature);
    for (const other of features.filter((f) => f !== feature))
      for (const depth of ['../', '../../', '../../../'])
        expect(groups, `${feature} -> ${depth}${other}`).toContain(`${depth}${other}/**`);
  });

  it('the rule bites', () => {
    const [from, to] = features;
    if (!from || !to) throw new Error('expected at least two features');
    copyFileSync(join(root, 'biome.json'), join(scratch, 'biome.json'));
    mkdirSync(join(scratch, 'src', 'features', from), { recursive: true });
    const file = join('src', 'features', from, 'boundary-probe.ts');
    writeFileSync(join(scratch, file), `import { x } from '../${to}/index';\nexport const y = x;\n`);
    let output = '';
    try {
      execFileSync(
        join(root, 'node_modules', '.bin', 'biome'),
        ['lint', '--colors=off', '--vcs-enabled=false', file],
        {
          cwd: scratch,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    expect(output).toContain('Features never import each other');
  });
}, 60_000);
