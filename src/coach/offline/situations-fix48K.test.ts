import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-eighth blind read, fixed in general (helper fix48K)', () => {
  it('gives a cannabis relapse one support step, not a stop-smoking service as well', async () => {
    const en = await tap(
      'quit',
      'stop smoking cannabis for good',
      'I smoke a joint every evening to wind down. I stopped for a few days last spring but slipped back when I could not sleep.',
      'en',
      ['Quitting a habit', "I've tried to stop before and slipped"],
    );
    expect(en.keys).toContain('quit-cannabis-support');
    expect(en.keys).not.toContain('quit-again-method');
    // Tobacco after a slip still gets the changed method.
    const near = await tap(
      'quit',
      'quit cigarettes',
      'I smoke ten a day. I tried to stop last year and slipped after three weeks.',
      'en',
      ['Quitting a habit', "I've tried to stop before and slipped"],
    );
    expect(near.keys).toContain('quit-again-method');
  });

  it('plans the café evenings with friends for a nightly shisha, not a clear-out of the home', async () => {
    const en = await tap(
      'quit',
      'give up hookah',
      'Most evenings I sit at the cafe with my friends and we share a hookah. I want to stop but keep seeing them.',
      'en',
      ['Nights out at a bar or shisha lounge'],
    );
    expect(en.keys).toContain('quit-venue-mates');
    expect(en.keys).not.toContain('quit-clear');
    const near = await tap('quit', 'give up hookah', 'I smoke a hookah alone on my balcony every evening.', 'en');
    expect(near.keys).not.toContain('quit-venue-mates');
  });

  it('picks no next audiobook for the Bible read through with audio on some days', async () => {
    const en = await tap(
      'reading',
      'read through the Bible this year',
      'I keep stopping in Numbers. On busy days I will listen to the audio Bible on the bus.',
      'en',
      ['Reading the Bible through in a year'],
    );
    expect(en.keys).toContain('read-scripture-plan');
    expect(en.keys).not.toContain('read-audio-pick');
    expect(en.keys).not.toContain('read-audio-plan');
    // A plain audiobook goal keeps its audio steps.
    const near = await tap(
      'reading',
      'get into audiobooks',
      'I walk the dog for an hour a day and want to listen to novels.',
      'en',
      ['Listening to audiobooks'],
    );
    expect(near.keys.some((key) => key === 'read-audio-pick' || key === 'read-audio-plan')).toBe(true);
  });

  it('gives no library card for a set inherited from a grandparent', async () => {
    const ru = await tap(
      'reading',
      'прочитать Толстого',
      'От дедушки остались книги Толстого, двенадцать томов. Хочу прочитать хотя бы романы, читаю в автобусе.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).not.toContain('read-library');
    const en = await tap(
      'reading',
      'read Dickens properly',
      "I inherited my father's Dickens and have never opened it. I read on the train to work.",
      'en',
      ['None of these'],
    );
    expect(en.keys).not.toContain('read-library');
  });

  it('gives a returning reader of history books for work no list of old favourites', async () => {
    const ru = await tap(
      'reading',
      'читать книги по истории края для работы',
      'Я экскурсовод, лет десять не читала ничего серьёзного, а туристы спрашивают о том, чего я не знаю.',
      'ru',
      ['Возвращаюсь после перерыва'],
    );
    expect(ru.keys).not.toContain('read-return');
  });

  it('reads early cataracts as print that tires the eyes, not sight loss; all the characters lost is the cast', async () => {
    const en = await tap(
      'reading',
      'finish Anna Karenina at last',
      "I'm 71 with mild cataracts, so the small print wears my eyes out. I keep losing track of all the characters.",
      'en',
      ['Coming back to it after a break'],
    );
    expect(en.keys).toContain('read-sight-print');
    expect(en.keys).not.toContain('read-sight-talking');
    expect(en.keys).toContain('read-cast-list');
    const near = await tap(
      'reading',
      'read more books again',
      'I have glaucoma and cannot see the print any more.',
      'en',
      ['Coming back to it after a break'],
    );
    expect(near.keys).toContain('read-sight-talking');
  });

  it('puts no study on a past exam day, an exam morning, or weekends spent away', async () => {
    const en = await tap(
      'exam',
      'pass the CPA board exam in May',
      'Second try. I panic on exam mornings and last Saturday of the mock I froze. I work full time.',
      'en',
      ['Exam'],
    );
    expect(en.keys).not.toContain('exam-calendar-window');
    const ru = await tap(
      'language',
      'выучить казахский для работы',
      'Начинаю с нуля. Могу заниматься по часу вечером, по выходным езжу на дачу.',
      'ru',
      ['Изучение языка'],
    );
    expect(ru.texts.join(' ')).not.toContain('по выходным');
    const near = await tap(
      'exam',
      'pass the CPA board exam in May',
      'Second try. I study on Sundays and work full time.',
      'en',
      ['Exam'],
    );
    expect(near.keys).toContain('exam-calendar-window');
  });

  it('reads an app left after a week as no comeback', async () => {
    const en = await tap(
      'language',
      'learn some Romanian for my in-laws',
      'I tried an app last year but gave up after a few days. I want to chat at Christmas.',
      'en',
      ['Learning a language', 'Just starting'],
    );
    expect(en.keys).not.toContain('lang-24');
  });
});
