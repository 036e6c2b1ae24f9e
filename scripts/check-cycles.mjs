// `npm run lint`: fails on an import cycle among src/ files (type-only imports count too: a cycle
// of types still ties two modules together). ESLint's import plugins need a resolver for NodeNext
// `.js` specifiers; this reads the relative specifiers directly, which is all src/ uses.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const sources = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) sources.push(resolve(path));
  }
};
walk('src');

const importsOf = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((match) =>
    resolve(dirname(file), match[1].replace(/\.js$/, '.ts')),
  );
const edges = new Map(sources.map((file) => [file, importsOf(file).filter((target) => sources.includes(target))]));

const cycles = [];
const visiting = new Set();
const done = new Set();
const visit = (file, path) => {
  visiting.add(file);
  for (const target of edges.get(file)) {
    if (visiting.has(target)) cycles.push([...path.slice(path.indexOf(target)), target]);
    else if (!done.has(target)) visit(target, [...path, target]);
  }
  visiting.delete(file);
  done.add(file);
};
for (const file of sources) if (!done.has(file)) visit(file, [file]);

if (cycles.length > 0) {
  const shown = cycles.map((cycle) => cycle.map((file) => relative(process.cwd(), file)).join(' → '));
  console.error(`Import cycles in src/:\n${shown.join('\n')}`);
  process.exit(1);
}
