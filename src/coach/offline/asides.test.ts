import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { asideLeaks, asideProblems, createAsideReader } from './asides.js';

const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('asides: the parts of a step written for one thing among several', () => {
  // Blind read 55 scored these as pasted in from another goal: the machines a shared safety step lists for every goal.
  // Blind read 60: a cellist's first lesson promised "your first two notes or chords".
  it('gives a cello or a violin first notes, and a guitar or an accordion notes or chords', async () => {
    const cello = await tap('instrument', 'Learn to play the cello', '', 'en', ['Just starting']);
    expect(cello.keys).toContain('inst-05');
    expect(cello.text).toMatch(/your first two notes\./);
    expect(cello.text).not.toMatch(/chord/i);
    const violin = await tap('instrument', 'Научиться играть на скрипке', '', 'ru', ['Только начинаю']);
    expect(violin.keys).toContain('inst-05');
    expect(violin.text).not.toMatch(/аккорд/);
    const guitar = await tap('instrument', 'Learn to play the guitar', '', 'en', ['Just starting']);
    expect(guitar.text).toMatch(/your first two notes or chords/);
    const accordion = await tap('instrument', 'Научиться играть на аккордеоне', '', 'ru', ['Только начинаю']);
    expect(accordion.text).toMatch(/первые две ноты или два аккорда/);
  });

  // Blind read 60: a bathroom renovation was given the kitchen's jobs as the examples of its scope.
  it("gives a renovation the jobs of the room it names, both rooms' when it names both, and neither's for another room", async () => {
    const bathroom = await tap('repair', 'Сделать ремонт в ванной своими руками', '', 'ru');
    expect(bathroom.keys).toContain('fix-ren-scope');
    expect(bathroom.text).toMatch(/Для ванной: плитка/);
    expect(bathroom.text).not.toMatch(/Для кухни|столешниц/);
    const kitchen = await tap('repair', 'Renovate our kitchen myself', '', 'en');
    expect(kitchen.text).toMatch(/For a kitchen, say: worktops/);
    expect(kitchen.text).not.toMatch(/For a bathroom/);
    const both = await tap('repair', 'Renovate the kitchen and the bathroom', '', 'en');
    expect(both.text).toMatch(/For a kitchen, say: worktops[^]*For a bathroom: tiles/);
    const lounge = await tap('repair', 'Renovate the living room', '', 'en');
    expect(lounge.keys).toContain('fix-ren-scope');
    expect(lounge.text).not.toMatch(/For a kitchen|For a bathroom/);
  });

  it('gives a welder no chainsaw, a stairwell mural no windmill, balcony mould no cot, a forge no generator', async () => {
    const weld = await tap('skill', 'learn to weld', '', 'en');
    expect(weld.keys).toContain('skill-hazard-kit');
    expect(weld.text).not.toMatch(/chainsaw|chain brake/i);
    const mural = await tap(
      'creative',
      'paint a forest mural in our stairwell',
      "The wall goes up about 16 feet above the stairs so I'll be working from an extension ladder leaned on the steps.",
      'en',
    );
    expect(mural.text).toMatch(/ladder/i);
    expect(mural.text).not.toMatch(/windmill|turbine/i);
    const damp = await tap(
      'home',
      'привести в порядок балкон и убрать плесень',
      'На балконе в углах чёрная плесень. Балкон застеклённый, но проветривается плохо.',
      'ru',
    );
    expect(damp.text).toMatch(/сырост/);
    expect(damp.text).not.toMatch(/кроватк/);
    const forge = await tap(
      'skill',
      'научиться ковать ножи',
      'Сделал в гараже горн из старого газового баллона, купил наковальню на Авито.',
      'ru',
    );
    expect(forge.text).toMatch(/огнетушител/);
    expect(forge.text).not.toMatch(/генератор заправляют|бензопил/);
    // A step never claims the person said what they did not: a bare title is told of no kind of book it named.
    const bare = await tap('reading', 'read more books, less phone', '', 'en');
    expect(bare.keys).toContain('read-pick-short');
    expect(bare.text).not.toMatch(/you said/);
    const fantasy = await tap('reading', 'read more books, less phone', 'I used to love fantasy novels.', 'en');
    expect(fantasy.text).toMatch(/the kind you said you want to read/);
  });

  // The needlework button ("Knitting and sewing") is tapped: the coach's words, which do not keep the knitting part.
  it('gives a sewing machine goal no knitting, in English and Russian, and keeps it for someone who knits', async () => {
    const en = await tap(
      'skill',
      'learn to use my new sewing machine',
      'Bought one last month and it is still in the box. I want to hem my trousers.',
      'en',
      ['Just starting', 'Knitting', 'Sewing'],
    );
    expect(en.keys).toContain('skill-sew-plan');
    expect(en.texts.join(' ')).not.toMatch(/knit|yarn|casting on/i);
    const ru = await tap(
      'skill',
      'научиться шить на машинке',
      'Купила машинку месяц назад, стоит в коробке. Хочу подшивать брюки.',
      'ru',
      ['Только начинаю', 'Рукоделие', 'Шитьё'],
    );
    expect(ru.keys).toContain('skill-sew-plan');
    expect(ru.texts.join(' ')).not.toMatch(/вяж|петел|петл|пряж/);
    // The person's own words name both: the part for knitting stays.
    const both = await tap(
      'skill',
      'learn to use my sewing machine',
      "I knit a lot, but I've never sewn; the machine was my gran's.",
      'en',
      ['Just starting', 'Knitting', 'Sewing'],
    );
    expect(both.texts.join(' ')).toMatch(/if you knit/);
  });

  it('leaves the child out of an adult’s exercises, and keeps it for a child’s', async () => {
    const adult = await tap(
      'habit',
      'do my shoulder physio every day',
      'Rotator cuff surgery in March; the physio gave me a sheet and I skip it.',
      'en',
      ['Daily exercises'],
    );
    expect(adult.keys).toEqual(expect.arrayContaining(['hab-set-card', 'hab-set-chart']));
    expect(adult.texts.join(' ')).not.toMatch(/child|picture cards/i);
    const child = await tap(
      'habit',
      'do my son’s speech exercises every day',
      'The speech therapist gave us a sheet for my 5 year old son.',
      'en',
      ['Daily exercises'],
    );
    expect(child.texts.join(' ')).toMatch(/for a child, let them stick the sticker/);
  });

  it('leaves the bike out of a car job, and keeps it for a bike', async () => {
    const car = await tap(
      'repair',
      'do my own oil change',
      'I have a 2012 Corolla and pay the garage every time. Never done it.',
      'en',
      ['Servicing'],
    );
    expect(car.keys).toContain('fix-svc-safe');
    expect(car.texts.join(' ')).toMatch(/axle stands/);
    expect(car.texts.join(' ')).not.toMatch(/bike/i);
    const bike = await tap(
      'repair',
      'service my bike myself',
      'Gears skip and the chain is dry; never done anything but pump the tyres.',
      'en',
      ['Servicing'],
    );
    expect(bike.texts.join(' ')).toMatch(/for a bike, a stand or a hook/);
  });

  it('fails the content check on a part no step says any more, and on a step that reads broken without it', () => {
    expect(asideLeaks(pack)).toEqual([]);
    const about = { en: ['bike'], ru: ['велосипед'] };
    // A step written for cars and bikes alike, as fix-svc-safe was before read 52.
    const text = 'Work on flat ground with the car on axle stands; for a bike, a stand or a hook.';
    const wording = { minutes: 10, en: text, ru: 'Работай на ровном месте, машина на подставках.' };
    const step = {
      key: 'sample',
      minutes: 10,
      text: wording,
      smaller: wording,
      concrete: wording,
      smallerConcrete: wording,
    };
    const stale = { asides: [{ id: 'bike', about, en: ['; for a bicycle, a stand'], ru: [] }] };
    expect(asideProblems(stale, [step as never])).toEqual([
      'asides.yaml: bike.en "; for a bicycle, a stand" is in no step: write it as the step now says it',
    ]);
    const broken = { asides: [{ id: 'bike', about, en: ['a stand or a hook'], ru: [] }] };
    expect(asideProblems(broken, [step as never])[0]).toMatch(/sample\.text\.en reads broken/);
    // The reader itself: a goal that names the thing keeps the part, one that does not loses it.
    const reader = createAsideReader({
      asides: [{ id: 'bike', about, en: ['; for a bike, a stand or a hook'], ru: [] }],
    });
    expect(reader.goal(['fix my bike'], 'en').trim(text)).toBe(text);
    expect(reader.goal(['change my oil'], 'en').trim(text)).toBe('Work on flat ground with the car on axle stands.');
  });
});
