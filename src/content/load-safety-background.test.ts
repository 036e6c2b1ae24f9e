import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { everydayTexts } from './everyday-texts.js';
import { loadCoachPack } from './load-coach-pack.js';
import { loadProgramPacks } from './load-program-pack.js';
import { loadSafetyBackground } from './load-safety-background.js';

describe("the crisis detector's frozen safe background", () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  // Parses and validates the whole coach pack (1.9 MB of hazards alone): 10–19 s on a loaded CI worker, near the default 20 s.
  it('loads, and says how far today’s coach content has moved from it (refreshed on purpose, never by itself)', () => {
    const background = loadSafetyBackground();
    if (!background.ok) throw new Error(background.problems.join('\n'));
    const programs = loadProgramPacks();
    const pack = loadCoachPack();
    if (!programs.ok || !pack.ok) throw new Error('content does not load');
    const frozen = new Set(background.texts);
    const live = new Set(everydayTexts(programs.programs, pack.pack));
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
