import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = import.meta.dirname;

/**
 * The files loaded to declare the commands (and so on every `remit` call, `--help` included):
 * remit.ts, the command files that are not *.run.ts, and what they import.
 */
const declaring = [
  'remit.ts',
  'lazy.ts',
  'errors.ts',
  ...fs
    .readdirSync(path.join(cli, 'commands'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.run.ts') && !f.endsWith('.test.ts'))
    .map((f) => `commands/${f}`),
];

/** Static imports that load something at run time (not `import type`, not all-`type` braces). */
function valueImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/^import\s+(type\s+)?([^'";]*?)\s*from\s+'([^']+)';/gm)) {
    const [, typeOnly, what = '', from = ''] = m;
    const braces = /^\{([^}]*)\}$/.exec(what.trim());
    const allTypes = braces?.[1]
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .every((s) => s.startsWith('type '));
    if (!typeOnly && !allTypes) found.push(from);
  }
  for (const m of source.matchAll(/^import\s+'([^']+)';/gm)) found.push(m[1] ?? '');
  return found;
}

describe('[CLI] startup', () => {
  it('declaring the commands loads commander and small modules only; the server loads when a command runs', () => {
    for (const file of declaring) {
      for (const from of valueImports(fs.readFileSync(path.join(cli, file), 'utf8'))) {
        const target = path
          .relative(cli, path.resolve(path.dirname(path.join(cli, file)), from))
          .replace(/\.js$/, '.ts');
        const light = from === 'commander' || from.startsWith('node:') || declaring.includes(target);
        expect(light, `${file} imports ${from}: load it in the command's *.run.ts (see lazy.ts)`).toBe(true);
      }
    }
  });
});
