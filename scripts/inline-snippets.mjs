// Copies the JS snippets a wasm-bindgen glue imports (`#[wasm_bindgen(module = "/src/…")]`,
// here src/wasm_input.js) into the glue itself, so that pkg/ stays one .js and one .wasm
// per module: no extra request on a page's critical path, nothing more to list in the npm
// package or to convert for the mini-program. Each snippet becomes a block-scoped
// function returning what the glue imports from it; its own names stay private. Its
// whole-line comments stay in the source only: in the glue every page would load them.
// Fails on a snippet that does more than declare functions and constants.
// Usage: node scripts/inline-snippets.mjs GLUE.js (the snippets/ folder beside it)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const glue = process.argv[2];
let text = readFileSync(glue, 'utf8');
let count = 0;
text = text.replace(/^import \{ ([\w$, ]+) \} from '(\.\/snippets\/[^']+)';\n/gm, (_, names, path) => {
  const source = readFileSync(join(dirname(glue), path), 'utf8');
  const exported = [...source.matchAll(/^export function ([\w$]+)/gm)].map((m) => m[1]);
  const wanted = names.split(',').map((n) => n.trim());
  const missing = wanted.filter((n) => !exported.includes(n));
  if (missing.length) throw new Error(`inline-snippets: ${path} does not export ${missing.join(', ')}`);
  if (/^(import|export (?!function ))/m.test(source)) throw new Error(`inline-snippets: ${path} has an import or an export other than a function`);
  count += 1;
  const body = source
    .replace(/^export function /gm, 'function ')
    .split('\n')
    .filter((line) => !/^\s*(\/\/.*|\/\*\*.*\*\/)$/.test(line))
    .join('\n')
    .trim();
  const origin = path.replace(/^\.\/snippets\/[^/]+\//, '');
  return `// ${origin}, without its comments (scripts/inline-snippets.mjs)\nconst { ${wanted.join(', ')} } = (() => {\n${body}\nreturn { ${wanted.join(', ')} };\n})();\n`;
});
if (/from '\.\/snippets\//.test(text)) throw new Error(`inline-snippets: ${glue} still imports a snippet`);
writeFileSync(glue, text);
console.log(`${glue}: ${count} snippet(s) inlined`);
