import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-seventh blind read, fixed in general (helper fix48D)', () => {
  it('keeps the early-waking steps when a partner’s snoring named beside them is dropped, with no earlier clock', async () => {
    const en = await tap(
      'sleep',
      'sleep past 5 in the morning',
      "I'm 61 and for months I've been waking too early and can't get back to sleep. My wife snores a bit but that's not it.",
      'en',
      ['None of these'],
    );
    expect(en.keys).toContain('sleep-early-up');
    expect(en.keys).not.toContain('sleep-shift');
    expect(en.keys).not.toContain('sleep-wake-light');
    expect(en.keys).not.toContain('sleep-flip-wake');
    const ru = await tap(
      'sleep',
      'перестать просыпаться в 4 утра',
      'Мне 55, просыпаюсь затемно и больше не засыпаю. Муж храпит, но дело не в этом.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).toContain('sleep-early-up');
    expect(ru.keys).not.toContain('sleep-flip-wake');
    // A wish to get up earlier keeps the gradual ladder.
    const near = await tap(
      'sleep',
      'Wake up at 6 every day',
      'I get up at 8 now and want to start my day earlier by spring.',
    );
    expect(near.keys).not.toContain('sleep-early-up');
    expect(near.keys).toContain('sleep-wake');
  });

  it('checks a newly fitted bike chain and the rear cogs instead of oiling it', async () => {
    const en = await tap(
      'repair',
      'my bike chain jumps under load',
      'I put a new chain on last week from a video, but it still slips on the small sprockets when I climb.',
      'en',
      ['A bike repair'],
    );
    expect(en.keys).toContain('fix-bike-newchain');
    expect(en.keys).toContain('fix-bike-cassette');
    expect(en.keys).not.toContain('fix-bike-chain');
    const ru = await tap(
      'repair',
      'перескакивает цепь на велосипеде',
      'Цепь уже поменял сам, а она всё равно проскакивает на маленьких звёздах, когда давлю на педали.',
      'ru',
      ['Ремонт велосипеда'],
    );
    expect(ru.keys).toContain('fix-bike-newchain');
    expect(ru.keys).not.toContain('fix-bike-chain');
    // The old chain: cleaning and oiling it is still the first job.
    const near = await tap(
      'repair',
      'bike gears keep jumping',
      "My old bike's chain skips in the small cogs and it's a bit rusty.",
      'en',
      ['A bike repair'],
    );
    expect(near.keys).toContain('fix-bike-chain');
    expect(near.keys).not.toContain('fix-bike-newchain');
  });

  it('plans a short visit from a relative who lives far away, with no daily evening talk or phone-free dinner', async () => {
    const ru = await tap(
      'family',
      'не поругаться с сыном, когда он приедет',
      'Сын живёт в Праге, созваниваемся раз в две недели и часто спорим из-за его работы. Летом он приезжает на неделю.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).toContain('fam-visit-plan');
    expect(ru.keys).not.toContain('fam-26');
    expect(ru.keys).not.toContain('fam-12');
    const en = await tap(
      'family',
      'no arguments when my son comes home',
      "My son lives in Dublin and we only talk on the phone, and we argue about politics. He's coming home for a week in July.",
      'en',
      ['None of these'],
    );
    expect(en.keys).toContain('fam-visit-plan');
    expect(en.keys).not.toContain('fam-26');
    // A daughter at home: no visit to plan.
    const near = await tap(
      'family',
      'stop fighting with my daughter',
      'My daughter is 15 and we argue every evening about her phone.',
      'en',
      ['None of these'],
    );
    expect(near.keys).not.toContain('fam-visit-plan');
  });
  it('plans a stop-motion film for a festival back from its date, shot alone, with no family premiere', async () => {
    const en = await tap(
      'creative',
      'claymation short for a festival',
      "I'm 41 and want to make a one-minute claymation piece for our town's animation festival; entries close in May.",
      'en',
      ['A stop-motion film'],
    );
    expect(en.keys).toContain('cre-stop-plan');
    expect(en.keys).not.toContain('cre-stop-story');
    expect(en.keys).not.toContain('cre-stop-show');
    const ru = await tap(
      'creative',
      'снять пластилиновый мультфильм на конкурс',
      'Мне 27, хочу сделать покадровый мультик на три минуты и подать на конкурс анимации в апреле.',
      'ru',
      ['Мультфильм из пластилина'],
    );
    expect(ru.keys).toContain('cre-stop-plan');
    expect(ru.keys).not.toContain('cre-stop-shoot');
    // A family film at home keeps the family steps.
    const near = await tap(
      'creative',
      'make a lego movie with my kids',
      'My two boys are 8 and 10 and want to make a Lego film with me this winter.',
      'en',
      ['A stop-motion film'],
    );
    expect(near.keys).toContain('cre-stop-story');
    expect(near.keys).not.toContain('cre-stop-plan');
  });
  it('weighs up a retirement age from the pensions one has, with no transfer steps or scam warning', async () => {
    const en = await tap(
      'finance',
      'can I afford to retire early',
      "I'm 59 and I'd like to stop working at 62. I've got two deferred pensions from old jobs and my current one, and I don't know what they add up to.",
      'en',
    );
    expect(en.keys).toContain('fin-ret-forecast');
    expect(en.keys).not.toContain('fin-pen-hold');
    expect(en.keys).not.toContain('fin-pen-value');
    const ru = await tap(
      'finance',
      'смогу ли я выйти на пенсию в 58',
      'Мне 52, работаю инженером. Хочу понять, хватит ли мне денег, если уйти на пенсию раньше, и что мне будут платить.',
      'ru',
    );
    expect(ru.keys).toContain('fin-ret-forecast');
    // Old pensions to combine keep the transfer steps, the hold first.
    const near = await tap(
      'finance',
      'combine my old pensions',
      'I have three old workplace pensions and want to move them all into one pot before I retire at 60.',
    );
    expect(near.keys[0]).toBe('fin-pen-hold');
    expect(near.keys).not.toContain('fin-ret-forecast');
  });
});
