// npm run freeze:background — snapshots the product's everyday text as the crisis detector's safe background
// (content/safety/background.yaml) and prints what changed. Run test/safety/heldout.test.ts after, and keep the
// snapshot only if the held-out figures hold: the coach's words teach the detector what ordinary text is.
import { existsSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { everydayTexts } from '../src/content/everyday-texts.js';
import { loadCoachPack } from '../src/content/load-coach-pack.js';
import { loadProgramPacks } from '../src/content/load-program-pack.js';
import { backgroundFile, loadSafetyBackground } from '../src/content/load-safety-background.js';

const programs = loadProgramPacks();
const pack = loadCoachPack();
if (!programs.ok || !pack.ok) {
  console.error([...(programs.ok ? [] : programs.problems), ...(pack.ok ? [] : pack.problems)].join('\n'));
  process.exit(1);
}
// Kept as the detector learns it, repeats included: a text said in two places weighs twice, and dropping the
// repeats alone moved the held-out figures by a message.
const texts = everydayTexts(programs.programs, pack.pack);
const before = existsSync(backgroundFile()) ? loadSafetyBackground() : undefined;
const old = new Set(before?.ok ? before.texts : []);
const now = new Set(texts);
const header =
  "# The crisis detector's safe background, frozen (src/content/load-safety-background.ts).\n" +
  '# Written by `npm run freeze:background`; do not edit by hand. Refresh it on purpose and run test/safety after.\n';
writeFileSync(
  backgroundFile(),
  header + stringify({ frozen: new Date().toISOString().slice(0, 10), texts }, { lineWidth: 0 }),
);
console.log(
  `content/safety/background.yaml: ${texts.length} texts (${[...now].filter((text) => !old.has(text)).length} new, ` +
    `${[...old].filter((text) => !now.has(text)).length} gone). Now run: npx vitest run test/safety`,
);
