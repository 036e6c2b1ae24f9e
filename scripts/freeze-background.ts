// npm run freeze:background — snapshots the product's everyday text as the crisis detector's safe background
// (content/safety/background.json) and prints what changed. Run test/safety/ after, and keep the snapshot only if
// the blind set's and the goal sets' figures hold: the coach's words teach the detector what ordinary text is.
import { existsSync, writeFileSync } from 'node:fs';
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
const about =
  "The crisis detector's safe background, frozen (src/content/load-safety-background.ts). Written by " +
  '`npm run freeze:background`; do not edit by hand. Refresh it on purpose and run test/safety after.';
// One text a line, so a refresh reads as a diff of texts.
writeFileSync(
  backgroundFile(),
  JSON.stringify({ about, frozen: new Date().toISOString().slice(0, 10), texts }, null, 2) + '\n',
);
console.log(
  `content/safety/background.json: ${texts.length} texts (${[...now].filter((text) => !old.has(text)).length} new, ` +
    `${[...old].filter((text) => !now.has(text)).length} gone). Now run: npx vitest run test/safety`,
);
