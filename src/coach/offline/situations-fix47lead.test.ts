import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const tap = tapThrough(shippedOfflineCoach().coach);

describe('the forty-seventh blind read, fixed in general (the lead)', () => {
  it('checks a wooden extension ladder with a cracked rung before any gutter work — a sound ladder gets none of it', async () => {
    const cracked = await tap(
      'repair',
      'Clear the blocked gutter at the back of the house',
      'Water pours over the edge whenever it rains. My father-in-law left me his wooden extension ladder; a rung has a crack in it but it still holds me.',
      'en',
      ['A gutter that overflows or leaks'],
    );
    expect(cracked.keys[0]).toBe('hz-ladder-old');
    const sound = await tap(
      'repair',
      'Clear the blocked gutter at the back of the house',
      'Water pours over the edge whenever it rains. I have an aluminium extension ladder that my neighbour checked last spring.',
      'en',
      ['A gutter that overflows or leaks'],
    );
    expect(sound.keys).not.toContain('hz-ladder-old');
  });
});
