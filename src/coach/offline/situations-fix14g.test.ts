import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the leftovers of reads 3–8 and 13, fixed in general (helper fix14g): the wrong situation', () => {
  it('gives an ADHD assessment examples, a screening, the GP visit and the private question — no check-up list', async () => {
    const en = await firstFive(
      'checkup',
      'Get tested for ADHD',
      'I am 41, always losing things; the wait is two years.',
    );
    expect(en.keys[0]).toBe('chk-adhd-examples');
    expect(en.keys).toContain('chk-adhd-book');
    expect(en.keys.some((key) => /^chk-0[1-6]$/.test(key))).toBe(false);
    const ru = await firstFive(
      'checkup',
      'Пройти диагностику СДВГ',
      'Мне 29, всю жизнь всё теряю и не доделываю.',
      'ru',
    );
    expect(ru.keys).toContain('chk-adhd-book');
    expect(ru.text).not.toMatch(/стоматолог|скрининги по возрасту/i);
    const adult = await firstFive('checkup', 'Find out if I have attention deficit disorder', 'My son was diagnosed.');
    expect(adult.keys).toContain('chk-adhd-screen');
    // A routine check-up keeps its steps.
    const annual = await firstFive('checkup', 'Book my annual check-up', "Haven't seen a doctor in years.");
    expect(annual.keys.some((key) => key.startsWith('chk-adhd-'))).toBe(false);
  });

  it('gives a book club to start a format, a room, an invitation and a first meeting — no small-talk drills', async () => {
    const en = await firstFive('social', 'Start a book club at work', 'I eat lunch alone and hate approaching people.');
    expect(en.keys.slice(0, 3)).toEqual(['soc-club-format', 'soc-club-room', 'soc-club-invite']);
    expect(en.keys.some((key) => key.startsWith('soc-work-'))).toBe(false);
    const ru = await firstFive(
      'social',
      'Создать книжный клуб на работе',
      'Сама подходить к коллегам стесняюсь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-club-format');
    expect(ru.keys.some((key) => key.startsWith('soc-work-'))).toBe(false);
    const village = await firstFive('social', 'Set up a book club in my village', 'No one I know reads.');
    expect(village.keys).toContain('soc-club-invite');
    // Making friends at work keeps the small-talk steps.
    const work = await firstFive('social', 'Make friends with colleagues', 'New job, I eat lunch alone.');
    expect(work.keys[0]).toBe('soc-work-threads');
  });

  it('gives getting to know the neighbours the house chat, a knock and a shared event — no hobby club', async () => {
    const ru = await firstFive('social', 'Познакомиться с соседями', '', 'ru');
    expect(ru.keys.slice(0, 2)).toEqual(['soc-nbr-chat', 'soc-nbr-knock']);
    expect(ru.keys).not.toContain('soc-03');
    expect(ru.keys).not.toContain('soc-08');
    const en = await firstFive(
      'social',
      'Get to know my neighbours',
      "We moved in six months ago and I don't know anyone.",
    );
    expect(en.keys[0]).toBe('soc-nbr-chat');
    const ru2 = await firstFive(
      'social',
      'Подружиться с кем-то в нашем доме',
      'Живу тут три года и не знаю соседей по подъезду.',
      'ru',
    );
    expect(ru2.keys).toContain('soc-nbr-knock');
  });

  it('gives reading the Bible in a year a mixed plan, a catch-up rule and help for the slow books', async () => {
    const en = await firstFive(
      'reading',
      'Read the whole Bible in a year',
      'I always stall in Leviticus. I have 15 minutes before work.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['read-scripture-plan', 'read-scripture-catchup', 'read-scripture-slow']);
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).not.toContain('read-library');
    const ru = await firstFive(
      'reading',
      'Прочитать Библию за год',
      'Бросал на книге Чисел. Есть 20 минут вечером.',
      'ru',
    );
    expect(ru.keys).toContain('read-scripture-plan');
    expect(ru.keys).not.toContain('read-pick-short');
    // A big novel keeps its pages plan and character list.
    const novel = await firstFive('reading', 'Finish War and Peace', 'Stuck on page 300.');
    expect(novel.keys).toContain('read-book-aid');
    expect(novel.keys.some((key) => key.startsWith('read-scripture-'))).toBe(false);
  });
});

