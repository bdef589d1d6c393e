import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The lint rule that keeps src/core pure is configuration; this proves it bites, so a config change cannot quietly
// switch it off. The rule is scoped by path, so a probe must sit at src/core/... for the linter; it sits there in a
// scratch copy of the project's biome.json, never in the real src/core (a watcher, a parallel run or a crash would
// otherwise see or keep the probe). Biome's --stdin-file-path cannot stand in: in stdin mode Biome 2.5 prints no
// diagnostics and fails even clean input.
const root = resolve(import.meta.dirname, '..', '..');
const biome = join(root, 'node_modules', '.bin', 'biome');
const scratch = mkdtempSync(join(tmpdir(), 'core-purity-'));
mkdirSync(join(scratch, 'src', 'core'), { recursive: true });
copyFileSync(join(root, 'biome.json'), join(scratch, 'biome.json'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let probes = 0;
function lintCore(source: string): string {
  const file = join('src', 'core', `purity-probe-${probes++}.ts`);
  writeFileSync(join(scratch, file), source);
  try {
    // No VCS in the scratch folder; the project's ignore file has nothing to say about src/core anyway.
    execFileSync(biome, ['lint', '--colors=off', '--vcs-enabled=false', file], {
      cwd: scratch,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
}

describe('the core purity lint rule', () => {
  it.each([
    ["import { useState } from 'react';\nexport const x = useState;\n", 'no React'],
    ["import { createRouter } from '@tanstack/react-router';\nexport const x = createRouter;\n", 'no router'],
    ["import { useForm } from 'react-hook-form';\nexport const x = useForm;\n", 'no react-hook-form'],
    ["import { get } from 'idb-keyval';\nexport const x = get;\n", 'no storage'],
    ['export const x = document.title;\n', 'no DOM'],
    ["export const x = localStorage.getItem('a');\n", 'no storage'],
    ['export const x = window.location.href;\n', 'no DOM'],
  ])('rejects %j', (source, message) => {
    expect(lintCore(source)).toContain(message);
  });

  it('accepts pure code', () => {
    expect(lintCore("import { z } from 'zod';\nexport const x = z.string();\n")).toBe('');
  });

  it('applies to src/core only, as configured', () => {
    const file = join('src', 'features', 'purity-probe.ts');
    mkdirSync(join(scratch, 'src', 'features'), { recursive: true });
    writeFileSync(join(scratch, file), "import { useState } from 'react';\nexport const x = useState;\n");
    expect(() =>
      execFileSync(biome, ['lint', '--colors=off', '--vcs-enabled=false', file], {
        cwd: scratch,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
}, 60_000);
