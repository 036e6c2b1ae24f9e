import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { talkWith, tapThrough, tapping } from '../../../test/factories/converse.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const tap = tapThrough(coach);
const talk = talkWith(coach);

describe('the twenty-eighth blind read, fixed in general (helper fix28f)', () => {
  it('gives a grown-up son or daughter no child-led play and no "slower and messier" job together', async () => {
    const ru = await firstFive(
      'family',
      'Найти общий язык с сыном после армии',
      'Сыну 21, вернулся в декабре. Целыми днями в телефоне, на вопросы огрызается, работу не ищет.',
      'ru',
    );
    expect(ru.keys).not.toContain('fam-07');
    expect(ru.keys).not.toContain('fam-27');
    expect(ru.text).not.toMatch(/игры, в которой он сам выбирает/);
    const en = await firstFive(
      'family',
      'Get on better with my adult son',
      "He's 24, lives with us again after uni and spends all day in his room.",
    );
    expect(en.keys).not.toContain('fam-07');
    expect(en.keys).not.toContain('fam-27');
    // A small child keeps the play step.
    const small = await firstFive('family', 'Play more with my son', 'He is 5.');
    expect(small.keys).toContain('fam-07');
  });

  it('sets up a monthly call when the goal says once a month, not a weekly one', async () => {
    const ru = await tap(
      'family',
      'Созваниваться с братом хотя бы раз в месяц',
      'Он в Ванкувере, у нас десять часов разницы.',
      'ru',
      ['Регулярно'],
    );
    expect(ru.keys[0]).toBe('fam-calls-slot-month');
    expect(ru.keys).not.toContain('fam-calls-slot');
    expect(ru.texts[0]).not.toMatch(/еженедельн|каждую неделю/);
    const en = await tap(
      'family',
      'Video call my sister at least once a month',
      'She lives in Sydney and the time difference is hard.',
      'en',
      ['Regular'],
    );
    expect(en.keys[0]).toBe('fam-calls-slot-month');
    expect(en.keys).not.toContain('fam-calls-slot');
    // A weekly call keeps the weekly slot.
    const weekly = await tap(
      'family',
      'Weekly calls with my sister',
      'She lives in Sydney and the time difference is hard.',
      'en',
      ['Regular'],
    );
    expect(weekly.keys[0]).toBe('fam-calls-slot');
    // Once a month as today's rhythm in a goal to call more often is no monthly wish.
    const more = await firstFive(
      'family',
      'Чаще звонить папе',
      'Папа живёт в Иркутске, разница во времени пять часов, сейчас звоню раз в месяц.',
      'ru',
    );
    expect(more.keys[0]).toBe('fam-calls-slot');
  });

  it("does not follow an argument's daily check-in with 'ask one question and listen to the whole answer'", async () => {
    const en = await tap(
      'family',
      'Stop rowing with my husband about his gaming',
      "He's on the Xbox most nights till midnight, I'm doing bedtime alone, and when I say anything it turns into a row about how I never let him relax. Kids are 3 and 6. I just want us to stop having the same fight every week.",
    );
    expect(en.keys).toContain('fam-26');
    expect(en.keys).not.toContain('fam-22');
    expect(en.keys).not.toContain('fam-03');
    const ru = await firstFive(
      'family',
      'Перестать ссориться с мужем',
      'Каждый вечер ругаемся из-за мелочей, потом по два дня молчим.',
      'ru',
    );
    expect(ru.keys).toContain('fam-26');
    expect(ru.keys).not.toContain('fam-22');
    // Time with a partner, no argument: the question step stays.
    const partner = await tap('family', 'Spend more time with my husband', 'We both work long hours and barely talk.');
    expect(partner.keys[0]).toBe('fam-22');
  });

  it("gives a child or a partner one question-and-listen step, not a second 'just listen' one", async () => {
    const ru = await tap('family', 'Выходные с детьми без телефонов', '', 'ru');
    expect(ru.keys).toContain('fam-22');
    expect(ru.keys).not.toContain('fam-03');
    const en = await firstFive('family', 'Phone-free weekends with the kids', '');
    expect(en.keys).toContain('fam-22');
    expect(en.keys).not.toContain('fam-03');
    // Time with the children keeps the question step and the play step.
    const kids = await firstFive('family', 'Play more with my son', 'He is 5.');
    expect(kids.keys).toEqual(expect.arrayContaining(['fam-22', 'fam-07']));
  });

  it('gives someone persuading the parents they live with to let them go the plan, the worries, an ally — not a call or a visit', async () => {
    const ru = await tap(
      'family',
      'Уговорить родителей отпустить меня учиться в Махачкалу',
      'Мне 17, живу в горном селе. Отец говорит, что девушке одной в городе делать нечего. Старший брат вроде за меня, но при отце молчит.',
      'ru',
      ['Уговорить'],
    );
    expect(ru.keys).toEqual(['fam-let-plan', 'fam-let-worries', 'fam-let-ally', 'fam-let-moment', 'fam-let-step']);
    const en = await tap(
      'family',
      'Convince my parents to let me study in London',
      "I'm 17 and my dad says a big city is no place for me.",
      'en',
      ['Persuading'],
    );
    expect(en.keys[0]).toBe('fam-let-plan');
    expect(en.keys).not.toContain('fam-01');
    expect(en.keys).not.toContain('fam-21');
    // Telling the parents about a decision already made keeps its own steps.
    const news = await tap('family', "Tell my parents I'm dropping out", "I'm leaving uni after first year.", 'en', [
      'Telling',
    ]);
    expect(news.keys[0]).toBe('fam-news-plan');
    expect(news.keys).not.toContain('fam-let-plan');
  });

  it("reads a friend wanted in a partner's village as social, with steps among the people already there", async () => {
    const en = await talk(
      null,
      "Make one friend in my husband's village",
      "I married in March and moved to his family's village. I'm at home with my mother-in-law most of the day and all the women here grew up together. They're polite, but I'm always the guest.",
      'en',
      tapping([]),
    );
    expect(en.keys[0]).toBe('soc-wed-where');
    expect(en.keys).not.toContain('fam-22');
    expect(en.keys).not.toContain('soc-03');
    const ru = await talk(
      null,
      'Найти подругу в селе мужа',
      'Переехала к мужу в село, сижу дома со свекровью, местные женщины знают друг друга с детства.',
      'ru',
      tapping([]),
    );
    expect(ru.keys[0]).toBe('soc-wed-where');
    expect(ru.keys).not.toContain('soc-03');
    // A move to a new city for work keeps the club-and-meetup steps.
    const city = await firstFive('social', 'Make friends in a new city', 'I moved to Leeds for work and know nobody.');
    expect(city.keys[0]).toBe('soc-03');
    expect(city.keys).not.toContain('soc-wed-where');
  });

  it('asks a volunteer to apply in grammatical Russian', async () => {
    const ru = await tap('social', 'Стать волонтёром в хосписе', 'Давно думаю, но боюсь, что не выдержу.', 'ru', [
      'Стать волонтёром',
    ]);
    expect(ru.keys).toContain('soc-vol-apply');
    expect(ru.text).toMatch(/Подай заявку в организацию, которую отметил\(а\)/);
    expect(ru.text).not.toMatch(/туда, что/);
    const en = await tap('social', 'Volunteer at a hospice', '', 'en', ['Becoming a volunteer']);
    expect(en.keys).toContain('soc-vol-apply');
  });
});
