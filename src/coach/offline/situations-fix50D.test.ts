import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fiftieth blind read, fixed in general (helper fix50D)', () => {
  it('treats a young teenager seeing an adult as safeguarding, never as a couple to coach', async () => {
    const en = await tap(
      'family',
      'how do I handle my daughter and her boyfriend',
      "My daughter is 14 and she's going out with a 21-year-old man she met at the skate park. He drives her around. My husband wants to go and have it out with him.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['fam-minor-calm', 'fam-minor-talk']);
    expect(en.keys).toContain('fam-minor-advice');
    expect(en.keys.some((key) => ['fam-22', 'fam-23', 'fam-05', 'fam-29', 'fam-13'].includes(key))).toBe(false);
    const ru = await tap(
      'family',
      'что делать с сыном',
      'Сыну 16, он встречается со взрослой женщиной, ей 29. Она дарит ему дорогие вещи, он перестал ночевать дома.',
      'ru',
    );
    expect(ru.keys).toContain('fam-minor-calm');
    expect(ru.keys).toContain('fam-minor-law');
    // A grown daughter with an older partner keeps the ordinary family path.
    const near = await tap(
      'family',
      'get on with my daughter and her boyfriend',
      'My daughter is 27 and her boyfriend is 35. I want us all to get on better at Sunday dinners.',
      'en',
    );
    expect(near.keys.some((key) => key.startsWith('fam-minor-'))).toBe(false);
  });

  it('prepares an older child for a baby not yet born, and never reads «братик» as the person’s brother', async () => {
    const ru = await tap(
      'family',
      'как сыну принять сестрёнку',
      'Сыну 3 года, скоро родится сестрёнка, я на седьмом месяце. Муж ходит в рейсы, в море на полгода.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fam-bump-tell');
    expect(ru.keys).toContain('fam-bump-care');
    expect(ru.keys.some((key) => key.startsWith('fam-away-'))).toBe(false);
    const en = await tap(
      'family',
      'get my toddler ready to be a big brother',
      "He's two and a half, and we're expecting our second in the spring.",
      'en',
    );
    expect(en.keys).toContain('fam-bump-tell');
    expect(en.keys).not.toContain('fam-sib-help');
    // The baby already home and the older one jealous: the jealousy steps stay.
    const near = await tap(
      'family',
      'help my daughter with her new brother',
      'The baby is six weeks old and my 4-year-old is jealous of the baby, she hits him.',
      'en',
      ['Older child jealous of a new baby'],
    );
    expect(near.keys).toContain('fam-sib-time');
    expect(near.keys.some((key) => key.startsWith('fam-bump-'))).toBe(false);
  });

  it('shares the housework and sick days for a parent already back at work, not the talk about going back', async () => {
    const ru = await tap(
      'family',
      'разделить домашние дела с мужем',
      'Я уже вышла на работу после декрета, дочке два года, всё по дому на мне, а когда она болеет, дома сижу тоже я.',
      'ru',
      ['Распределить домашние дела'],
    );
    expect(ru.keys.some((key) => key.startsWith('fam-job-'))).toBe(false);
    expect(ru.keys).toContain('fam-chores-list');
    expect(ru.keys).toContain('fam-sick-plan');
    // Still wanting to go back to work: the job talk stays.
    const near = await tap(
      'family',
      'уговорить мужа, чтобы я вышла на работу',
      'Сыну два, муж против того чтобы я работала, хочу выйти на работу в школу с сентября.',
      'ru',
    );
    expect(near.keys).toContain('fam-job-facts');
    expect(near.keys).not.toContain('fam-sick-plan');
  });

  it('gives someone silent in work meetings steps for the meeting, not clubs and events', async () => {
    const en = await tap(
      'social',
      'say something in team meetings for once',
      'I sit through every team meeting without a word, then someone else makes my point. My face goes red when everyone looks at me.',
      'en',
    );
    expect(en.keys[0]).toBe('soc-meet-prep');
    expect(en.keys).toContain('soc-meet-follow');
    expect(en.keys).not.toContain('soc-03');
    const ru = await tap(
      'social',
      'перестать молчать на совещаниях',
      'На совещаниях отдела я всегда молчу, хотя мне есть что сказать. Боюсь, что голос задрожит.',
      'ru',
    );
    expect(ru.keys[0]).toBe('soc-meet-prep');
    expect(ru.keys).not.toContain('soc-08');
    // Small talk over lunch keeps the colleagues' path.
    const near = await tap(
      'social',
      'chat more with my colleagues',
      'I never know what to say to my new team at lunch.',
      'en',
      ['Small talk with colleagues'],
    );
    expect(near.keys).toContain('soc-work-threads');
    expect(near.keys.some((key) => key.startsWith('soc-meet-'))).toBe(false);
    expect(near.keys).not.toContain('soc-07');
  });

  it('gives someone already back at work and in tears there steps for now, not for before the first day', async () => {
    const en = await tap(
      'grief',
      'get through my shifts after losing my mum',
      "Mum died last month. I've been back two weeks at the supermarket and I keep crying in front of customers.",
      'en',
    );
    expect(en.keys).not.toContain('grief-work-manager');
    expect(en.keys).not.toContain('grief-work-evening');
    expect(en.keys).toContain('grief-work-wave');
    expect(en.keys).toContain('grief-work-ask');
    // Going back next week keeps the first-day steps.
    const near = await tap(
      'grief',
      'go back to work after my brother died',
      'My brother died a month ago. I return to work on Monday and I am scared of crying in front of customers.',
      'en',
      ['Going back to work after the loss'],
    );
    expect(near.keys).toContain('grief-work-manager');
    expect(near.keys).not.toContain('grief-work-ask');
  });

  it('reads a husband’s workshop as his things to sort, at the pace of someone not ready', async () => {
    const ru = await tap(
      'grief',
      'что делать с мастерской мужа',
      'Мужа нет уже полгода. В гараже его мастерская и инструменты, я туда не захожу, а сосед спрашивает, не продам ли.',
      'ru',
      ['Разобрать вещи умершего'],
    );
    expect(ru.keys).toContain('grief-ready-pace');
    expect(ru.keys).toContain('grief-ready-look');
  });

  it('gives a parent with no contact left at all no call logs, and an unmarried father his legal standing first', async () => {
    const en = await tap(
      'recovery',
      'find a way back to my daughter',
      "Her mother blocked my number in June and moved. We weren't married and I'm not sure I have any rights. I haven't spoken to my girl since.",
      'en',
    );
    expect(en.keys[0]).toBe('rec-01');
    expect(en.keys[1]).toBe('rec-standing');
    expect(en.keys).toContain('rec-cut-record');
    expect(en.keys.some((key) => key.startsWith('rec-canc-'))).toBe(false);
    expect(en.keys).not.toContain('rec-gen-contact');
    const ru = await tap(
      'recovery',
      'снова общаться с сыном',
      'Бывшая жена сменила номер и заблокировала меня везде, с весны я не знаю, как сын. Суд оставил его с ней, я плачу алименты.',
      'ru',
    );
    expect(ru.keys).toContain('rec-cut-advice');
    expect(ru.keys).not.toContain('rec-standing');
    expect(ru.keys.some((key) => key.startsWith('rec-canc-'))).toBe(false);
    // Calls that happen but get cancelled keep the cancelled-calls steps.
    const near = await tap(
      'recovery',
      'stop my ex cancelling our calls',
      'My ex keeps cancelling my video calls with my son at the last minute, maybe one in three goes ahead.',
      'en',
      ['An ex cancels calls or visits'],
    );
    expect(near.keys).toContain('rec-canc-log');
    expect(near.keys.some((key) => key.startsWith('rec-cut-'))).toBe(false);
  });

  it('puts the urgent legal step before the program when a child is taken abroad', async () => {
    const en = await tap(
      'recovery',
      'get my daughter back home',
      'Her father took her abroad in July without my consent and says they are staying. The court gave me residence.',
      'en',
    );
    expect(en.keys[0]).toBe('rec-kept-urgent');
    expect(en.keys[1]).toBe('rec-01-kept');
    expect(en.keys).not.toContain('rec-01');
    const ru = await tap(
      'recovery',
      'вернуть дочь домой',
      'Бывший муж увёз дочку за границу без моего согласия и не возвращает её уже два месяца.',
      'ru',
    );
    expect(ru.keys[0]).toBe('rec-kept-urgent');
    expect(ru.keys).toContain('rec-01-kept');
    // Lost contact at home: the program still comes first.
    const near = await tap(
      'recovery',
      'see my son again',
      'His mother has stopped all contact for three months.',
      'en',
    );
    expect(near.keys[0]).toBe('rec-01');
  });
});