describe('the leftovers of reads 3–8 and 13 (helper fix14g): the named problem and the stated facts', () => {
  it('gives children who lost a grandparent words for them, not the bereavement admin lists', async () => {
    const en = await firstFive(
      'grief',
      'Help my kids through losing their grandad',
      "My youngest keeps asking when he is coming back. I don't know what to say to them.",
    );
    expect(en.keys[0]).toBe('grief-kids-words');
    expect(en.keys).not.toContain('grief-04');
    const ru = await firstFive(
      'grief',
      'Помочь детям пережить смерть бабушки',
      'Младшая спрашивает, когда бабушка вернётся.',
      'ru',
    );
    expect(ru.keys[0]).toBe('grief-kids-words');
    const third = await firstFive(
      'grief',
      'Help the children cope with losing their nan',
      'They are 7 and 9 and keep asking questions.',
    );
    expect(third.keys).toContain('grief-kids-words');
    // One's own first weeks keep the basics.
    const own = await firstFive('grief', 'Get through the first weeks after Dad died', 'So much to organise.');
    expect(own.keys).toContain('grief-04');
  });

  it('gives no walk when walking hurts, and keeps the walk for a walking goal', async () => {
    const en = await firstFive(
      'fitness',
      'Lose three stone before my knee replacement',
      'Walking hurts, so I cannot just go for a run.',
    );
    expect(en.keys.some((key) => key === 'fit-14' || key.startsWith('fit-walk-'))).toBe(false);
    const ru = await firstFive(
      'fitness',
      'Похудеть к операции',
      'Ходить больно, артроз, врач сказал сбросить 10 кг.',
      'ru',
    );
    expect(ru.keys.some((key) => key === 'fit-14' || key.startsWith('fit-walk-'))).toBe(false);
    const walk = await firstFive('fitness', 'Walk more every day', 'I sit all day.');
    expect(walk.keys.some((key) => key.startsWith('fit-walk-'))).toBe(true);
  });

  it('gives push-ups no "lay out clothes and a water bottle" for a home set', async () => {
    const en = await firstFive('fitness', 'Do 10 proper push-ups', 'I can do two on my knees.');
    expect(en.keys).not.toContain('fit-03');
    const ru = await firstFive('fitness', 'Научиться отжиматься 20 раз', 'Сейчас могу три раза.', 'ru');
    expect(ru.keys).not.toContain('fit-03');
  });

  it('gives a shared dorm room earplugs and a deal with the roommates, not the phone outside the bedroom', async () => {
    const ru = await firstFive(
      'sleep',
      'Ложиться спать до часу ночи',
      'В общаге шумно, соседки по комнате ложатся позже.',
      'ru',
    );
    expect(ru.keys).not.toContain('sleep-screens');
    expect(ru.keys).toContain('sleep-shared-kit');
    const en = await firstFive('sleep', 'Get to sleep before midnight', "I'm in halls and my roommate games until 2.");
    expect(en.keys).toContain('sleep-shared-kit');
    const third = await firstFive(
      'sleep',
      'Высыпаться в общежитии',
      'Соседка по комнате сидит с ноутбуком до трёх ночи.',
      'ru',
    );
    expect(third.keys).not.toContain('sleep-screens');
    // Someone with a bedroom of their own keeps the screens step.
    const own = await firstFive('sleep', 'Go to bed by 11', 'I keep scrolling until 1 am.');
    expect(own.keys).toContain('sleep-screens');
  });

  it('gives going outside daily the walk set-up by the door, not "prepare a place for the habit"', async () => {
    const ru = await firstFive(
      'habit',
      'Выходить на улицу хотя бы раз в день',
      'Бывает, по три дня не выхожу из квартиры.',
      'ru',
    );
    expect(ru.keys).toContain('hab-walk-setup');
    expect(ru.keys).not.toContain('hab-04');
    const en = await firstFive(
      'habit',
      'Get outside every day',
      "I work from home and sometimes don't leave the flat.",
    );
    expect(en.keys).toContain('hab-walk-setup');
    const floss = await firstFive('habit', 'Floss every night', 'I always forget.');
    expect(floss.keys).not.toContain('hab-walk-setup');
  });

  it('gives a child who refuses to come under an order already set connection steps, not papers or a lawyer', async () => {
    const ru = await firstFive(
      'recovery',
      'Восстановить общение с сыном',
      'Суд назначил встречи по выходным, но сын полгода отказывается приезжать и не берёт трубку.',
      'ru',
    );
    expect(ru.keys).toContain('rec-pull-message');
    expect(ru.keys.some((key) => ['rec-03', 'rec-21', 'rec-07'].includes(key))).toBe(false);
    const en = await firstFive(
      'recovery',
      'Get my daughter to visit again',
      "The court ordered every other weekend, but she's 12 and refuses to come.",
    );
    expect(en.keys).toContain('rec-pull-message');
    expect(en.keys).not.toContain('rec-21');
    // The other parent turning the child against them keeps the preparation.
    const turned = await firstFive(
      'recovery',
      'Бывший муж настраивает сына против меня',
      'По решению суда сын у меня по выходным, но он отказывается приезжать.',
      'ru',
    );
    expect(turned.keys).toContain('rec-03');
    // A hearing ahead keeps the preparation.
    const hearing = await firstFive(
      'recovery',
      'Вернуть общение с сыном',
      'Суд через месяц, заседание, сын не хочет приезжать.',
      'ru',
    );
    expect(hearing.keys).toContain('rec-03');
    const prepare = await firstFive('recovery', 'Prepare for the custody hearing', 'The hearing is on Friday.');
    expect(prepare.keys).toContain('rec-04');
  });

  it('says the pause word in Russian for two people', async () => {
    const ru = await firstFive('family', 'Наладить отношения с мамой', 'Созваниваемся и каждый раз ругаемся.', 'ru');
    expect(ru.text).not.toMatch(/все берут/);
  });
});
