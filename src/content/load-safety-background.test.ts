import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedContent } from '../../test/factories/app-content.js';
import { everydayTexts } from './everyday-texts.js';
import { loadSafetyBackground } from './load-safety-background.js';

describe("the crisis detector's frozen safe background", () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  // Today's packs are the worker's shared content, read from the packs kept by test/global-setup.ts: parsing the coach
  // pack again here took 10–54 s of a loaded CI worker. Still the first file of a worker may build it: the long limit.
  it('loads, and says how far today’s coach content has moved from it (refreshed on purpose, never by itself)', () => {
    const background = loadSafetyBackground();
    if (!background.ok) throw new Error(background.problems.join('\n'));
    const { programs, pack } = sharedContent();
    const frozen = new Set(background.texts);
    const live = new Set(everydayTexts(programs, pack));
    const newer = [...live].filter((text) => !frozen.has(text)).length;
    console.log(
      `crisis background: ${background.texts.length} texts frozen ${background.frozen}; ${newer} of today's ${live.size} everyday texts are not in it (npm run freeze:background, then test/safety)`,
    );
    // The programs' intent examples are what parents type; they are in the snapshot from the start.
    expect(frozen.has('I feel awful')).toBe(true);
    expect(background.texts.length).toBeGreaterThan(5000);
  }, 60_000);

  it('refuses a background text with a heavy word, which would teach the detector that crisis words are ordinary', () => {
    dir = mkdtempSync(join(tmpdir(), 'background-'));
    const file = join(dir, 'background.json');
    const about = 'a test background';
    const texts = ['Pack a bag for the weekend', 'Keep any flame away from the fuel'];
    writeFileSync(file, JSON.stringify({ about, frozen: '2026-11-24', texts }));
    const loaded = loadSafetyBackground(file);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems).toEqual([expect.stringMatching(/texts\.1: a heavy word/)]);
    writeFileSync(file, JSON.stringify({ about, frozen: 'yesterday', texts: [] }));
    const bad = loadSafetyBackground(file);
    expect(bad.ok || bad.problems.join('\n')).toMatch(/frozen[\s\S]*texts/);
    writeFileSync(file, '{"about": "cut off", "texts": [');
    const cut = loadSafetyBackground(file);
    expect(cut.ok || cut.problems.join('\n')).toMatch(/^content\/safety\/background\.json: .*JSON/);
  });
});
