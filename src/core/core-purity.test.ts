import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps src/core pure is configuration; this proves it bites, so a config change cannot quietly
// switch it off.
let probes = 0;
function lintCore(source: string): string {
  // A real file under src/core, because the rule is scoped by path; removed straight after.
  const file = join('src', 'core', `purity-probe-${process.pid}-${probes++}.ts`);
  writeFileSync(file, source);
  try {
    execFileSync('npx', ['biome', 'lint', '--colors=off', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  } finally {
    rmSync(file, { force: true });
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
}, 60_000);
