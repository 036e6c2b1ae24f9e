import { describe, expect, it } from 'vitest';
import { createReader } from './reader.js';
import { russianWords, translitKeys } from './translit.js';

const screenReader = createReader({
  russian: russianWords([
    'я не хочу жить, хочу умереть, всё надоело, уже нет сил, может быть сегодня ночью, жизнь, мой сын, пишу',
    'я не хочу жить',
    'больше не могу, вообще',
  ]),
  english: new Set(['i', 'want', 'to', 'die', 'good', 'so', 'tired', 'no', 'on', 'my', 'net', 'kill', 'myself']),
  lexicon: {
    en: { phrases: { kms: 'kill myself', rn: 'right now', 'unalive myself': 'kill myself' }, emoji: { '💊': 'pills' } },
    ru: { phrases: { выпилюсь: 'покончу с собой', щас: 'сейчас' }, emoji: { '💊': 'таблетки' } },
  },
});

const reader = { readings: (text: string) => screenReader.readings(text).map((reading) => reading.text) };

describe('how the crisis screen reads what people type', () => {
  it('always screens the words as typed first', () => {
    expect(reader.readings('Just a normal day')).toEqual(['Just a normal day']);
    expect(reader.readings('kms rn')[0]).toBe('kms rn');
  });

  it('reads Russian typed in Latin letters, in either habit, as the Russian words it stands for', () => {
    expect(reader.readings('ya ne hochu zhit')).toContain('я не хочу жить');
    expect(reader.readings('q ne xo4u jit')).toContain('я не хочу жить');
    expect(reader.readings('ya uje ne hochu jit')).toContain('я уже не хочу жить');
    // Some type 6 for б (its shape), others for ш: both readings are tried against the words known.
    expect(reader.readings('ja bol6e ne mogu. voob6e')).toContain('я больше не могу. вообще');
  });

  it('reads a word typed with Latin look-alikes inside Cyrillic as the Cyrillic word', () => {
    expect(reader.readings('хочу умeреть')).toContain('хочу умереть');
  });

  it('reads letters stretched for feeling and digits typed for letters', () => {
    expect(reader.readings('i want to diiiie')).toContain('i want to die');
    expect(reader.readings('soooo tired')).toContain('so tired');
    expect(reader.readings('k1ll mys3lf')).toContain('kill myself');
    expect(reader.readings('хочууу умеретььь')).toContain('хочу умереть');
  });

  it('reads chat abbreviations, slang and emoji as the words they stand for, in the language of the message', () => {
    expect(reader.readings('gonna kms rn')).toContain('gonna kill myself right now');
    expect(reader.readings('want to unalive myself')).toContain('want to kill myself');
    expect(reader.readings('щас выпилюсь')).toContain('сейчас покончу с собой');
    expect(reader.readings('saving 💊')).toContain('saving pills');
    expect(reader.readings('коплю 💊')).toContain('коплю таблетки');
  });

  it('lets the model read only the Russian reading of Russian typed in Latin; the patterns read every reading', () => {
    expect(screenReader.readings('ya ne hochu zhit')).toEqual([
      { text: 'ya ne hochu zhit', patternsOnly: true },
      { text: 'я не хочу жить' },
    ]);
    expect(screenReader.readings('gonna kms rn').every((reading) => !reading.patternsOnly)).toBe(true);
  });

  it('leaves English as English: no Russian reading when the Latin words are English', () => {
    expect(reader.readings('no more on my net')).toEqual(['no more on my net']);
  });

  it('bounds the readings tried for any one word', () => {
    expect(translitKeys('jajajajajajajajajajajajajajajajajajajaja').length).toBeLessThanOrEqual(32);
  });
});
