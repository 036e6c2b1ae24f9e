import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedOfflineCoach } from '../../../../test/factories/first-five.js';
import { type CorpusWalk, corpusWalks } from '../../../../test/factories/corpus-walks.js';

/** Recorded by scripts/record-corpus-walks.ts: the steps as they were before the last change meant to keep them. */
const recorded = readFileSync(new URL('../../../../test/fixtures/offline/corpus-walks.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as CorpusWalk);

describe('the offline coach gives the same steps for the same goal (a change to memory or speed changes no step)', () => {
  it('walks every recorded corpus goal to the same five steps, word for word', async () => {
    const { coach, pack } = shippedOfflineCoach();
    const walks = await corpusWalks(coach, pack);
    expect(walks.length).toBe(recorded.length);
    const differing = walks.filter((walk, at) => JSON.stringify(walk) !== JSON.stringify(recorded[at]));
    expect(differing.map((walk) => `${walk.lang}: ${walk.title}`)).toEqual([]);
  }, 120_000);
});
