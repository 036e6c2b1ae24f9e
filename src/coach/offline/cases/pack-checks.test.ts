import { describe, expect, it } from 'vitest';
import { pack } from '../../../../test/factories/offline-cases.js';
import { objectTagProblems } from '../../../content/check-coach-pack.js';
import { contentDir, loadCoachPack } from '../../../content/load-coach-pack.js';
import { compileStems, normalise, words } from '../text-match.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Rules of the content check on the coach pack, and the text matching its stems rely on.
const allSteps = [...pack.types.flatMap((kind) => kind.steps), ...pack.generic.steps];

describe('the content check validates the tags', () => {
  it('finds nothing wrong with the shipped tags', () => {
    expect(objectTagProblems(pack.objects, allSteps)).toEqual([]);
  });

  it('refuses a tag on a missing step, an unknown thing or problem, and a skippable gate', () => {
    const steps: typeof pack.objects.steps = { ...pack.objects.steps, 'no-such-step': { gives: ['app'] } };
    steps['lang-02'] = { gives: ['spaceship'] };
    steps['exam-nerves'] = { addresses: ['hiccups'] };
    steps['fit-02'] = { gate: true, gives: ['gym'] };
    const problems = objectTagProblems({ ...pack.objects, steps }, allSteps).join('\n');
    expect(problems).toMatch(/no-such-step: no step has this key/);
    expect(problems).toMatch(/lang-02: gives an unknown thing "spaceship"/);
    expect(problems).toMatch(/exam-nerves: addresses an unknown problem "hiccups"/);
    expect(problems).toMatch(/fit-02: a safety check is never skipped/);
  });

  // Parses and validates the whole coach pack (1.9 MB of hazards alone: 5–19 s): one broken copy carries every
  // reference the loader checks across files, so the pack is parsed once.
  it('stops the pack from loading when a tag names a step it does not have or a hazard drops one no kind has', () => {
    const root = mkdtempSync(join(tmpdir(), 'stepwise-objects-'));
    try {
      cpSync(join(contentDir(), 'goals'), root, { recursive: true });
      const objects = join(root, 'objects.yaml');
      writeFileSync(objects, `${readFileSync(objects, 'utf8')}\n  no-such-step:\n    gives: [app]\n`);
      const hazards = join(root, 'hazards', 'home.yaml');
      writeFileSync(hazards, readFileSync(hazards, 'utf8').replace('drops: [fix-sash-cut,', 'drops: [fix-sash-cutt,'));
      const loaded = loadCoachPack(root);
      expect(loaded.ok).toBe(false);
      expect(loaded.ok ? [] : loaded.problems).toEqual([
        'hazards: lead_paint drops an unknown step "fix-sash-cutt"',
        'objects.yaml: steps.no-such-step: no step has this key',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

it('reads a curly apostrophe as a straight one, in the text and in every stem', () => {
  // Inside a word the apostrophe stays, straight; at a word's edge it is dropped, in texts and stems alike.
  expect(normalise('My parents’ house')).toBe('my parents house');
  expect(normalise('I don‘t know ʼem')).toBe("i don't know em");
  const stems = compileStems({ en: ["my parents' house", 'don’t have much'], ru: [] });
  const curly = normalise('Leaving my parents’ house, I don’t have much');
  expect(stems.count(curly, words(curly))).toBe(2);
});
