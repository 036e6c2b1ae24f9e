import { describe, expect, it } from 'vitest';
import { typedTrack } from './focus-answer.js';

const program = {
  tracks: [
    { id: 'self_work', emoji: '🧠', name: { en: 'Self Work', ru: 'Работа над собой' } },
    { id: 'child_connection', emoji: '👨‍👦', name: { en: 'Child Connection', ru: 'Связь с ребёнком' } },
    { id: 'negotiation', emoji: '🤝', name: { en: 'Negotiation', ru: 'Переговоры' } },
    { id: 'community', emoji: '🌍', name: { en: 'Community', ru: 'Поддержка сообщества' } },
  ],
} as never;

describe('a typed answer to "which matters most?"', () => {
  it.each([
    ['Self Work', 'self_work'],
    ['self work', 'self_work'],
    ['«Работа над собой»', 'self_work'],
    ['связь с ребенком', 'child_connection'],
    ['2', 'child_connection'],
    ['4.', 'community'],
    ['🤝', 'negotiation'],
    ['I think Community, yes', 'community'],
    ['наверное, переговоры', 'negotiation'],
    ['self_work', 'self_work'],
  ])('takes %s as %s', (typed, track) => {
    expect(typedTrack(program, typed)).toBe(track);
  });

  it.each(['hello', 'I want to write a letter to my son', '5', '0', 'Self Work or Community', ''])(
    'names no single track in %j',
    (typed) => {
      expect(typedTrack(program, typed)).toBeUndefined();
    },
  );
});
