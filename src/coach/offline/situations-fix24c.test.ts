import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-fourth blind read, fixed in general (helper fix24c)', () => {
  it('keeps a learner whose colleagues switch to English speaking the language learned, not English', async () => {
    const en = await firstFive(
      'language',
      'Get my Dutch good enough that people stop switching to English',
      'I moved to Utrecht for work two years ago and finished the B1 course. The moment I hesitate, colleagues switch to English, so I hardly ever get to speak it.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['lang-stay-ask', 'lang-stay-fillers']);
    expect(en.keys).not.toContain('lang-15');
    expect(en.keys).not.toContain('lang-04');
    expect(en.texts.join(' ')).toContain('Dutch');
    expect(en.texts.join(' ')).not.toMatch(/in English/);
    const ru = await firstFive(
      'language',
      'Заговорить на грузинском по-настоящему',
      'Живу в Тбилиси третий год, но как только я запинаюсь, все переходят на русский, и мне почти не с кем говорить.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-stay-ask');
    expect(ru.keys).toContain('lang-stay-place');
    expect(ru.keys).not.toContain('lang-18');
  });

  it('still reads English as the language when the title names only English (near miss)', async () => {
    const en = await firstFive('language', 'Improve my English', 'I can read it but want to chat with colleagues.');
    expect(en.keys).not.toContain('lang-stay-ask');
    expect(en.texts.join(' ')).toContain('English');
  });

  it('gives a reader after one good book on a subject a short list from people who know it, not a reading challenge', async () => {
    const ru = await firstFive(
      'reading',
      'Прочитать что-нибудь толковое по истории Грузии',
      'Живу в Тбилиси, почти ничего не знаю про страну. Читаю на русском.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['read-subj-list', 'read-subj-choose', 'read-subj-start']);
    expect(ru.keys).not.toContain('read-pick-next');
    expect(ru.keys).not.toContain('read-challenge');
    const en = await firstFive(
      'reading',
      'Read a good book about the history of Japan',
      "I'm going there next year and know almost nothing about it.",
    );
    expect(en.keys[0]).toBe('read-subj-list');
    expect(en.keys).not.toContain('read-shelf');
    const more = await firstFive('reading', 'Read more books', 'I used to read a lot but stopped after university.');
    expect(more.keys).not.toContain('read-subj-list');
  });

  it('makes a freelancer whose work is under NDA pieces to show before "three best pieces"', async () => {
    const ru = await firstFive(
      'career',
      'Уйти из агентства на фриланс дизайнером',
      'Третий год работаю верстальщиком, всё портфолио — рабочие проекты под NDA, показать почти нечего.',
      'ru',
    );
    expect(ru.keys).toContain('car-free-nda');
    expect(ru.keys).not.toContain('car-free-portfolio');
    const en = await firstFive(
      'career',
      'Start freelancing as a web designer',
      'All my agency work is under NDA, so I have almost nothing to show.',
    );
    expect(en.keys).toContain('car-free-nda');
    const plain = await firstFive(
      'career',
      'Go freelance as a designer',
      'I have a portfolio site with my best projects.',
    );
    expect(plain.keys).toContain('car-free-portfolio');
    expect(plain.keys).not.toContain('car-free-nda');
  });

  it('gives a smoker who relapsed support once, not a second support step', async () => {
    const ru = await firstFive(
      'quit',
      'Бросить курить',
      'Курю пачку в день. Два раза бросал, оба раза продержался неделю.',
      'ru',
    );
    expect(ru.keys).toContain('quit-again-method');
    expect(ru.keys).not.toContain('quit-smoke-support');
    const en = await firstFive('quit', 'Quit smoking', 'I tried to quit twice and only lasted a week each time.');
    expect(en.keys).toContain('quit-again-method');
    expect(en.keys).not.toContain('quit-smoke-support');
  });

  it('skips the flat search when the new flat is handed over on a date', async () => {
    const ru = await firstFive(
      'moving',
      'Переехать в другой район',
      'Продали старую квартиру, новую отдают 25 апреля, а съезжать 20-го.',
      'ru',
    );
    expect(ru.keys).not.toContain('move-09');
    const en = await firstFive(
      'moving',
      'Move across town',
      'We get the keys on 25 April and must leave the old flat on the 20th.',
    );
    expect(en.keys).not.toContain('move-09');
  });

  it('does not list ten contacts after reaching people inside on the no-replies path', async () => {
    const en = await firstFive(
      'career',
      'Get my first data analyst job',
      "I've sent about 60 applications and got nothing but automated rejections.",
    );
    expect(en.keys).toContain('car-reply-inside');
    expect(en.keys).not.toContain('car-07');
    expect(en.keys).not.toContain('car-08');
  });
});
