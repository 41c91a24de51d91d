import { describe, expect, it } from 'vitest';

// bulletproof-react's import zones (house-style rule 26) as an executable rule: shared code (components, config,
// lib, types) imports no feature and no app code; a feature imports no other feature and no app code.
const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./testing/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

function imports(source: string): string[] {
  // `... from 'x'`, `import 'x'` and `import('x')`.
  return [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

/** Relative imports are resolved to their `@/` form, so `../../features/x` cannot slip past the rule. */
function normalise(file: string, target: string): string {
  if (!target.startsWith('.')) return target;
  const parts = file.split('/').slice(1, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return `@/${parts.join('/')}`;
}

function violations(): string[] {
  const found: string[] = [];
  for (const [file, source] of Object.entries(sources)) {
    const zone = file.split('/')[1];
    for (const target of imports(source).map((t) => normalise(file, t))) {
      if (['components', 'config', 'lib', 'types'].includes(zone ?? '')) {
        if (target.startsWith('@/features') || target.startsWith('@/app')) found.push(`${file} -> ${target}`);
      }
      if (zone === 'features') {
        const feature = file.split('/')[2];
        if (target.startsWith('@/app')) found.push(`${file} -> ${target}`);
        if (target.startsWith('@/features/') && !target.startsWith(`@/features/${feature}/`)) {
          found.push(`${file} -> ${target}`);
        }
      }
    }
  }
  return found;
}

describe('architecture', () => {
  it('sees the source files', () => {
    expect(Object.keys(sources)).toContain('./lib/api-client.ts');
  });

  it('keeps imports flowing shared -> features -> app because features must stay independent', () => {
    expect(violations()).toEqual([]);
  });
});
