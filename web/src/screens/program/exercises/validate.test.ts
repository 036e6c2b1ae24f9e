import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../../api/contract/tracks';
import { en } from '../../../i18n/en';
import { cleaned, problems } from './validate';

const prompts: Prompt[] = [
  { kind: 'text', id: 'feeling', ask: 'How do you feel?', optional: false, max_length: 10 },
  { kind: 'scale', id: 'mood', ask: 'Mood', optional: false, min: 1, max: 10 },
  { kind: 'text', id: 'note', ask: 'Anything else?', optional: true, max_length: 100 },
];

describe('exercise answers', () => {
  it('names each required answer that is missing or blank, and a text over its limit', () => {
    expect(problems(en, prompts, { feeling: '   ' })).toEqual({
      feeling: en.exercises.required,
      mood: en.exercises.required,
    });
    expect(problems(en, prompts, { feeling: 'x'.repeat(11), mood: 3 })).toEqual({ feeling: en.exercises.tooLong(10) });
    expect(problems(en, prompts, { feeling: 'calm', mood: 3 })).toEqual({});
  });

  it('sends trimmed texts and leaves blank optional ones out', () => {
    expect(cleaned({ feeling: ' calm ', mood: 3, note: '  ' })).toEqual({ feeling: 'calm', mood: 3 });
  });
});
