import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-first blind read, family and friends (fix52C)', () => {
  it('names the child, not the other parent named in passing ("his mum and I split", «с его мамой»)', async () => {
    const en = await tap(
      'family',
      'get my 14 yr old to stop shutting me out',
      "My son is 14 and barely says a word to me now. His mum and I separated last year and he's with me every other week.",
      'en',
      ['Spending time with a teenager'],
    );
    expect(en.texts.join(' ')).not.toMatch(/your mother|your mum/i);
    const ru = await tap(
      'family',
      'наладить разговоры с сыном',
      'Сыну 14, отвечает одним словом. С его мамой мы развелись, он живёт у меня через неделю.',
      'ru',
      ['Время вместе с подростком'],
    );
    expect(ru.texts.join(' ')).not.toMatch(/мам/i);
    expect(ru.texts.join(' ')).toMatch(/сын/);
    // Near miss: the person's own mother is still the person.
    const near = await tap(
      'family',
      'call my mum every week',
      'She lives in another city and I only call at Christmas.',
      'en',
      [],
    );
    expect(near.texts.join(' ')).toMatch(/your mother/);
  });

  it('shares the care of a grandparent without calling them a parent or assuming several siblings', async () => {
    const ru = await tap(
      'family',
      'разделить заботу о дедушке с братом',
      'Дедушке 90, он почти не встаёт, я езжу к нему каждый день, брат живёт рядом и почти не помогает. Хочу договориться о графике.',
      'ru',
      ['Семья'],
    );
    expect(ru.keys).toContain('fam-sib-jobs');
    expect(ru.texts.join(' ')).not.toMatch(/родител|братьям или сёстрам|раз разговоры кончаются/);
    const en = await tap(
      'family',
      'share looking after my nan with my sister',
      'Nan is 88 and can barely walk; I go every evening, my sister lives ten minutes away and visits once a month. I want a rota we both keep.',
      'en',
      ['Family'],
    );
    expect(en.keys.some((key) => key.startsWith('fam-sib-') || key.startsWith('fam-share-'))).toBe(true);
    expect(en.texts.join(' ')).not.toMatch(/parent|brothers or sisters|since calls end in shouting/i);
  });

  it('gets a brother or sister back to school: the school, its terms and their reasons, not calls from afar', async () => {
    const en = await tap(
      'family',
      'get my younger sister back into school',
      "She's 16 and quit school three months ago to work at a shop. I'm her older brother and she won't listen to me. The school will take her back next term if she repeats the year.",
      'en',
      ['Family'],
    );
    expect(en.keys).toContain('fam-school-terms');
    expect(en.keys).not.toContain('fam-21');
    expect(en.texts.join(' ')).not.toMatch(/book the tickets/i);
    const ru = await tap(
      'family',
      'уговорить младшего брата вернуться в школу',
      'Ему 15, два месяца назад бросил школу, работает на автомойке. Живём вместе у тёти. Школа возьмёт его обратно, если он повторит год.',
      'ru',
      ['Семья'],
    );
    expect(ru.keys).toContain('fam-school-terms');
    expect(ru.keys).not.toContain('fam-21');
    // Near miss: a brother far away, no school named, keeps the calls.
    const near = await tap(
      'family',
      'get closer to my brother',
      'He lives in another country and we barely talk.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('fam-school-terms');
    expect(near.keys).toContain('fam-01');
  });

  it('thanks no one for coming when the young couple lives in the same house («на общей кухне», "the same kitchen")', async () => {
    const ru = await tap(
      'family',
      'не ссориться с зятем на общей кухне',
      'Дочь вышла замуж и привела мужа к нам. Зять всё делает по-своему, а я всё время его поправляю.',
      'ru',
      ['Семья', 'Отношения с зятем или невесткой'],
    );
    expect(ru.keys).not.toContain('fam-cil-lighter');
    const near = await tap(
      'family',
      'ладить с невесткой',
      'Сын женился, они живут в другом районе и приезжают по воскресеньям. Я всё время делаю ей замечания.',
      'ru',
      ['Семья', 'Отношения с зятем или невесткой'],
    );
    expect(near.keys).toContain('fam-cil-lighter');
  });

  it('gives no small talk with colleagues to someone new in town whose colleagues are no option', async () => {
    const en = await tap(
      'social',
      'find friends in Leeds after moving for work',
      "Moved here a year ago for a nursing job. I work early shifts. My colleagues are lovely but all have kids. I'd like a couple of people for weekend plans.",
      'en',
      ['Just starting', 'None of these'],
    );
    expect(en.keys.some((key) => key.startsWith('soc-work-'))).toBe(false);
    // Near miss: small talk with colleagues is the goal.
    const near = await tap(
      'social',
      'chat more with my colleagues',
      'I started a new job and freeze at work drinks.',
      'en',
      ['Just starting', 'Small talk with colleagues'],
    );
    expect(near.keys.some((key) => key.startsWith('soc-work-'))).toBe(true);
  });

  it('sends no search for a games night already found, turned back at its door, and no second plan after the game chat', async () => {
    const ru = await tap(
      'social',
      'сходить одной на вечер настольных игр',
      'В баре рядом по средам игротека, я уже дважды подходила к двери и уходила. Хочу зайти и остаться до конца.',
      'ru',
      [],
    );
    expect(ru.keys).not.toContain('soc-table-find');
    expect(ru.keys).toContain('soc-passed-first');
    const en = await tap(
      'social',
      'go to a board game night on my own',
      "There's a café with a games night every Tuesday; I've walked up to the door twice and gone home. I want to go in and stay.",
      'en',
      [],
    );
    expect(en.keys).not.toContain('soc-table-find');
    expect(en.keys).not.toContain('soc-04');
    expect(en.keys).not.toContain('soc-06');
    // Near miss: no place known yet, so the search stays.
    const near = await tap(
      'social',
      'find people to play board games with',
      'I love heavy euro games but nobody I know plays.',
      'en',
      [],
    );
    expect(near.keys).toContain('soc-table-find');
  });
});
