import { describe, expect, it } from 'vitest';
import { talkWith, tapping } from '../../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../../test/factories/first-five.js';
import {
  baseKeys,
  coach,
  firstFive,
  ownSteps,
  pack,
  slots,
  talk as talk2,
  talkTapping,
  tap,
  withPrefix,
} from '../../../../test/factories/offline-cases.js';
import { kindProblems } from '../../../content/check-coach-pack.js';

// Goals of the quit kind (content/goals/types/quit.yaml), walked through the offline coach as a person would: the
// situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a new
// case goes: docs/coach.md.
/** How many of the given step keys are reflection steps. */
const reflections = (kind: string, keys: (string | null)[]) => {
  const steps = pack.types.find((type) => type.id === kind)!.steps;
  return keys.filter((key) => steps.find((step) => step.key === key)?.reflect).length;
};

const quitKind = pack.types.find((kind) => kind.id === 'quit')!;

/** The keys of the quit path's cut-down steps: a limit, a how-much log, telling someone the limit. */
const cutDownKeys = quitKind.steps.filter((step) => step.topics?.includes('reduce')).map((step) => step.key);

const QUIT_DATE = /quit date|дату отказа/i;

const CAFFEINE = ['quit-caf-count', 'quit-caf-taper', 'quit-caffeine', 'quit-caf-cutoff', 'quit-caf-sleep'];

const ALCOHOL = [
  'quit-alcohol-doctor',
  'quit-alcohol-doctor-plain',
  'quit-alcohol-start',
  'quit-alcohol-start-full',
  'quit-alcohol-evenings',
  'quit-alcohol-home',
];

const QUIT_DATES = ['quit-date', 'quit-date-full', 'quit-now'];

const MEDS = ['quit-meds-gp', 'quit-meds-log', 'quit-meds-words', 'quit-meds-line', 'quit-meds-tell'];

const SUBSTANCE = ['quit-subst-gp', 'quit-subst-log', 'quit-subst-words', 'quit-subst-tell', 'quit-meds-line'];

const ALCOHOL2 = [
  'quit-alcohol-doctor-plain',
  'quit-alcohol-start',
  'quit-alcohol-start-full',
  'quit-alcohol-evenings',
  'quit-alcohol-home',
];

const CAFFEINE2 = ['quit-caf-count', 'quit-caf-taper', 'quit-caffeine'];

const COLD = [...ALCOHOL2, ...CAFFEINE2, ...QUIT_DATES, 'quit-clear', 'quit-replacement'];

const COLD_STOP = ['quit-now', 'quit-date', 'quit-date-full'];

const LATE_SCREENS = ['quit-late-stop', 'quit-late-autoplay', 'quit-late-after'];

const HEART = ['quit-heart-doctor', 'quit-heart-notes'];

const PHONE_OWN = ['quit-phone-limits', 'quit-phone-bedroom', 'quit-clear', 'quit-phone-day', 'quit-phone-out'];

const FEAST = ['quit-feast-before', 'quit-feast-plate', 'quit-feast-host', 'quit-feast-table', 'quit-feast-after'];

const COLD_STOP2 = ['quit-date', 'quit-date-full', 'quit-kit'];

const DRUGS = ['quit-drugs-support', 'quit-drugs-contact', 'quit-drugs-night', 'quit-drugs-money', 'quit-drugs-friend'];

const CREAM = ['quit-cream-doctor', 'quit-cream-log', 'quit-cream-words', 'quit-cream-tell'];

const SECOND_BOOKING = [
  'quit-meds-gp',
  'quit-drops-gp',
  'quit-subst-gp',
  'quit-alcohol-doctor',
  'quit-alcohol-doctor-plain',
];

const LATE = ['quit-late-stop', 'quit-late-autoplay', 'quit-late-after'];

const steps = async (...args: Parameters<typeof tap>) => baseKeys((await tap(...args)).keys);

describe("harmful steps named in a quit goal lead its path, and near misses keep the kind's own steps", () => {
  it('gives nights out at a shisha lounge a plan for those nights, not clearing supplies at home', async () => {
    const en = await firstFive(
      'quit',
      'Stop going to the hookah bar',
      'Me and the lads are at the hookah lounge most weekends and my chest feels tight.',
    );
    // A tight chest is seen by a doctor first (the `chest_faint` hazard), then the nights out.
    expect(en.keys.slice(0, 4)).toEqual(['hz-chest-now', 'hz-chest-until', 'quit-venue-nights', 'quit-venue-mates']);
    expect(en.keys).not.toContain('quit-clear');
    const ru = await firstFive(
      'quit',
      'Бросить курить кальян',
      'С друзьями каждую пятницу в кальянной, уже кашляю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-venue-nights');
    expect(ru.keys).not.toContain('quit-clear');
    // Cigarettes at home keep clearing the supplies.
    const cigs = await firstFive('quit', 'Quit smoking', 'Twenty a day for ten years.');
    expect(cigs.keys).toContain('quit-clear');
  });

  it('sends a chewer already referred for mouth patches to that hospital check, not back to a dentist', async () => {
    const en = await tap(
      'quit',
      'Stop chewing betel nut',
      'I chew paan with areca about ten times a day. The clinic found a white patch on my gum and referred me to a specialist at the district hospital.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-oral-referred');
    expect(en.keys).not.toContain('hz-oral-dentist');
    const ru = await tap(
      'quit',
      'Бросить насвай',
      'Закладываю насвай лет десять. Стоматолог увидел белые пятна на щеке и дал направление в онкодиспансер.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-oral-referred');
    // Near miss: sore gums with no referral keep the dentist step, with no tobacco-only wording for a betel chewer.
    const near = await tap('quit', 'Quit buai', 'I chew buai all day on the boat and my gums are sore.', 'en');
    expect(near.keys[0]).toBe('hz-oral-dentist');
    expect(near.keys).not.toContain('hz-oral-referred');
    expect(near.texts[0]).toMatch(/betel/);
  });

  it('books the return visit a dentist asked for instead of a hospital check nobody sent the person to', async () => {
    const en = await tap(
      'quit',
      'give up paan',
      'I chew paan about ten times a day. My dentist found a white patch on my gum and said to quit and come back in two months.',
      'en',
      ['Quitting a habit'],
    );
    expect(en.keys).toContain('hz-oral-review');
    expect(en.keys).not.toContain('hz-oral-referred');
    expect(en.keys).not.toContain('hz-oral-dentist');
    const ru = await tap(
      'quit',
      'бросить насвай',
      'Закладываю насвай шесть лет. Стоматолог увидел белое пятно на щеке, сказал бросать и прийти через три месяца.',
      'ru',
    );
    expect(ru.keys).toContain('hz-oral-review');
    expect(ru.keys).not.toContain('hz-oral-referred');
    // Sent on to the hospital: the check there comes first, as before.
    const near = await tap(
      'quit',
      'quit chewing betel',
      'I chew betel every day. The dentist showed me white patches in my cheek and told me to get them checked at the hospital in town.',
      'en',
      ['Quitting a habit'],
    );
    expect(near.keys).toContain('hz-oral-referred');
    expect(near.keys).not.toContain('hz-oral-review');
  });

  it('sends a chewer whose dentist already found patches back to ask for the specialist check, with no quitline for nicotine', async () => {
    const en = await tap(
      'quit',
      'give up chewing betel nut',
      'I chew betel with lime all day with the guys on my shift. The dentist found white patches inside my cheek and said they could turn into cancer.',
      'en',
      ['Quitting'],
    );
    expect(en.keys).toContain('hz-oral-found');
    expect(en.keys).not.toContain('hz-oral-dentist');
    expect(en.keys).not.toContain('quit-smoke-support');
    expect(en.texts.join(' ')).not.toMatch(/most are harmless/i);
    const ru = await tap(
      'quit',
      'бросить закладывать насвай',
      'Закладываю насвай лет десять. Стоматолог нашёл белые пятна на десне и сказал, что это может перейти в рак.',
      'ru',
    );
    expect(ru.keys).toContain('hz-oral-found');
    expect(ru.keys).not.toContain('hz-oral-dentist');
    const near = await tap(
      'quit',
      'give up chewing betel nut',
      'I chew betel with lime all day. My gums are sore and bleed when I brush.',
      'en',
      ['Quitting'],
    );
    expect(near.keys).toContain('hz-oral-dentist');
    expect(near.keys).not.toContain('hz-oral-found');
    const smoker = await tap('quit', 'quit smoking', 'Ten years of cigarettes, a pack a day, I want to stop.', 'en');
    expect(smoker.keys).toContain('quit-smoke-support');
  });
});

describe('quit: the level and what the person already has or does', () => {
  it('skips picking a quit date when the goal already names the day; the date step stays otherwise', async () => {
    const ru = await firstFive(
      'quit',
      'Бросить вейп вместе с подругой',
      'Парим обе уже три года. Решили бросить ко дню рождения подруги в мае.',
      'ru',
    );
    expect(ru.keys).not.toContain('quit-date');
    const en = await firstFive(
      'quit',
      'Give up cigarettes with my brother',
      'We both smoke twenty a day. Our quit date is set: we stop on my birthday in June.',
    );
    expect(en.keys).not.toContain('quit-date');
    const plain = await firstFive(
      'quit',
      'Give up cigarettes',
      'Twenty a day for ten years, I want to stop within a month.',
    );
    expect(plain.keys).toContain('quit-date');
  });
});

describe('quit: the situation named and the steps it brings', () => {
  it('quit: energy drinks and coffee taper off caffeine and never get alcohol steps; procrastination never gets a quit date', async () => {
    const energy = await firstFive(
      'quit',
      'Cut out energy drinks',
      'I work night shifts at a warehouse and get through 3-4 cans a shift. On my days off I get headaches.',
    );
    expect(energy.keys).toEqual(expect.arrayContaining(['quit-caf-count', 'quit-caf-taper']));
    expect(energy.keys.some((key) => key!.startsWith('quit-alcohol'))).toBe(false);
    expect(energy.text).not.toMatch(/alcohol/i);

    const coffee = await firstFive('quit', 'Бросить пить кофе', 'Пью пять чашек в день', 'ru');
    expect(coffee.keys).toContain('quit-caf-taper');
    expect(coffee.text).not.toMatch(/алкогол/i);

    // A smoker who mentions coffee or beer keeps the smoking path.
    for (const description of ['A cigarette with every coffee, about 15 a day.', 'Mostly with a beer after work.']) {
      const smoker = await firstFive('quit', 'Quit smoking', description);
      expect(smoker.keys).toEqual(expect.arrayContaining(['quit-date', 'quit-smoke-support']));
      expect(smoker.keys.some((key) => /^quit-(caf|alcohol)/.test(key!))).toBe(false);
    }
    // A drinker who also mentions energy drinks still sees the doctor first.
    const drinker = await firstFive('quit', 'Drink less beer', '6 pints on a Friday, and energy drinks at work.');
    expect(drinker.keys[0]).toBe('quit-alcohol-doctor');
    expect(drinker.keys.some((key) => key!.startsWith('quit-caf'))).toBe(false);

    for (const [title, locale] of [
      ['Stop leaving everything to the last minute', 'en'],
      ['Перестать всё делать в последний момент', 'ru'],
      ['Перестать срывать дедлайны', 'ru'],
    ] as const) {
      const procr = await firstFive('quit', title, '', locale);
      expect(procr.keys).toContain('quit-procr-deadline');
      expect(procr.keys.every((key) => key!.startsWith('quit-procr'))).toBe(true);
      expect(procr.text).not.toMatch(/quit date|supplies|the habit|дату отказа|запасы|тяг/i);
    }

    // Beer every evening: one plan for the evenings, not two steps that both plan what to do instead.
    const beer = await firstFive(
      'quit',
      'Перестать пить пиво каждый вечер',
      'Две-три банки под сериал, вроде немного. Но муж уже заметил, да и без этого я теперь плохо засыпаю.',
      'ru',
    );
    expect(beer.keys[0]).toBe('quit-alcohol-doctor');
    expect(beer.keys).toEqual(expect.arrayContaining(['quit-alcohol-evenings', 'quit-alcohol-home']));
    expect(beer.keys).not.toContain('quit-replacement');
    expect(reflections('quit', beer.keys)).toBeLessThanOrEqual(1);
  });

  it('order, minutes and repeats: blocks before no quit date, help before the drilling, a realistic claim form', async () => {
    const betting = await firstFive('quit', 'Stop betting on football', "It's accumulators on my phone most nights.");
    expect(betting.keys).not.toContain('quit-date');
    expect(betting.keys).not.toContain('quit-phone-limits');
    const swearing = await firstFive(
      'quit',
      'Перестать материться',
      'Сыну три года, на днях он повторил за мной в садике. Материмся оба с мужем.',
      'ru',
    );
    expect(swearing.keys).not.toContain('quit-replacement');
    expect(swearing.keys).toContain('quit-swear-kids');

    const shelves = await firstFive(
      'repair',
      'Put up floating shelves in the alcove',
      'I own a drill but have only ever used it to hang pictures.',
    );
    expect(shelves.keys).not.toContain('fix-08');
    expect(shelves.keys.indexOf('fix-inst-help')).toBeLessThan(shelves.keys.indexOf('fix-inst-fix'));

    const claim = await firstFive(
      'admin',
      'Claim on our home insurance after the flood',
      'The claim form is 14 pages.',
    );
    expect(claim.minutes[claim.keys.indexOf('adm-claim-form')]).toBeGreaterThanOrEqual(60);
    const poa = await firstFive('admin', 'Set up power of attorney for my dad', '');
    expect(poa.keys).not.toContain('adm-09');

    const wallpaper = await firstFive('repair', 'Переклеить обои в детской', 'Старые бумажные обои в два слоя.', 'ru');
    expect(wallpaper.keys).not.toContain('fix-paint-prep');
    expect(wallpaper.keys).toContain('fix-wall-strip');

    const garden = await firstFive('home', 'Grow our own vegetables', 'Small back garden, just lawn and a shed.');
    const at = (key: string) => garden.keys.indexOf(key);
    expect(at('home-garden-plant')).toBeLessThan(at('home-garden-clear'));
    expect(at('home-garden-clear')).toBeLessThan(at('home-garden-sow'));

    const mammogram = await firstFive('checkup', 'Сделать маммографию', 'Мне 46, у мамы был рак груди.', 'ru');
    expect(mammogram.keys).not.toContain('chk-05');
    expect(mammogram.keys).toContain('chk-scr-family');

    const parent = await firstFive('exam', 'Сдать ОГЭ по химии', 'Сын в 9 классе, пробники пишет на тройку.', 'ru');
    expect(withPrefix(parent.keys, 'exam-parent-')).toHaveLength(5);

    const anniversary = await firstFive(
      'grief',
      'Как пережить годовщину смерти подруги',
      'Год назад она умерла. Её мама просит меня сказать что-нибудь на поминках.',
      'ru',
    );
    expect(anniversary.keys).not.toContain('grief-01');
    expect(anniversary.keys).toContain('grief-words');

    const mmi = await firstFive(
      'interview',
      'Medical school interview next week',
      "It's an MMI, eight stations. I ramble on ethics.",
    );
    expect(mmi.keys).not.toContain('intv-02');
    expect(mmi.keys).toContain('intv-mmi-timed');
    const salary = await firstFive(
      'interview',
      'Обсудить зарплату на финальном собеседовании',
      'Эйчар уже спрашивала про ожидания, а я промямлила «по рынку».',
      'ru',
    );
    expect(salary.keys).not.toContain('intv-offer-writing');
    expect(salary.keys).toContain('intv-pre-say');

    const sister = await firstFive('family', 'Помириться с сестрой', 'Не разговариваем два года.', 'ru');
    for (const key of ['fam-05', 'fam-09', 'fam-10']) expect(sister.keys).not.toContain(key);

    const invest = await firstFive('finance', 'Start investing for retirement', 'I can put aside about £400 a month.');
    expect(invest.keys).not.toContain('fin-11');
  });

  describe('a goal whose title says quit never gets cut-down steps (safety rule 1)', () => {
    it('reads «завязать» as quit and a weekday habit in the description as no cut-down', async () => {
      const steps = await firstFive(
        'quit',
        'Завязать с выпивкой',
        'Мне 42, в будни не пью, зато с пятницы до воскресенья почти без перерыва, в понедельник на работу еле живой. Жена сказала: ещё раз — и уедет с детьми к маме.',
        'ru',
      );
      expect(cutDownKeys.length).toBeGreaterThan(0);
      expect(steps.keys.filter((key) => cutDownKeys.includes(key))).toEqual([]);
      expect(steps.text).not.toMatch(/лимит|когда, сколько/i);
      expect(steps.text).toMatch(/триггер/);
      expect(slots.read('Завязать с выпивкой', []).values.habit?.id).toBe('alcohol');
    });

    it('keeps the cut-down out for every quit word, in both languages', () => {
      const described = ['I only drink at weekends, never on weekdays, no more than a bottle.'];
      for (const title of ['Quit drinking', 'Give up booze', 'Stop drinking', 'Kick the wine habit'])
        expect(slots.read(title, described).values.aim?.id, title).toBeUndefined();
      const ru = ['По будням не пью, только по выходным, не больше бутылки.'];
      for (const title of ['Бросить пить', 'Завязать с алкоголем', 'Отказаться от алкоголя', 'Перестать пить'])
        expect(slots.read(title, ru).values.aim?.id, title).toBeUndefined();
    });

    it('still gives a cut-down to someone who asks for one, in the title or in words', async () => {
      expect(slots.read('Drink less', []).values.aim?.id).toBe('reduce');
      expect(slots.read('Stop drinking on weeknights', []).values.aim?.id).toBe('reduce');
      expect(slots.read('Quit drinking', ["I don't want to stop completely, I want to cut down."]).values.aim?.id).toBe(
        'reduce',
      );
      expect(slots.read('Бросить пить', ['Хочу пить меньше, совсем не получится.']).values.aim?.id).toBe('reduce');
      const steps = await firstFive('quit', 'Пить меньше', 'Хочу пить только по выходным.', 'ru');
      expect(steps.keys.some((key) => cutDownKeys.includes(key))).toBe(true);
    });

    it('the content check refuses a limit step a quitter could reach', () => {
      const limit = quitKind.steps.find((step) => step.key === 'quit-reduce-limit')!;
      const loose = { ...limit, key: 'quit-loose-limit', topics: ['booze'] };
      const problems = kindProblems('quit', { ...quitKind, steps: [...quitKind.steps, loose] }, pack.never, pack.slots);
      expect(problems.join('\n')).toMatch(/quit-loose-limit: a limit or how-much step in a quitting path/);
      expect(kindProblems('quit', quitKind, pack.never, pack.slots)).toEqual([]);
    });
  });

  it('reads "coke" done at weekends as cocaine, with drug steps and no fizzy-drink swaps; a Diet Coke stays a drink', async () => {
    const en = await firstFive('quit', 'Quit cocaine', 'I do a few lines every Friday with mates.');
    expect(en.keys[0]).toBe('quit-drugs-support');
    expect(en.keys.some((key) => /^quit-(soft|food|caf)-/.test(key))).toBe(false);
    const coke = await firstFive('quit', 'Stop doing coke on nights out', 'Only when I am out, but every weekend now.');
    expect(coke.keys).toContain('quit-drugs-night');
    expect(coke.text).not.toMatch(/fizzy|sparkling water with lemon/i);
    const ru = await firstFive('quit', 'Бросить кокаин', 'Нюхаю по пятницам в клубе, уже полгода так.', 'ru');
    expect(ru.keys[0]).toBe('quit-drugs-support');
    const diet = await firstFive('quit', 'Cut out Diet Coke', 'Six cans a day, I want to be off it by March.');
    expect(diet.keys.some((key) => key.startsWith('quit-drugs-'))).toBe(false);
    expect(diet.keys).toContain('quit-caf-taper');
  });

  it('gives six months sober relapse prevention, not a quit date or a withdrawal warning; a new quitter keeps them', async () => {
    const ru = await firstFive('quit', 'Не сорваться снова', 'Год не пью, а на свадьбе у брата все будут пить.', 'ru');
    expect(ru.keys[0]).toBe('quit-stay-event');
    expect(ru.keys.some((key) => key === 'quit-date' || key.startsWith('quit-alcohol-doctor'))).toBe(false);
    const en = await firstFive(
      'quit',
      'Stay sober through Christmas',
      'Eight months sober, first work party coming up.',
    );
    expect(en.keys).toEqual(expect.arrayContaining(['quit-stay-event', 'quit-stay-signs']));
    expect(en.keys).not.toContain('quit-date');
    // A new quitter keeps the doctor and a first day; a daily drinker sets that day with the doctor.
    const fresh = await firstFive('quit', 'Stop drinking', 'I have wine every night, I want to stop next month.');
    expect(fresh.keys).toEqual(expect.arrayContaining(['quit-alcohol-doctor', 'quit-alcohol-start']));
  });

  it('gives a game its own step with no repeated replacement or "throw the supplies away"', async () => {
    const en = await firstFive('quit', 'Stop playing Fortnite all night', 'I play till 3am most nights.');
    expect(en.keys).toContain('quit-gaming');
    expect(en.keys).not.toContain('quit-clear');
    expect(en.keys).not.toContain('quit-replacement');
    const ru = await firstFive(
      'quit',
      'Бросить играть в танки',
      'Каждый вечер сажусь на пару боёв и сижу до ночи.',
      'ru',
    );
    expect(ru.keys).toContain('quit-gaming');
    expect(ru.text).not.toMatch(/выброси запасы/);
  });

  it('gives a takeaway habit with a known trigger no three-day log and no second "alternative"', async () => {
    const en = await firstFive(
      'quit',
      'Stop getting takeaways',
      "Uber Eats four nights a week because I'm too tired to cook after my shift.",
    );
    expect(en.keys).toContain('quit-junk-dinners');
    expect(en.keys).not.toContain('quit-food-log');
    expect(en.keys).not.toContain('quit-food-alternative');
    const ru = await firstFive(
      'quit',
      'Перестать заказывать доставку',
      'Каждый вечер заказываю еду, сил нет готовить.',
      'ru',
    );
    expect(ru.keys).toContain('quit-junk-dinners');
    expect(ru.keys).not.toContain('quit-food-log');
    // Chocolate with no named trigger keeps the log.
    const sweets = await firstFive('quit', 'Stop eating chocolate every evening', 'A bar after dinner, every night.');
    expect(sweets.keys[0]).toBe('quit-food-log');
  });

  it('gives skin picking covers and habit-reversal help, not a varnish against nail biting', async () => {
    const en = await firstFive(
      'quit',
      'Stop picking at my cuticles',
      'I pick the skin round my nails till it bleeds, mostly in meetings.',
    );
    expect(en.keys[0]).toBe('quit-pick-cover');
    expect(en.keys).not.toContain('quit-nails-polish');
    const ru = await firstFive(
      'quit',
      'Перестать ковырять кожу на лице',
      'Выдавливаю и ковыряю, потом замазываю.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['quit-pick-cover', 'quit-pick-help']));
    const bite = await firstFive('quit', 'Stop biting my nails', 'Since school, worse when I am nervous.');
    expect(bite.keys).toContain('quit-nails-polish');
  });

  describe('the named problem drives the steps', () => {
    it('gives a dependence on painkillers or sleeping pills a GP plan — no quit date, no throwing supplies away', async () => {
      const en = await firstFive(
        'quit',
        'Come off the codeine',
        'Prescribed for my knee last year; now I buy it from different pharmacies and feel rough without it.',
      );
      expect(en.keys[0]).toBe('quit-meds-gp');
      expect(en.keys).not.toContain('quit-date');
      expect(en.keys).not.toContain('quit-clear');
      const ru = await firstFive(
        'quit',
        'Слезть с феназепама',
        'Пью каждый вечер уже полгода, без него не могу уснуть, стыдно идти к врачу.',
        'ru',
      );
      expect(ru.keys.slice(0, 3)).toEqual(['quit-meds-gp', 'quit-meds-log', 'quit-meds-words']);
      expect(ru.text).not.toMatch(/дату отказа/);
      // Smoking keeps its quit date.
      const smoking = await firstFive('quit', 'Quit smoking', '20 a day for ten years.');
      expect(smoking.keys).toContain('quit-date');
      expect(smoking.keys.some((key) => key.startsWith('quit-meds-'))).toBe(false);
    });

    it('gives a wheelchair user hill technique and shoulder care, not walks', async () => {
      const en = await firstFive(
        'fitness',
        'Get up the ramp at work without help',
        "I'm a manual wheelchair user and the ramp is steep; I always need a push.",
      );
      expect(en.keys[0]).toBe('fit-chair-setup');
      expect(en.keys).toContain('fit-chair-technique');
      expect(en.keys).not.toContain('fit-14');
      const ru = await firstFive(
        'fitness',
        'Заезжать в горку к дому без остановок',
        'Я колясочник после травмы позвоночника, подъём крутой, отдыхаю два раза.',
        'ru',
      );
      expect(ru.keys).toContain('fit-chair-sections');
      expect(ru.text).not.toMatch(/прогулк/i);
      // A walker keeps the walk.
      const walk = await firstFive('fitness', 'Get fitter', "I'm unfit and haven't exercised in years.");
      expect(walk.keys.some((key) => key.startsWith('fit-chair-'))).toBe(false);
    });

    it('gives grown-up children a monthly dinner, not play and bedtime questions', async () => {
      const en = await firstFive(
        'family',
        'See my adult children more often',
        'They all live nearby but we only get together at Easter.',
      );
      expect(en.keys[0]).toBe('fam-grown-date');
      expect(en.keys).not.toContain('fam-07');
      expect(en.keys).not.toContain('fam-22');
      const ru = await firstFive(
        'family',
        'Собирать взрослых детей на обед',
        'Дети выросли и разъехались, видимся только по праздникам.',
        'ru',
      );
      expect(ru.keys.slice(0, 2)).toEqual(['fam-grown-date', 'fam-grown-invite']);
      // Young children at home keep their play and family meals.
      const young = await firstFive(
        'family',
        'Eat dinner together as a family',
        'The kids (7 and 10) eat in their rooms.',
      );
      expect(young.keys[0]).toBe('fam-meal-slot');
      expect(young.keys.some((key) => key.startsWith('fam-grown-'))).toBe(false);
    });

    it("gives a parent's drinking facts and help where they live, and keeps the children's plan for a partner's", async () => {
      const en = await firstFive(
        'family',
        'Talk to my dad about his drinking',
        'He lives alone since Mum died and rings me drunk most nights. He laughs it off.',
      );
      expect(en.keys).toContain('fam-drink-facts');
      expect(en.keys).not.toContain('fam-drink-safe');
      expect(en.keys).not.toContain('fam-drink-kids');
      const ru = await firstFive('family', 'Поговорить с мамой о выпивке', 'Она живёт одна и пьёт каждый вечер.', 'ru');
      expect(ru.keys).toContain('fam-drink-help');
      expect(ru.keys).not.toContain('fam-drink-safe');
      const partner = await firstFive('family', 'Муж пьёт', 'Каждую пятницу напивается, дети боятся.', 'ru');
      expect(partner.keys[0]).toBe('fam-drink-safe');
      expect(partner.keys).not.toContain('fam-drink-facts');
    });

    it('gives a recall after screening the appointment prepared, with no booking', async () => {
      const en = await firstFive(
        'checkup',
        'Get through my breast screening recall',
        "They've called me back for more images on Friday and I'm scared.",
      );
      expect(en.keys[0]).toBe('chk-recall-letter');
      expect(en.keys.some((key) => key.startsWith('chk-scr-'))).toBe(false);
      const ru = await firstFive(
        'checkup',
        'Сходить на дообследование после маммографии',
        'Пришло письмо, что нужны повторные снимки, запись на четверг.',
        'ru',
      );
      expect(ru.keys[0]).toBe('chk-recall-letter');
      expect(ru.text).not.toMatch(/запишись на обследование/i);
      // A first screening keeps its booking.
      const book = await firstFive('checkup', 'Book my first mammogram', 'The letter says I am due.');
      expect(book.keys).toContain('chk-scr-book');
    });

    it('gives supervised contact the visits prepared, not court papers or a lawyer', async () => {
      const en = await firstFive(
        'recovery',
        'Prepare for supervised visits with my son',
        'The court ordered contact at a contact centre once a week. He is 8 and we have not seen each other for months.',
      );
      expect(en.keys).toContain('rec-contact-centre');
      expect(en.keys).not.toContain('rec-07');
      expect(en.keys).not.toContain('rec-21');
      const ru = await firstFive(
        'recovery',
        'Подготовиться к встречам с дочерью под присмотром',
        'Суд назначил встречи раз в две недели в присутствии психолога, дочке 9.',
        'ru',
      );
      expect(ru.keys).toContain('rec-contact-words');
      // A hearing still gets its papers.
      const hearing = await firstFive(
        'recovery',
        'Prepare for the custody hearing',
        'It is in March, my ex wants full custody.',
      );
      expect(hearing.keys.some((key) => key.startsWith('rec-contact-'))).toBe(false);
    });

    it('gives queer people queer groups and a dancer a dance partner, and keeps the general path', async () => {
      const en = await firstFive(
        'social',
        'Find other gay men where I live',
        'Small town, everyone I know is on apps or in the city.',
      );
      expect(en.keys[0]).toBe('soc-lgbt-find');
      expect(en.keys).not.toContain('soc-05');
      const ru = await firstFive('social', 'Найти ЛГБТ-друзей в своём городе', 'Переехала, никого не знаю.', 'ru');
      expect(ru.keys[0]).toBe('soc-lgbt-find');
      const dance = await firstFive(
        'social',
        'Find a tango partner',
        'I go to classes twice a week but have no partner and stand by the wall at milongas.',
      );
      expect(dance.keys[0]).toBe('soc-dance-teacher');
      expect(dance.keys).not.toContain('soc-03');
      const gamer = await firstFive('social', 'Найти друзей-геймеров', 'Играю по вечерам, хочу компанию.', 'ru');
      expect(gamer.keys.some((key) => key.startsWith('soc-lgbt-'))).toBe(false);
      const plain = await firstFive('social', 'Make friends in a new city', 'Just moved for work, know nobody.');
      expect(plain.keys[0]).toBe('soc-03');
    });

    it('gives tinnitus sound in the room and the GP, and a phone on walks no bedroom charger', async () => {
      const en = await firstFive(
        'sleep',
        'Sleep through my tinnitus',
        'The silence at night makes the ringing unbearable.',
      );
      expect(en.keys.slice(0, 2)).toEqual(['sleep-tin-sound', 'sleep-tin-gp']);
      const ru = await firstFive(
        'sleep',
        'Засыпать несмотря на звон в ушах',
        'В тишине спальни слышу только его.',
        'ru',
      );
      expect(ru.keys[0]).toBe('sleep-tin-sound');
      const walks = await firstFive(
        'quit',
        'Stop scrolling on walks with my kids',
        'We go to the park every afternoon and I am on my phone the whole time.',
      );
      expect(walks.keys).toContain('quit-phone-out');
      expect(walks.keys).not.toContain('quit-phone-bedroom');
      const bed = await firstFive('quit', 'Stop scrolling in bed', 'I am on my phone till 1 am every night.');
      expect(bed.keys).not.toContain('quit-phone-out');
      const shouting = await firstFive('quit', 'Stop shouting with my kids', 'I lose it every evening.');
      expect(shouting.keys).not.toContain('quit-phone-out');
    });
  });

  it('gives putting one’s life off its own steps, not task-splitting, and keeps procrastination on tasks', async () => {
    const ru = await firstFive(
      'quit',
      'Начать жить сейчас',
      'Всю жизнь откладываю жизнь на потом: вот будет квартира, вот дети вырастут.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['quit-life-list', 'quit-life-pick', 'quit-life-date']);
    expect(ru.text).not.toMatch(/отвлека|кусочек дела/);
    const en = await firstFive(
      'quit',
      'Stop putting my life on hold',
      "I keep waiting until I've lost weight to book the holiday or go dancing.",
    );
    expect(en.keys[0]).toBe('quit-life-list');
    const task = await firstFive('quit', 'Stop procrastinating', 'I leave every report to the last minute.');
    expect(task.keys.some((key) => key.startsWith('quit-life-'))).toBe(false);
  });

  it('reads scratch cards as gambling and salts after rehab as drugs', async () => {
    const en = await firstFive('quit', 'Give up scratch cards', 'Five a day from the newsagent.');
    // bought over a counter with no app named, the counter's moment comes first, not deleting betting apps.
    expect(en.keys[0]).toBe('quit-gamble-counter');
    const ru = await firstFive(
      'quit',
      'Не вернуться к солям',
      'Полгода чистый после центра, проблема была с солями.',
      'ru',
    );
    expect(ru.text).not.toMatch(/не пьёшь/);
    // A plain smoker keeps the quit-date path.
    const smoke = await firstFive('quit', 'Stop smoking', 'Ten a day for years.');
    expect(smoke.keys).toContain('quit-date');
  });

  it('gives Slack on holiday cover and logging out, not a quit date; long Covid pacing, not three sessions', async () => {
    const en = await firstFive('quit', 'Stop checking work Slack on holiday', 'Two weeks away from 20 July.');
    expect(en.keys).not.toContain('quit-date');
    expect(en.keys[0]).toBe('quit-work-cover');
    const ru = await firstFive('quit', 'Не проверять рабочую почту в отпуске', 'Едем на море в августе.', 'ru');
    expect(ru.keys).toContain('quit-work-apps');
    const covid = await firstFive(
      'fitness',
      'Climb the stairs after long Covid',
      'I crash for two days if I overdo it.',
    );
    expect(covid.keys[0]).toBe('fit-pace-doctor');
    expect(covid.keys).not.toContain('fit-06');
    const ru2 = await firstFive('fitness', 'Двигаться после постковида', 'После прогулки отлёживаюсь два дня.', 'ru');
    expect(ru2.keys).toContain('fit-pace-step');
  });

  it('sends a decongestant nasal spray someone depends on to a pharmacist or GP, never a quit date or the bin', async () => {
    const en = await firstFive(
      'quit',
      'Stop using my nose spray',
      "Otrivine every night for a year, I can't breathe without it.",
    );
    expect(en.keys[0]).toBe('quit-spray-ask');
    expect(en.text).toMatch(/pharmacist/i);
    expect(en.text).not.toMatch(/quit date|throw the supplies away|triggers/i);
    const ru = await firstFive(
      'quit',
      'Отказаться от капель в нос',
      'Капаю нафтизин пять раз в день уже два года.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-spray-ask');
    expect(ru.text).not.toMatch(/дату отказа|выброс|триггер/i);
    const rebound = await firstFive(
      'quit',
      'Break my decongestant habit',
      'My doctor called it rebound congestion; I use it four times a day.',
    );
    expect(rebound.keys.every((key) => key.startsWith('quit-spray-'))).toBe(true);
  });

  it('keeps painkillers on the GP path and an ordinary habit on the quit path', async () => {
    const pills = await firstFive('quit', 'Come off co-codamol', 'Since the prescription ended I buy them myself.');
    expect(pills.keys[0]).toBe('quit-meds-gp');
    expect(pills.keys.some((key) => key.startsWith('quit-spray-'))).toBe(false);
    const vape = await firstFive('quit', 'Quit vaping', 'I vape all day at work.');
    expect(vape.keys.some((key) => key.startsWith('quit-spray-'))).toBe(false);
  });

  it('gives always running late real times and a leave-by alarm, not a quit date or cravings', async () => {
    const en = await firstFive('quit', 'Stop being late all the time', 'I am always late for work by ten minutes.');
    expect(en.keys[0]).toBe('quit-late-log');
    expect(en.keys).toContain('quit-late-leave');
    expect(en.text).not.toMatch(/quit date|triggers|urge/i);
    const ru = await firstFive(
      'quit',
      'Перестать опаздывать',
      'Опаздываю к врачу и к друзьям, всегда думаю, что успею.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-late-log');
    expect(ru.text).not.toMatch(/дату отказа|триггер|тяга/i);
  });

  it('gives nibbling seeds or finishing the children’s plates a rule for the moment, no supplies or nail steps', async () => {
    const en = await firstFive(
      'quit',
      "Quit finishing food off the children's plates",
      'Every teatime I eat the crusts and leftovers my two girls leave, then have my own dinner.',
    );
    expect(en.keys).toContain('quit-nibble-rule');
    expect(en.keys).not.toContain('quit-clear');
    const ru = await firstFive(
      'quit',
      'Бросить щёлкать семечки',
      'Каждый вечер за сериалом съедаю пакет семечек.',
      'ru',
    );
    expect(ru.keys).toContain('quit-nibble-rule');
    expect(ru.keys.some((key) => key.startsWith('quit-nails'))).toBe(false);
    const nails = await firstFive('quit', 'Перестать грызть ногти', 'Грызу ногти на работе, когда нервничаю.', 'ru');
    expect(nails.keys).toContain('quit-nails');
  });

  it('does not tell a father-to-be to see his own obstetrician', async () => {
    const ru = await firstFive(
      'quit',
      'Бросить курить, пока жена беременна',
      'Жена беременна, к родам хочу не курить.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-baby-support');
    expect(ru.text).not.toMatch(/своему акушеру/);
  });

  it('plans a break away from the phone for scrolling at lunch or at work, with no charger out of the bedroom', async () => {
    const en = await firstFive(
      'quit',
      'Stop scrolling social media on my lunch hour',
      'I eat at my desk with Instagram open and the hour is gone.',
    );
    expect(en.keys).toContain('quit-phone-day');
    expect(en.keys).not.toContain('quit-phone-bedroom');
    const ru = await firstFive(
      'quit',
      'Не сидеть в телефоне в обеденный перерыв',
      'Весь перерыв листаю новости, а после обеда голова тяжёлая.',
      'ru',
    );
    expect(ru.keys).toContain('quit-phone-day');
    expect(ru.keys).not.toContain('quit-phone-bedroom');
    // The phone in bed keeps the charger step.
    const bed = await firstFive('quit', 'Stop scrolling in bed', 'I scroll TikTok until 2 am every night.');
    expect(bed.keys).toContain('quit-phone-bedroom');
    expect(bed.keys).not.toContain('quit-phone-day');
  });

  it('gives videos at the start of study a browser block and a first task, not app limits or the bedroom charger', async () => {
    const en = await firstFive(
      'quit',
      'Stop opening YouTube the moment I sit down to revise',
      "I'm in Year 13 with A-levels starting in May and I lose the first hour of every study session to videos. Deleting the app hasn't worked because I just use the browser.",
    );
    expect(en.keys).toContain('quit-study-block');
    expect(en.keys).not.toContain('quit-phone-limits');
    expect(en.keys).not.toContain('quit-phone-bedroom');
    const ru = await firstFive(
      'quit',
      'Перестать залипать в видео, когда сажусь за уроки',
      'Девятый класс, ОГЭ скоро, а я по часу смотрю ролики на ноутбуке, прежде чем начать.',
      'ru',
    );
    expect(ru.keys).toContain('quit-study-block');
    expect(ru.keys).not.toContain('quit-phone-bedroom');
    // Scrolling in bed keeps the charger step.
    const control = await firstFive('quit', 'Stop scrolling Instagram in bed', 'I scroll until 2 am every night.');
    expect(control.keys).not.toContain('quit-study-block');
  });

  it('gives snacks grazed at the desk their own steps, and throws no supplies away for a habit without any', async () => {
    const en = await firstFive(
      'quit',
      'Stop grazing on snacks all day while working from home',
      "The kitchen is ten steps from my desk and I reckon I eat every half hour between 10 and 4. It's worst during back-to-back video calls.",
    );
    expect(en.keys).toContain('quit-graze-path');
    expect(en.keys).not.toContain('quit-clear');
    expect(en.text).not.toMatch(/never pass them on|delivery app/i);
    const ru = await firstFive(
      'quit',
      'Перестать весь день таскать печеньки из кухни',
      'Работаю из дома, постоянно перекусываю на созвонах.',
      'ru',
    );
    expect(ru.keys).toContain('quit-graze-times');
    // A habit with nothing to throw away gets the kind-general change of place instead.
    const knuckles = await firstFive(
      'quit',
      'Stop cracking my knuckles',
      'My partner hates the sound, I do it in meetings.',
    );
    expect(knuckles.keys).not.toContain('quit-clear');
    expect(knuckles.keys).toContain('quit-cue');
    // Control: a smoker still clears the cigarettes out.
    const smoke = await firstFive('quit', 'Бросить курить', 'Курю пачку в день 15 лет.', 'ru');
    expect(smoke.keys).toContain('quit-clear');
    expect(smoke.keys).toContain('quit-date');
  });

  it('steps sugar in tea down instead of a junk-food log and a quit date', async () => {
    const en = await firstFive(
      'quit',
      'Give up the four sugars in my tea',
      "I drink about eight mugs a day on site as a plasterer and my dentist's just told me off. I tried going cold turkey once and lasted a day.",
    );
    expect(en.keys.slice(0, 2)).toContain('quit-sug-taper');
    expect(en.keys).not.toContain('quit-date');
    expect(en.keys).not.toContain('quit-food-log');
    expect(en.text).not.toMatch(/takeaway|crisps/i);
    const ru = await firstFive(
      'quit',
      'Отказаться от сахара в кофе',
      'Кладу три ложки, пью кофе четыре раза в день.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-sug-taper');
    expect(ru.keys).not.toContain('quit-caf-taper');
  });

  it('gives a failed cold-turkey attempt a look back and a new method, not another quit date', async () => {
    const en = await firstFive('quit', 'Quit vaping', 'I tried cold turkey twice and lasted two days each time.');
    expect(en.keys.slice(0, 2)).toEqual(['quit-again-review', 'quit-again-method']);
    expect(en.keys).not.toContain('quit-date');
    const ru = await firstFive(
      'quit',
      'Бросить курить',
      'Пробовал бросить резко три раза, продержался максимум неделю.',
      'ru',
    );
    expect(ru.keys).toContain('quit-again-method');
    // The new method is the support (blind read 24): the smoking support step would only repeat it.
    expect(ru.keys).not.toContain('quit-smoke-support');
  });

  it('plans the trip home for food bought on the way, not the cupboards or a delivery app', async () => {
    const ru = await firstFive(
      'quit',
      'Перестать наедаться фастфудом после ночных смен',
      'Работаю медсестрой в реанимации, после ночи по дороге домой всегда захожу за бургером и картошкой. За год плюс 7 кг, и понимаю, что ем не от голода, а от усталости.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['quit-way-moment', 'quit-way-bag']);
    expect(ru.keys).not.toContain('quit-food-home');
    expect(ru.keys).not.toContain('quit-junk-dinners');
    const en = await firstFive(
      'quit',
      'Stop buying a meal deal and crisps on the way home',
      'I always stop at the garage on my drive home.',
    );
    expect(en.keys).toContain('quit-way-moment');
  });

  it('turns off ring nudges for a watch checked all day — no quit date', async () => {
    const en = await firstFive(
      'quit',
      'Stop checking my Apple Watch rings every ten minutes',
      "What started as motivation has turned into anxiety: I get up from dinner to close my stand ring. I'd like to be relaxed about a low day by the time we go on holiday in July.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['quit-tracker-notify', 'quit-tracker-off', 'quit-tracker-low-day']);
    expect(en.keys).not.toContain('quit-date');
    expect(en.text).toMatch(/stand reminders/);
    const ru = await firstFive(
      'quit',
      'Перестать постоянно смотреть на шагомер',
      'Каждые полчаса проверяю количество шагов на часах и нервничаю, если не набрал 10 000.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-tracker-notify');
    expect(ru.text).not.toMatch(/дату отказа/);
  });

  it('gives a weekly lottery ticket the money and the moment — Gamblers Anonymous stays for betting', async () => {
    const ru = await firstFive(
      'quit',
      'Перестать покупать лотерейные билеты каждую неделю',
      'Беру «Столото» по пятницам уже лет пять, выходит тысячи три в месяц. Хочу с нового года вообще не покупать.',
      'ru',
    );
    // «выходит тысячи три» names the lottery in a sentence about what goes wrong, so its steps may lead.
    expect(ru.keys.slice(0, 4)).toEqual(
      expect.arrayContaining(['quit-gamble-block', 'quit-lottery-money', 'quit-lottery-moment']),
    );
    expect(ru.keys).not.toContain('quit-gamble-support');
    expect(ru.text).not.toMatch(/Анонимные игроки/);
    const en = await firstFive('quit', 'Stop buying scratch cards', 'I get two or three every time I fill up the car.');
    expect(en.keys.slice(0, 2)).toEqual(['quit-gamble-block', 'quit-lottery-money']);
    expect(en.text).not.toMatch(/Gamblers Anonymous/);
    const betting = await firstFive('quit', 'Stop betting on football', 'I lose most of my wages on the bookie app.');
    expect(betting.keys).toContain('quit-gamble-support');
    expect(betting.keys).not.toContain('quit-lottery-money');
  });

  it('gives cheek biting its own steps, not nail varnish — and nail biting keeps them', async () => {
    const ru = await firstFive(
      'quit',
      'Перестать кусать щёки',
      'Кусаю щёки изнутри, когда нервничаю, уже до ранок.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['quit-cheek-when', 'quit-cheek-mouth', 'quit-cheek-dentist']);
    expect(ru.text).not.toMatch(/ногт/);
    const en = await firstFive(
      'quit',
      'Stop biting the inside of my cheeks',
      "I do it when I'm concentrating at work.",
    );
    expect(en.keys).toContain('quit-cheek-mouth');
    expect(en.keys).not.toContain('quit-nails');
    expect(en.text).not.toMatch(/nail/i);
    const nails = await firstFive('quit', 'Stop biting my nails', "I bite them when I'm nervous.");
    expect(nails.keys).toContain('quit-nails');
    expect(nails.keys).not.toContain('quit-cheek-mouth');
  });

  it('reads «ругать себя» as being hard on oneself, not swearing — swearing keeps its steps', async () => {
    const ru = await firstFive('quit', 'Перестать ругать себя', 'Ругаю себя за каждую ошибку на работе.', 'ru');
    expect(ru.keys.slice(0, 3)).toEqual(['quit-critic-catch', 'quit-critic-friend', 'quit-critic-talk']);
    expect(ru.keys).not.toContain('quit-swearing');
    expect(ru.keys).not.toContain('quit-date');
    expect(ru.text).not.toMatch(/слова-замены/);
    const en = await firstFive(
      'quit',
      'Stop beating myself up over small mistakes',
      'I call myself an idiot every time something goes wrong.',
    );
    expect(en.keys[0]).toBe('quit-critic-catch');
    expect(en.text).toMatch(/good friend/);
    const swearing = await firstFive('quit', 'Перестать ругаться матом', 'Матерюсь через слово.', 'ru');
    expect(swearing.keys).toContain('quit-swearing');
    expect(swearing.keys).not.toContain('quit-critic-catch');
  });

  // The rule: a habit that endangers the person or others right now (the phone while driving, drink-driving,
  // smoking in bed) must never get a date in the future: its first steps make it impossible from today.
  describe('a habit that endangers the person or others right now never gets a date in the future', () => {
    it('puts the phone out of reach from the next drive, with the driving mode and the people told — no quit date', async () => {
      const en = await firstFive(
        'quit',
        'Stop checking my phone while driving',
        "Mostly at red lights and in traffic on the A14, but I know it's only a matter of time. I've tried the glovebox and just end up reaching for it.",
      );
      expect(en.keys.slice(0, 4)).toEqual([
        'quit-drive-away',
        'quit-drive-mode',
        'quit-drive-people',
        'quit-drive-stops',
      ]);
      for (const key of ['quit-date', 'quit-kit', 'quit-phone-limits', 'quit-phone-bedroom', 'quit-phone-out'])
        expect(en.keys).not.toContain(key);
      expect(en.text).not.toMatch(QUIT_DATE);
      expect(en.text).not.toMatch(/two weeks|greyscale|charger/i);
      expect(en.text).toMatch(/boot/);
      expect(en.text).toMatch(/Do Not Disturb While Driving/);
      const ru = await firstFive(
        'quit',
        'Перестать переписываться за рулём',
        'Отвечаю в рабочих чатах, пока стою в пробках и на светофорах.',
        'ru',
      );
      expect(ru.keys[0]).toBe('quit-drive-away');
      expect(ru.text).toMatch(/багажник/);
      expect(ru.text).not.toMatch(QUIT_DATE);
    });

    it('claims a phone-at-the-wheel goal from any kind, so the generic or travel path never gets it', async () => {
      for (const [kind, title, description] of [
        ['generic', 'Stop texting while driving', ''],
        ['travel', 'No more phone at the wheel', 'I scroll at red lights on my commute.'],
      ] as const) {
        const steps = await firstFive(kind, title, description);
        expect(steps.keys[0]).toBe('quit-drive-away');
        expect(steps.text).not.toMatch(QUIT_DATE);
      }
    });

    it('makes drink-driving impossible from today — no date, no food on the way home', async () => {
      const en = await firstFive('quit', 'Stop drink-driving', 'I sometimes drive home from the pub after two pints.');
      expect(en.keys.slice(0, 3)).toEqual(['quit-dd-rule', 'quit-dd-keys', 'quit-dd-tell']);
      expect(en.keys).not.toContain('quit-date');
      expect(en.keys.some((key) => key.startsWith('quit-way-'))).toBe(false);
      expect(en.text).not.toMatch(QUIT_DATE);
      const ru = await firstFive(
        'quit',
        'Перестать садиться пьяным за руль',
        'После корпоративов езжу домой сам, хотя выпивал.',
        'ru',
      );
      expect(ru.keys[0]).toBe('quit-dd-rule');
      expect(ru.text).toMatch(/такси/);
      expect(ru.text).not.toMatch(QUIT_DATE);
    });

    it('takes cigarettes out of the bedroom tonight and checks the smoke detector — no quit date', async () => {
      const ru = await firstFive(
        'quit',
        'Перестать курить в постели',
        'Засыпаю с сигаретой перед телевизором в спальне.',
        'ru',
      );
      expect(ru.keys.slice(0, 3)).toEqual(['quit-bed-rule', 'quit-bed-alarm', 'quit-bed-nights']);
      expect(ru.text).toMatch(/датчик дыма/);
      expect(ru.text).not.toMatch(QUIT_DATE);
      const en = await firstFive('quit', 'Stop smoking in bed', 'I fall asleep with a cigarette most nights.');
      expect(en.keys[0]).toBe('quit-bed-rule');
      expect(en.keys).not.toContain('quit-date');
    });

    it('keeps the phone on walks with the old steps', async () => {
      const walks = await firstFive(
        'quit',
        'Stop scrolling on walks with my son',
        'I check Instagram all the time at the playground.',
      );
      expect(walks.keys).toContain('quit-phone-out');
      expect(walks.keys).not.toContain('quit-drive-away');
    });
  });

  it('gives Friday nights at the bar with the crew a plan, a line and the money — no pasted title', async () => {
    const ru = await firstFive(
      'quit',
      'Перестать ходить с мужиками в бар каждую пятницу',
      'После смены всей бригадой идём в бар у проходной, возвращаюсь в два ночи и оставляю там половину аванса. Отказываться неудобно — все идут.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['quit-pub-evening', 'quit-pub-line', 'quit-pub-money']);
    expect(ru.keys).not.toContain('quit-cue');
    expect(ru.text).not.toMatch(/где «Перестать/);
    expect(ru.text).not.toMatch(/сядь или встань/);
    const en = await firstFive(
      'quit',
      'Stop going to the pub every Friday after work',
      'The whole team goes and I end up spending half my wages.',
    );
    expect(en.keys[0]).toBe('quit-pub-evening');
    // The shisha lounge keeps its own steps.
    const shisha = await firstFive('quit', 'Stop going to the shisha lounge with my mates', 'Every weekend.');
    expect(shisha.keys[0]).toBe('quit-venue-nights');
    expect(shisha.keys).not.toContain('quit-pub-evening');
  });

  it('never pastes the goal title into the place-or-moment step', async () => {
    const steps = await firstFive('quit', 'Перестать хрустеть пальцами', 'Хрущу на совещаниях, коллеги косятся.', 'ru');
    expect(steps.text).not.toMatch(/где «Перестать хрустеть пальцами»/);
  });

  it('gives a social smoker the night out, a line and the friends — no supplies to clear', async () => {
    const en = await firstFive(
      'quit',
      "Stop being a 'social smoker' every time I go out",
      "I don't buy cigarettes during the week but after two drinks I'm bumming them off everyone. Last Saturday it was nearly a full pack.",
    );
    expect(en.keys).toEqual([
      'quit-social-night',
      'quit-social-line',
      'quit-social-tell',
      'quit-social-drinks',
      'quit-social-after',
    ]);
    expect(en.text).not.toMatch(/throw the supplies away/);
    const ru = await firstFive(
      'quit',
      'Перестать курить за компанию',
      'Сигареты не покупаю, но на вечеринках после пары бокалов стреляю у всех подряд.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-social-night');
    expect(ru.text).toMatch(/Нет, спасибо, я не курю/);
    expect(ru.keys).not.toContain('quit-clear');
    // A daily smoker keeps the quit date and clearing the cigarettes out.
    const daily = await firstFive('quit', 'Quit smoking', 'Twenty a day for ten years, mostly on breaks at work.');
    expect(daily.keys).toContain('quit-clear');
    expect(daily.keys.some((key) => key.startsWith('quit-social-'))).toBe(false);
  });

  it('reads cola and coffee as caffeine: a step-down, never a quit date or the alcohol steps, whatever is tapped', async () => {
    const ru = await talkTapping(
      'quit',
      'Бросить пить колу',
      'Выпиваю по два литра колы в день, без неё к обеду болит голова.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['quit-caf-count', 'quit-caf-taper']);
    expect(ru.text).not.toMatch(QUIT_DATE);
    expect(ru.text).not.toMatch(/алкогол/);
    const en = await talkTapping('quit', 'Quit Coke', 'I drink about two litres of Coca-Cola a day.', 'en', ['Fizzy']);
    expect(en.keys).toContain('quit-caf-taper');
    expect(en.text).not.toMatch(QUIT_DATE);
    const coffee = await talkTapping('quit', 'Drink less coffee', 'Six cups a day and I sleep badly.', 'en', ['None']);
    expect(coffee.keys[0]).toBe('quit-caf-count');
    expect(coffee.text).not.toMatch(/alcohol/i);
    // Alcohol named with the cola keeps the alcohol path.
    const rum = await firstFive('quit', 'Stop drinking rum and coke every night', 'Three or four glasses after work.');
    expect(rum.keys[0]).toBe('quit-alcohol-doctor');
    expect(rum.keys).not.toContain('quit-caf-taper');
  });

  // Blind read 24: a smoker who had relapsed twice was told to "step down — a fixed amount less each week".
  describe('a relapse in quitting', () => {
    it('gets support from day one as the new method, never a step-down of the habit', async () => {
      const ru = await firstFive(
        'quit',
        'Бросить курить, когда на стройке курят все',
        'Курю с армии, пачка в день. Два раза бросал, оба раза продержался неделю.',
        'ru',
      );
      expect(ru.keys).toContain('quit-again-method');
      expect(ru.text).not.toMatch(/постепенн|меньше каждую/);
      const en = await firstFive('quit', 'Quit smoking for good', 'I tried twice and lasted a week each time.');
      expect(en.text).not.toMatch(/step down|less each week/i);
    });

    it('the content check refuses a step-down in a quitting path outside caffeine and sugar in drinks', () => {
      const { pack } = shippedOfflineCoach();
      const quit = pack.types.find((kind) => kind.id === 'quit')!;
      const method = quit.steps.find((step) => step.key === 'quit-again-method')!;
      const taper = {
        ...method,
        key: 'quit-smoke-taper',
        text: {
          en: 'Step down instead: a fixed amount less each week.',
          ru: 'Снижай постепенно: каждую неделю чуть меньше.',
        },
      };
      const problems = kindProblems('quit', { ...quit, steps: [...quit.steps, taper] }, pack.never, pack.slots);
      expect(problems.join('\n')).toMatch(/quit-smoke-taper: a step-down in a quitting path/);
      expect(kindProblems('quit', quit, pack.never, pack.slots)).toEqual([]);
    });
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

  it('gives a snacker at a work vending machine steps at work, not "don\'t stock it at home"', async () => {
    const en = await firstFive(
      'quit',
      'Stop buying chocolate from the vending machine at work',
      'I work long shifts in a warehouse and spend £20 a week at the machine, mostly out of boredom.',
    );
    expect(en.keys[0]).toBe('quit-machine-bag');
    expect(en.keys).toContain('quit-machine-cash');
    expect(en.keys).not.toContain('quit-food-home');
    const ru = await firstFive(
      'quit',
      'Перестать покупать шоколадки в автомате на работе',
      'Работаю в офисе, от скуки хожу к автомату по три раза в день.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-machine-bag');
    expect(ru.keys).not.toContain('quit-food-home');
  });

  it('keeps sweets at home on the home path (near miss)', async () => {
    const en = await firstFive(
      'quit',
      'Stop eating crisps every evening',
      'I eat a big bag in front of the TV at home.',
    );
    expect(en.keys).not.toContain('quit-machine-bag');
  });

  it('gives watching until late a switch-off time, and complaining a start today — not a quit date two weeks off', async () => {
    const en = await firstFive(
      'quit',
      'Stop binge-watching crime dramas',
      "Every evening I start an episode after dinner and I'm still watching till 2am. Mornings are awful.",
    );
    expect(en.keys).toContain('quit-late-stop');
    expect(en.keys).not.toContain('quit-date');
    const ru = await firstFive(
      'quit',
      'Перестать ныть',
      'Коллега сказала, что я постоянно жалуюсь на начальника и пробки. Сама это замечаю, но не могу остановиться.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-complain-notice');
    expect(ru.keys).not.toContain('quit-date');
    const ruLate = await firstFive(
      'quit',
      'Не сидеть в играх до трёх ночи',
      'Играю в приставку до 3 ночи, потом не встаю на работу.',
      'ru',
    );
    expect(ruLate.keys).toContain('quit-late-stop');
    expect(ruLate.keys).not.toContain('quit-date');
    const enMoan = await firstFive(
      'quit',
      'Stop moaning about everything',
      'My partner says I complain from morning to night.',
    );
    expect(enMoan.keys[0]).toBe('quit-complain-notice');
    // Drinking late at night keeps the alcohol path, with no switch-off time for a drink.
    const drink = await firstFive(
      'quit',
      'Stop drinking until 2am at weekends',
      'I drink beer every Friday and Saturday night.',
    );
    expect(drink.keys).not.toContain('quit-late-stop');
    const binge = await firstFive('quit', 'Stop binge eating at night', 'I raid the fridge until 1am.');
    expect(binge.keys).not.toContain('quit-late-stop');
    // A smoker whose wife complains about the smell keeps the quit date.
    const smoker = await firstFive(
      'quit',
      'Бросить курить',
      'Курю пятнадцать лет, жена жалуется на запах, по утрам кашель.',
      'ru',
    );
    expect(smoker.keys).not.toContain('quit-complain-notice');
  });

  it('gives interrupting people practice from the next conversation — not a quit date two weeks off', async () => {
    const en = await firstFive(
      'quit',
      'Stop talking over my colleagues',
      'On video calls I jump in before people finish and my team lead noticed.',
    );
    expect(en.keys[0]).toBe('quit-interrupt-pause');
    expect(en.keys).toContain('quit-interrupt-signal');
    expect(en.keys).not.toContain('quit-date');
    const ru = await firstFive(
      'quit',
      'Перестать перебивать людей',
      'Жена говорит, что я не даю ей договорить, и на планёрках то же самое.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-interrupt-pause');
    expect(ru.keys).not.toContain('quit-date');
    // The phone checked in meetings keeps the quitting path.
    const phone = await firstFive(
      'quit',
      'Stop checking my phone in meetings',
      'I scroll under the table during every call.',
    );
    expect(phone.keys).toContain('quit-date');
    expect(phone.keys).not.toContain('quit-interrupt-pause');
  });

  it('gives hair pulling its own steps — not a stop-smoking service or quit aids', async () => {
    const en = await firstFive(
      'quit',
      'Stop pulling out my eyelashes',
      "I've done it since school, mostly when I'm reading in bed. I tried to stop many times.",
    );
    expect(en.keys[0]).toBe('quit-hair-help');
    expect(en.keys).toContain('quit-hair-log');
    expect(en.keys).not.toContain('quit-again-method');
    expect(en.text).not.toMatch(/stop-smoking|alcohol service/);
    const ru = await firstFive(
      'quit',
      'Перестать выдёргивать волосы',
      'Выдёргиваю волосы, когда нервничаю на работе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-hair-help');
    // Someone who slipped with another non-substance habit gets support that fits, no quit aids.
    const phone = await firstFive('quit', 'Stop doomscrolling', "I've tried to stop before and only lasted a week.");
    expect(phone.keys).not.toContain('quit-again-method');
    expect(phone.keys).toContain('quit-again-help');
    // A smoker who slipped keeps the stop-smoking service.
    const smoke = await firstFive('quit', 'Quit smoking', 'I tried to quit last year and only lasted a week.');
    expect(smoke.keys).toContain('quit-again-method');
    expect(smoke.keys).not.toContain('quit-again-help');
  });

  it('gives paying inside games the payment steps — not logging out or giving the console away', async () => {
    const en = await firstFive(
      'quit',
      'Stop spending on in-game purchases',
      "I'll keep playing, but I spent hundreds on loot boxes last month.",
    );
    expect(en.keys[0]).toBe('quit-spend-card');
    expect(en.keys).toContain('quit-spend-limit');
    expect(en.keys).not.toContain('quit-gaming');
    const ru = await firstFive(
      'quit',
      'Не тратить деньги на донат',
      'Играю в телефоне, задонатил за месяц половину зарплаты.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-spend-card');
    expect(ru.keys).not.toContain('quit-gaming');
    // Gaming too much keeps the gaming step.
    const gaming = await firstFive(
      'quit',
      'Stop gaming all night',
      'I play Fortnite every evening on the PlayStation.',
    );
    expect(gaming.keys).not.toContain('quit-spend-card');
  });

  it('puts the no-driving-after-alcohol rule first when the person says they drive after drinking in other words', async () => {
    const en = await tap(
      'quit',
      'Stop drinking on the golf course',
      "Saturday rounds with my sons have turned into six or seven beers from the cart, and then I drive home. I'm 52.",
      'en',
      ['Drinking alcohol'],
    );
    expect(en.keys[0]).toBe('quit-dd-after');
    expect(en.keys).not.toContain('quit-way-moment');
    const ru = await firstFive(
      'quit',
      'Бросить пить на рыбалке',
      'Каждые выходные с мужиками на рыбалке уходит литр водки, а потом сажусь за руль.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-dd-after');
    // Drinking at home gets no driving step, and food picked up on the drive home keeps its own path.
    const home = await firstFive('quit', 'Stop drinking wine every evening', 'A bottle most nights at home.');
    expect(home.keys).not.toContain('quit-dd-after');
    const food = await tap(
      'quit',
      'Stop buying burgers on the way home',
      'I go to the drive-thru on my drive home after every shift.',
      'en',
      ['Picking up'],
    );
    expect(food.keys[0]).toBe('quit-way-moment');
    expect(food.keys).not.toContain('quit-dd-after');
  });

  it('plans an outing where the person drinks with an alcohol-free drink in hand — not home evenings or the bottles at home', async () => {
    const en = await firstFive(
      'quit',
      'Stop drinking at the football',
      'Every home game I have five pints at the stadium.',
    );
    expect(en.keys).toContain('quit-outing-plan');
    expect(en.keys).toContain('quit-outing-tell');
    expect(en.keys).not.toContain('quit-alcohol-evenings');
    expect(en.keys).not.toContain('quit-alcohol-home');
    const ru = await firstFive(
      'quit',
      'Не пить в бане',
      'По субботам с друзьями в бане выпиваем по бутылке водки.',
      'ru',
    );
    expect(ru.keys).toContain('quit-outing-plan');
    expect(ru.keys).not.toContain('quit-alcohol-home');
    // Drinking at home keeps the evenings and the home steps; smoking on the course gets no alcohol steps.
    const home = await firstFive('quit', 'Stop drinking wine every evening', 'A bottle most nights at home.');
    expect(home.keys).toContain('quit-alcohol-evenings');
    expect(home.keys).toContain('quit-alcohol-home');
    const smoke = await firstFive('quit', 'Stop smoking on the golf course', 'Ten cigarettes every round.');
    expect(smoke.keys.some((key) => key.startsWith('quit-outing'))).toBe(false);
  });

  it('clears the car, not the home, when the person smokes at the wheel', async () => {
    const ru = await firstFive(
      'quit',
      'Бросить курить в машине',
      'Мне 35, курю почти только за рулём: полтора часа на работу и обратно. Дома и на работе вообще не тянет.',
      'ru',
    );
    expect(ru.keys).toContain('quit-car-clear');
    expect(ru.keys).not.toContain('quit-clear');
    const en = await firstFive('quit', 'Stop smoking in the car', 'I only smoke in the car on my commute.');
    expect(en.keys).toContain('quit-car-clear');
    expect(en.keys).not.toContain('quit-clear');
    // A smoker who names no car keeps the home, bag and phone cleared.
    const plain = await firstFive('quit', 'Quit smoking', 'Ten years, a pack a day.');
    expect(plain.keys).toContain('quit-clear');
    expect(plain.keys).not.toContain('quit-car-clear');
  });

  it('reads a game on the phone as a phone game — no food log or meals for "Candy Crush", no console for a match-three', async () => {
    const en = await firstFive('quit', 'stop playing candy crush in bed', "It's gone 1am most nights and I'm 58.");
    expect(en.keys).toContain('quit-pgame-off');
    expect(en.keys.some((key) => key.startsWith('quit-food'))).toBe(false);
    const ru = await firstFive(
      'quit',
      'Перестать играть в телефоне перед сном',
      'Играю в три в ряд до часу ночи.',
      'ru',
    );
    expect(ru.keys).toContain('quit-pgame-off');
    expect(ru.keys).not.toContain('quit-gaming');
    // Sweets keep the food path, and a console keeps the gaming step.
    const candy = await firstFive('quit', 'Stop eating candy at night', 'I eat a bag of sweets every evening.');
    expect(candy.keys).toContain('quit-food-log');
    expect(candy.keys).not.toContain('quit-pgame-off');
    const console = await firstFive('quit', 'Stop gaming', 'I play Fortnite on the PS5 six hours a day.');
    expect(console.keys).toContain('quit-gaming');
    expect(console.keys).not.toContain('quit-pgame-off');
  });

  it('gives cheek biting no trigger list, replacement or cue change after its own log and mouth steps', async () => {
    const en = await tap('quit', 'stop chewing the inside of my cheek', '', 'en', ['Biting the inside']);
    expect(en.keys.slice(0, 2)).toEqual(['quit-cheek-when', 'quit-cheek-mouth']);
    for (const key of ['quit-triggers', 'quit-replacement', 'quit-cue']) expect(en.keys).not.toContain(key);
    const ru = await tap('quit', 'Перестать кусать щёки', 'Кусаю щеки изнутри, когда нервничаю.', 'ru', ['Кусаю']);
    expect(ru.keys[0]).toBe('quit-cheek-when');
    expect(ru.keys).not.toContain('quit-triggers');
    // Another habit keeps the trigger list.
    const plain = await firstFive('quit', 'Quit smoking', 'Ten years, a pack a day.');
    expect(plain.keys).toContain('quit-triggers');
  });

  it('keeps a phone that is the baby monitor by the bed — alerts and a rule, never the charger moved out', async () => {
    const en = await tap(
      'quit',
      'Stop checking the baby monitor app all night',
      "She's ten months and sleeps through fine, but I open the camera app thirty times a night. My partner has started hiding my phone.",
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['quit-monitor-alerts', 'quit-monitor-rule', 'quit-monitor-partner']);
    expect(en.keys).not.toContain('quit-phone-bedroom');
    const ru = await tap(
      'quit',
      'Перестать ночью проверять видеоняню',
      'Сыну год, спит нормально, а я открываю камеру по двадцать раз за ночь и не высыпаюсь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-monitor-alerts');
    expect(ru.keys).not.toContain('quit-phone-bedroom');
    // Scrolling in bed, no monitor: the charger still leaves the bedroom.
    const bed = await tap('quit', 'Stop scrolling in bed', 'I scroll my phone in bed until 1am.', 'en', [
      'Phone in bed',
    ]);
    expect(bed.keys).toContain('quit-phone-bedroom');
    expect(bed.keys).not.toContain('quit-monitor-alerts');
  });

  it('plans cigarettes bummed at work around the break — not a night out or drinks', async () => {
    const ru = await tap(
      'quit',
      'Перестать стрелять сигареты у коллег',
      'Официально бросил три месяца назад, пачки не покупаю. Но в курилке у ворот бокса стреляю у ребят по две-три за смену.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-social-break');
    expect(ru.keys).toContain('quit-social-work-tell');
    expect(ru.keys).not.toContain('quit-social-night');
    expect(ru.keys).not.toContain('quit-social-drinks');
    expect(ru.keys).not.toContain('quit-social-after');
    const en = await tap(
      'quit',
      'Stop bumming cigarettes at work',
      "I don't buy cigarettes any more, but I bum two or three off my workmates on my break every shift.",
      'en',
    );
    expect(en.keys[0]).toBe('quit-social-break');
    expect(en.keys).not.toContain('quit-social-drinks');
    // A social smoker on nights out keeps the night-out steps.
    const night = await tap(
      'quit',
      'Stop smoking on nights out',
      'I only smoke when I drink, and I bum cigarettes from friends at parties.',
      'en',
    );
    expect(night.keys).toContain('quit-social-night');
    expect(night.keys).not.toContain('quit-social-break');
  });

  it('plans food picked up on the way home around the family dinner — no packed meal, no dinner to make, no bed', async () => {
    const en = await tap(
      'quit',
      'stop eating in the car on the way home',
      "Meal deal and a share bag of crisps every day, then I'm not hungry when I sit down to dinner with the kids.",
      'en',
      ['Picking up food'],
    );
    expect(en.keys).toContain('quit-way-moment');
    expect(en.keys).toContain('quit-way-bite');
    expect(en.keys).not.toContain('quit-way-bag');
    expect(en.keys).not.toContain('quit-way-home');
    expect(en.keys).not.toContain('quit-way-rest');
    const ru = await tap(
      'quit',
      'Перестать есть в машине по дороге домой',
      'Каждый день беру по дороге домой шаурму, а потом не хочу есть за ужином с детьми.',
      'ru',
      ['Покупаю еду'],
    );
    expect(ru.keys).toContain('quit-way-bite');
    expect(ru.keys).not.toContain('quit-way-bag');
    // A night-shift worker coming home to no meal keeps the packed food and the meal ready at home.
    const shift = await tap(
      'quit',
      'Stop the drive-thru after night shifts',
      'I get a burger at the drive-thru on the way home from every night shift.',
      'en',
      ['Picking up food'],
    );
    expect(shift.keys).toContain('quit-way-bag');
    expect(shift.keys).not.toContain('quit-way-bite');
  });

  it('puts the phone away for the lesson in class — never the charger out of the bedroom', async () => {
    const en = await tap('quit', 'stop watching tiktok in class', '', 'en');
    expect(en.keys).toContain('quit-phone-class');
    expect(en.keys).not.toContain('quit-phone-bedroom');
    expect(en.text).toMatch(/lesson times/);
    const ru = await tap(
      'quit',
      'Перестать сидеть в телефоне на парах',
      'Листаю рилсы всю лекцию, потом ничего не понимаю.',
      'ru',
    );
    expect(ru.keys).toContain('quit-phone-class');
    expect(ru.keys).not.toContain('quit-phone-bedroom');
    expect(ru.text).toMatch(/по расписанию/);
    // Scrolling in bed keeps the charger out of the bedroom, and gets no class steps.
    const bed = await tap('quit', 'Stop scrolling in bed', 'I scroll my phone in bed until 1am.', 'en', [
      'Phone in bed',
    ]);
    expect(bed.keys).toContain('quit-phone-bedroom');
    expect(bed.keys).not.toContain('quit-phone-class');
  });

  it('plans the card night, the group and the money for cards played for money — no screens, consoles or betting apps', async () => {
    const ru = await tap(
      'quit',
      'перестать играть в карты на деньги',
      'каждую пятницу в гаражах до утра, за зиму спустил почти всю премию',
      'ru',
      ['Азартные'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['quit-cards-night', 'quit-cards-tell', 'quit-cards-money']);
    for (const key of ['quit-late-stop', 'quit-late-autoplay', 'quit-late-after', 'quit-gaming', 'quit-gamble-block'])
      expect(ru.keys).not.toContain(key);
    const en = await tap(
      'quit',
      'Stop playing cards for money',
      'Every Friday poker night with the lads, I lost most of my bonus this winter.',
      'en',
      ['Gambling'],
    );
    expect(en.keys[0]).toBe('quit-cards-night');
    // "None of these" for gambling keeps the card-night steps (a stated fact).
    const none = await tap('quit', 'перестать играть в карты на деньги', 'каждую пятницу до утра в гаражах', 'ru');
    expect(none.keys[0]).toBe('quit-cards-night');
    expect(none.keys).not.toContain('quit-late-stop');
    expect(en.keys).not.toContain('quit-venue-nights');
    expect(en.text).not.toMatch(/smoking/);
    // Online betting keeps the app blocks and gets no card-night steps.
    const bets = await tap('quit', 'Stop betting on football', 'I bet on my phone every weekend.', 'en');
    expect(bets.keys).toContain('quit-gamble-block');
    expect(bets.keys.some((key) => key.startsWith('quit-cards-'))).toBe(false);
  });

  it('never makes today day one for a drinker — the first alcohol-free day is planned with the doctor', async () => {
    const ru = await tap(
      'quit',
      'Бросить пить, пока не потеряла работу',
      'Мне 44, работаю бухгалтером. После развода почти каждый вечер бутылка вина, иногда больше. Начальница сказала, что это последнее предупреждение. Вечером одной дома очень тяжело.',
      'ru',
    );
    expect(ru.keys[0]).toMatch(/^quit-alcohol-doctor/);
    expect(ru.keys).toContain('quit-alcohol-start');
    expect(ru.keys).not.toContain('quit-now');
    expect(ru.keys).not.toContain('quit-date');
    expect(ru.text).toContain('вместе с врачом');
    expect(ru.text).not.toContain('Сделай сегодняшний день первым');
    const en = await tap(
      'quit',
      'Stop drinking before I lose my job',
      'Since the divorce it has been a bottle of wine most nights. I was late on Monday and got a final warning.',
      'en',
    );
    expect(en.keys[0]).toMatch(/^quit-alcohol-doctor/);
    expect(en.keys).toContain('quit-alcohol-start');
    expect(en.keys).not.toContain('quit-now');
    expect(en.keys).not.toContain('quit-date');
    expect(en.text).toContain('together with the doctor');
    expect(en.text).not.toMatch(/alcohol-free evenings for this week/);
    // A smoker keeps a quit day of their own.
    const smoke = await tap('quit', 'Quit smoking', 'Ten years of smoking, I want to stop this week.', 'en');
    expect(smoke.keys.some((key) => key === 'quit-now' || key === 'quit-date')).toBe(true);
    expect(smoke.keys).not.toContain('quit-alcohol-start');
  });

  it('starts skipping school from the next school day — no quit date two weeks off', async () => {
    const en = await tap('quit', 'stop skipping school to play pool at the shops', '', 'en', ['Quitting']);
    expect(en.keys.slice(0, 2)).toEqual(['quit-skip-next', 'quit-skip-when']);
    expect(en.keys).toContain('quit-skip-catchup');
    expect(en.keys).not.toContain('quit-date');
    expect(en.keys).not.toContain('quit-now');
    expect(en.texts[0]).toContain('next school day');
    const ru = await tap(
      'quit',
      'Перестать прогуливать пары',
      'Второй курс колледжа, по понедельникам прогуливаю почти всё, сидим с друзьями в торговом центре.',
      'ru',
      ['Бросить'],
    );
    expect(ru.keys[0]).toBe('quit-skip-next');
    expect(ru.keys).not.toContain('quit-date');
    // A walk («прогулка») is no truancy: the phone on walks keeps its own steps.
    const walk = await tap(
      'quit',
      'Перестать сидеть в телефоне на прогулке',
      'Гуляю с сыном в парке и всё время листаю ленту.',
      'ru',
      ['Бросить'],
    );
    expect(walk.keys.some((key) => key.startsWith('quit-skip'))).toBe(false);
  });

  it('gives a phone game no quit date two weeks off — the game goes today', async () => {
    const ru = await tap(
      'quit',
      'перестать играть в телефон на работе',
      'Сижу на ресепшене в бизнес-центре, за смену в три в ряд набегает часов шесть.',
      'ru',
      ['Бросить'],
    );
    expect(ru.keys).toContain('quit-pgame-off');
    expect(ru.keys).not.toContain('quit-date');
    const en = await tap(
      'quit',
      'Stop playing Candy Crush at work',
      'I play it for hours on my shifts at the front desk.',
      'en',
      ['Quitting'],
    );
    expect(en.keys).toContain('quit-pgame-off');
    expect(en.keys).not.toContain('quit-date');
    // Scrolling (no game) keeps its quit date.
    const scroll = await tap(
      'quit',
      'Stop doomscrolling',
      'I already tried app limits once; I want to be off it by next month.',
      'en',
    );
    expect(scroll.keys).toContain('quit-date');
  });

  it('reads a stimulant taken to study as a medicine — the doctor first, never a caffeine taper', async () => {
    const en = await tap(
      'quit',
      "Stop using my brother's Ritalin to get through deadlines",
      'He gives me a few tablets a week and I take them with an energy drink before long shifts at my desk. My chest races at night.',
      'en',
    );
    expect(en.keys[0]).toBe('quit-meds-gp');
    for (const key of [...CAFFEINE, ...QUIT_DATES]) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'quit',
      'Перестать пить модафинил перед сессией',
      'Беру у подруги, пью с кофе, чтобы не спать ночами над конспектами.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-meds-gp');
    for (const key of [...CAFFEINE, ...QUIT_DATES]) expect(ru.keys).not.toContain(key);
    // No medicine named: coffee keeps its step-down.
    const near = await tap('quit', 'Drink less coffee', 'Six cups a day and my hands shake by lunch.', 'en');
    expect(near.keys).toContain('quit-caf-taper');
    expect(near.keys).not.toContain('quit-meds-gp');
    // A medicine to keep taking, in a building kind, is never claimed by the quitting path.
    const keep = await tap('habit', 'Take my sertraline at the same time every day', 'I keep forgetting it.', 'en');
    expect(keep.keys).not.toContain('quit-meds-gp');
  });

  it('reads sedative drops taken each night as a medicine — no day one, no alcohol steps, the bottle kept', async () => {
    const ru = await tap(
      'quit',
      'Отвыкнуть от валокордина перед сном',
      'Мне 71, капаю каждый вечер лет восемь, уже по пятьдесят капель, без него не засыпаю. Сын говорит вылить всё в раковину.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-drops-gp');
    expect(ru.keys).toContain('quit-drops-tell');
    for (const key of [...ALCOHOL, ...QUIT_DATES, 'quit-meds-gp']) expect(ru.keys).not.toContain(key);
    expect(ru.text).toMatch(/флакон пока остаётся/);
    const en = await tap(
      'quit',
      'Come off the Corvalol drops I take to sleep',
      'My grandmother got me on them when I moved here; now I drink thirty drops every night.',
      'en',
    );
    expect(en.keys[0]).toBe('quit-drops-gp');
    for (const key of [...ALCOHOL, ...QUIT_DATES]) expect(en.keys).not.toContain(key);
    // Tablets, not drops: the tablet wording stays.
    const near = await tap('quit', 'Come off the zopiclone', 'Every night for two years.', 'en');
    expect(near.keys[0]).toBe('quit-meds-gp');
    expect(near.keys).not.toContain('quit-drops-gp');
  });

  it('lets "stop completely" win over a cutting-down word read elsewhere — no drinking limit, the safe start', async () => {
    const en = await tap(
      'quit',
      'Give up beer for good',
      "Four or five pints most nights. I don't want to cut back this time, I want to stop completely: not a drop from the first of the month.",
      'en',
      ['Drinking'],
    );
    expect(en.keys).not.toContain('quit-reduce-limit');
    expect(en.keys).not.toContain('quit-reduce-log');
    expect(en.keys).toContain('quit-alcohol-start-full');
    expect(en.keys.indexOf('quit-alcohol-doctor')).toBeLessThan(en.keys.indexOf('quit-alcohol-start-full'));
    const ru = await tap(
      'quit',
      'Бросить пить водку',
      'Пью почти каждый вечер, по выходным больше. Хочу не сократить, а бросить — ни капли.',
      'ru',
      ['Алкоголь'],
    );
    expect(ru.keys).not.toContain('quit-reduce-limit');
    expect(ru.keys).toContain('quit-alcohol-start-full');
    // Cutting down is the goal: the limit stays, and no day one.
    const near = await tap('quit', 'Drink less wine', "I'd like to cut down to weekends only.", 'en', ['Drinking']);
    expect(near.keys).toContain('quit-reduce-limit');
    expect(near.keys).not.toContain('quit-alcohol-start-full');
  });

  it('reads a medicine by what is said about it, whatever its name — the doctor first, never a day one', async () => {
    // A name in no list: "prescribed" and a dose a day say it is a medicine.
    const en = await tap(
      'quit',
      'Get free of Nervexin',
      'A specialist prescribed it for nerve pain after my shingles. I am on 600 mg a day now, double what I started on, and I want to just stop over the long weekend.',
      'en',
    );
    expect(en.keys).toEqual(MEDS);
    for (const key of COLD) expect(en.keys).not.toContain(key);
    // «пью» reads as drinking; «психиатр назначил» and «чем назначено» say a medicine, so no alcohol steps.
    const ru = await tap(
      'quit',
      'Слезть с нейроксана',
      'Психиатр назначил от тревоги два года назад, теперь пью больше, чем назначено. Хочу завязать разом в отпуске.',
      'ru',
    );
    expect(ru.keys).toEqual(MEDS);
    for (const key of COLD) expect(ru.keys).not.toContain(key);
    // No name at all, only tablets.
    const plain = await tap(
      'quit',
      'Перестать пить таблетки на ночь',
      'Пью каждый вечер уже год, без них не сплю.',
      'ru',
    );
    expect(plain.keys[0]).toBe('quit-meds-gp');
    for (const key of COLD) expect(plain.keys).not.toContain(key);
    // The brief's names, each through the same path.
    for (const [title, locale] of [
      ['Stop needing zopiclone every night', 'en'],
      ['Come off tramadol and gabapentin', 'en'],
      ['Stop taking Lyrica', 'en'],
      ['Бросить феназепам', 'ru'],
      ['Слезть с лирики', 'ru'],
    ] as const) {
      const named = await tap('quit', title, '', locale);
      expect(named.keys[0], title).toBe('quit-meds-gp');
      for (const key of COLD) expect(named.keys, title).not.toContain(key);
    }
  });

  it('sends an opioid-like substance taken as a powder or a liquid to a doctor or a drug service, never stop cold', async () => {
    const en = await tap(
      'quit',
      'Kick kratom before the wedding',
      'Started it for shoulder pain when I was laid off. Now it is four big scoops of powder a day and I was going to go cold turkey on Friday.',
      'en',
    );
    expect(en.keys).toEqual(SUBSTANCE);
    for (const key of [...COLD, 'quit-meds-gp']) expect(en.keys).not.toContain(key);
    expect(en.texts[0]).toMatch(/drug service/);
    const ru = await tap(
      'quit',
      'Отказаться от кратома',
      'Завариваю порошок каждый день уже полтора года, сначала от боли в колене, теперь граммов двадцать в день.',
      'ru',
    );
    expect(ru.keys).toEqual(SUBSTANCE);
    for (const key of COLD) expect(ru.keys).not.toContain(key);
    // Put under "Something else", the goal is still claimed by the quitting path.
    const other = await talk2(
      null,
      'Get off kratom',
      'About 25 g a day for a year.',
      'en',
      tapping(['Something else']),
    );
    expect(other.keys[0]).toBe('quit-subst-gp');
    const heroin = await talk2(null, 'Come off heroin', 'Two years, every day.', 'en', tapping(['Something else']));
    expect(heroin.keys[0]).toBe('quit-subst-gp');
  });

  it('keeps a medicine taken to help quit, and a medicine to keep taking, on their own paths', async () => {
    // A cessation medicine is no medicine to come off: the smoker keeps the quit date and the quitline.
    const smoker = await tap(
      'quit',
      'Quit smoking by my birthday',
      'Twenty a day. My GP prescribed Champix and I start the tablets on Monday.',
    );
    expect(smoker.keys.filter((key) => QUIT_DATES.includes(key))).not.toEqual([]);
    expect(smoker.keys).not.toContain('quit-meds-gp');
    const ru = await tap('quit', 'Бросить курить', 'Врач назначил Табекс, курю пачку в день.', 'ru');
    expect(ru.keys.filter((key) => QUIT_DATES.includes(key))).not.toEqual([]);
    expect(ru.keys).not.toContain('quit-meds-gp');
    // Wine named and no medicine: the alcohol path with its doctor first.
    const wine = await tap('quit', 'Stop drinking', 'Most of a bottle of wine every night, I want to stop by spring.');
    expect(wine.keys).toContain('quit-alcohol-doctor-plain');
    expect(wine.keys).not.toContain('quit-meds-gp');
    // Lyric poetry is no medicine: the writing goal keeps its kind.
    const poems = await talk2(null, 'Писать лирику каждый вечер', 'Короткие стихи о городе.', 'ru', tapping([]));
    for (const key of [...MEDS, ...SUBSTANCE]) expect(poems.keys).not.toContain(key);
    // Pills to keep taking, in a building kind, are never claimed.
    const keep = await tap('habit', 'Take my blood pressure tablets every morning', 'I forget them twice a week.');
    expect(keep.keys).not.toContain('quit-meds-gp');
  });

  it('tapers caffeine in any form — strong tea, купчик, чифир, pre-workout, energy drinks by name — never a cold stop', async () => {
    const chifir = await tap(
      'quit',
      'Отвыкнуть от чифира',
      'Пью чифир всю ночь на вахте до утра, без него глаза закрываются.',
      'ru',
    );
    expect(chifir.keys.slice(0, 2)).toEqual(['quit-caf-count', 'quit-caf-taper']);
    for (const key of [...COLD_STOP, ...LATE_SCREENS]) expect(chifir.keys).not.toContain(key);
    const tea = await tap(
      'quit',
      'Меньше пить крепкий чай',
      'Кружек десять чёрного чая за день, к вечеру трясутся руки.',
      'ru',
    );
    expect(tea.keys).toContain('quit-caf-taper');
    for (const key of COLD_STOP) expect(tea.keys).not.toContain(key);
    const en = await tap('quit', 'Stop drinking Adrenaline Rush', 'Three cans a day to get through lectures.', 'en');
    expect(en.keys).toContain('quit-caf-taper');
    for (const key of COLD_STOP) expect(en.keys).not.toContain(key);
    const preworkout = await tap(
      'quit',
      'Get off pre-workout',
      'Two scoops before every session, I feel flat without it.',
      'en',
    );
    expect(preworkout.keys).toContain('quit-caf-taper');
    // A series watched till 3am keeps the late-screen steps.
    const near = await tap('quit', 'Stop watching series until 3am', 'One more episode turns into five.', 'en');
    expect(near.keys[0]).toBe('quit-late-stop');
    expect(near.keys).not.toContain('quit-caf-taper');
  });

  it('sends a racing or pounding heart, chest pain or fainting beside any habit to a doctor first', async () => {
    const ru = await tap(
      'quit',
      'Завязать с купчиком',
      'На смене завариваю купчик кружку за кружкой до самого утра, сердце стучит так, что потом не сплю.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(HEART);
    expect(ru.keys).toContain('quit-caf-taper');
    for (const key of [...COLD_STOP, ...LATE_SCREENS]) expect(ru.keys).not.toContain(key);
    expect(ru.texts[0]).toMatch(/103|112/);
    const en = await tap(
      'quit',
      'Quit pre-workout and strong tea',
      'I take two scoops of pre-workout before the gym and drink strong tea all night at the depot; my heart pounds when I lie down.',
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(HEART);
    expect(en.keys).toContain('quit-caf-taper');
    for (const key of COLD_STOP) expect(en.keys).not.toContain(key);
    // Any habit: a vaper whose heart races.
    const vape = await tap('quit', 'Quit vaping', 'My heart races after a few puffs and I get dizzy.', 'en');
    expect(vape.keys[0]).toBe('quit-heart-doctor');
    const faint = await tap(
      'quit',
      'Бросить энергетики',
      'Пью по три банки, на прошлой неделе упал в обморок на работе.',
      'ru',
    );
    expect(faint.keys[0]).toBe('quit-heart-doctor');
    // The same habit with no such sign keeps its own start.
    const near = await tap('quit', 'Quit vaping', "I vape when I'm bored at my desk.", 'en');
    expect(near.keys[0]).toBe('quit-date');
    for (const key of HEART) expect(near.keys).not.toContain(key);
  });

  it('reads auctions and bidding as impulse buying, and gives a phone-free break no second "replacement"', async () => {
    const en = await tap(
      'quit',
      'Quit buying vintage cameras on eBay',
      'I keep getting outbid and then bidding higher; three cameras arrived this month.',
      'en',
      ['Impulse'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['quit-shop-cards', 'quit-shop-wait']);
    const ru = await tap(
      'quit',
      'Перестать скупать всё подряд на Авито',
      'Каждый вечер листаю объявления и покупаю ненужное.',
      'ru',
      ['Импульсивные'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['quit-shop-cards', 'quit-shop-wait']);
    const lunch = await tap(
      'quit',
      'Stop scrolling Instagram on my lunch break',
      'Forty minutes gone every day.',
      'en',
      ['Phone at lunch'],
    );
    expect(lunch.keys).toContain('quit-phone-day');
    expect(lunch.keys).not.toContain('quit-replacement');
    const obed = await tap('quit', 'Не сидеть в телефоне в обеденный перерыв', 'Весь обед листаю ленту.', 'ru', [
      'Телефон в обед',
    ]);
    expect(obed.keys).toContain('quit-phone-day');
    expect(obed.keys).not.toContain('quit-replacement');
    // The phone in bed keeps its replacement.
    const near = await tap('quit', 'Stop checking my phone in bed', 'I scroll for an hour before sleep.', 'en', [
      'Phone in bed',
    ]);
    expect(near.keys).toContain('quit-phone-bedroom');
    expect(near.keys).toContain('quit-replacement');
  });

  it("gives checking a partner's phone the moment, the worry and a talk — no screen-time limits of one's own", async () => {
    const en = await tap(
      'quit',
      "Stop going through my boyfriend's phone",
      'He leaves it on the sofa when he cooks and I read his messages.',
      'en',
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'quit-pphone-moment',
      'quit-pphone-fear',
      'quit-pphone-talk',
      'quit-pphone-help',
    ]);
    for (const key of [...PHONE_OWN, 'quit-date']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'quit',
      'Перестать лазить в телефон жены',
      'Когда она засыпает, беру её телефон и читаю переписку.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-pphone-moment');
    for (const key of PHONE_OWN) expect(ru.keys).not.toContain(key);
    // One's own phone keeps the phone steps.
    const near = await tap('quit', 'Перестать залипать в телефоне', 'Листаю ленту по три часа в день.', 'ru');
    expect(near.keys).toContain('quit-phone-limits');
    expect(near.keys.filter((key) => key.startsWith('quit-pphone'))).toEqual([]);
  });

  it('gives overeating at feasts and celebrations the table itself — never late screens or the kitchen at home', async () => {
    const en = await tap(
      'quit',
      'Stop stuffing myself at weddings',
      'Every summer there are three or four weddings and I eat until I feel sick.',
      'en',
    );
    expect(en.keys).toEqual(FEAST);
    const ru = await tap(
      'quit',
      'Не обжираться на праздниках',
      'На Новый год и дни рождения у родни ем, пока не станет плохо, полночи потом не сплю.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(FEAST.slice(0, 3));
    for (const key of [...LATE_SCREENS, 'quit-food-home', 'quit-eating-close']) expect(ru.keys).not.toContain(key);
    // Eating late at home keeps the kitchen steps.
    const near = await tap('quit', 'Stop eating late at night', 'I raid the fridge after 11pm most days.', 'en', [
      'Overeating',
    ]);
    expect(near.keys).toContain('quit-eating-close');
    expect(near.keys.filter((key) => key.startsWith('quit-feast'))).toEqual([]);
  });

  it('sends a pounding heart to the doctor, but not being shaken up after an argument', async () => {
    const heart = await tap(
      'quit',
      'Бросить пить кофе литрами',
      'Пью по шесть чашек за смену, и сердце по вечерам часто колотится.',
      'ru',
    );
    expect(heart.keys[0]).toBe('quit-heart-doctor');
    const shaken = await tap(
      'quit',
      'Перестать ругаться в чатах',
      'После каждой перепалки меня весь вечер колотит от злости.',
      'ru',
    );
    expect(shaken.keys).not.toContain('quit-heart-doctor');
  });

  it('sends tingling or numbness beside nitrous to a GP first, with the drug steps and no quit date to wait for', async () => {
    const en = await tap(
      'quit',
      'Give up the laughing gas',
      'We empty a tank of it in the park every Friday, and my feet have had pins and needles for a month.',
      'en',
    );
    expect(en.keys[0]).toBe('quit-nerve-doctor');
    expect(en.texts[0]).toMatch(/same day/);
    expect(en.keys).toContain('quit-drugs-night');
    for (const key of [...COLD_STOP2, 'quit-venue-nights']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'quit',
      'Завязать с закисью азота',
      'По субботам с друзьями дуем шарики в машине, уже пару недель немеют кончики пальцев.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('quit-nerve-doctor');
    expect(ru.texts[0]).toMatch(/103|112/);
    for (const key of COLD_STOP2) expect(ru.keys).not.toContain(key);
    // No sign in the nerves yet: a GP check all the same, then the drug steps.
    const plain = await tap('quit', 'Stop doing nangs', 'My housemates and I get through a box most weekends.', 'en', [
      'None',
    ]);
    expect(plain.keys[0]).toBe('quit-nos-gp');
    expect(plain.keys.slice(1)).toEqual(DRUGS.slice(0, 4));
    // Balloons in a craft stay a craft, and "numb" as a feeling is no sign in the nerves.
    const party = await tap('creative', 'Twist balloon animals for a birthday', 'A dog and a flower to start.', 'en', [
      'None',
    ]);
    expect(party.keys.filter((key) => key.startsWith('quit-'))).toEqual([]);
    const feeling = await tap('quit', 'Stop drinking to go numb', 'Three ciders every night to stop thinking.', 'en', [
      'Drinking',
    ]);
    expect(feeling.keys).not.toContain('quit-nerve-doctor');
    expect(feeling.keys.some((key) => key.startsWith('quit-alcohol-doctor'))).toBe(true);
  });

  it('takes a skin cream the skin flares without to a doctor with the jar — never a quit date or a replacement', async () => {
    const en = await tap(
      'quit',
      'Come off my bleaching cream',
      'Five years of a whitening cream from a beauty stall; whenever I stop, dark blotches come up on my cheeks.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 4)).toEqual(CREAM);
    for (const key of [...COLD_STOP2, 'quit-now', 'quit-replacement', 'quit-tell', 'quit-clear'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'quit',
      'Отказаться от гормональной мази',
      'Третий год мажу руки гормональной мазью от экземы, без неё кожа сразу краснеет и трескается.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('quit-cream-doctor');
    expect(ru.texts[0]).toMatch(/дерматолог/);
    for (const key of [...COLD_STOP2, 'quit-replacement']) expect(ru.keys).not.toContain(key);
    // Put under "Something else", a lightening cream still gets the doctor's plan.
    const other = await talkWith(coach)(
      null,
      'Quit skin whitening cream',
      'Blotches whenever I try.',
      'en',
      tapping(['Something else']),
    );
    expect(other.keys[0]).toBe('quit-cream-doctor');
    // Buying skincare is impulse shopping, no cream to come off.
    const near = await tap('quit', 'Stop splurging on skincare', 'New serums every payday, most half used.', 'en', [
      'Impulse',
    ]);
    expect(near.keys.filter((key) => key.startsWith('quit-cream'))).toEqual([]);
  });

  it('puts a medicine or daily drinking into the heart appointment — no second booking with the same doctor', async () => {
    const ru = await tap(
      'quit',
      'Перестать пить таблетки от аппетита',
      'Третий месяц принимаю капсулы для похудения с маркетплейса, по ночам сердце колотится.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['quit-heart-doctor', 'quit-heart-notes', 'quit-heart-meds']);
    for (const key of SECOND_BOOKING) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'quit',
      'Stop drinking every night',
      'A bottle of wine most evenings, and lately my heart pounds in bed.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['quit-heart-doctor', 'quit-heart-notes', 'quit-heart-alcohol']);
    for (const key of SECOND_BOOKING) expect(en.keys).not.toContain(key);
    // With no heart sign the medicine keeps its own GP booking.
    const near = await tap('quit', 'Get off the sleeping tablets', 'Zopiclone every night for two years.', 'en');
    expect(near.keys[0]).toBe('quit-meds-gp');
    expect(near.keys).not.toContain('quit-heart-meds');
  });

  it('sends no one who googles symptoms to a doctor about the tingling they fear', async () => {
    const en = await tap(
      'quit',
      'Stop googling symptoms at night',
      "Any tingling in my hands and I'm on forums till 2am. My GP ran bloods, all fine, and said it's health anxiety.",
      'en',
    );
    expect(en.keys).not.toContain('quit-nerve-doctor');
    const ru = await tap(
      'quit',
      'Перестать искать болезни в интернете',
      'Чуть где покалывание — и я до ночи гуглю симптомы. Терапевт сказал, что это тревога.',
      'ru',
    );
    expect(ru.keys).not.toContain('quit-nerve-doctor');
  });

  it('stops apologising for everything from today — no quit date, cues cleared or craving card', async () => {
    const en = await tap(
      'quit',
      'Stop apologising for everything',
      'I say sorry when someone else bumps into me.',
      'en',
    );
    expect(en.keys).toEqual([
      'quit-sorry-notice',
      'quit-sorry-swap',
      'quit-sorry-pause',
      'quit-sorry-write',
      'quit-sorry-signal',
    ]);
    const ru = await tap(
      'quit',
      'Перестать всё время извиняться',
      'Извиняюсь даже перед кассиршей, когда она ошиблась.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-sorry-notice');
    for (const key of ['quit-date', 'quit-cue', 'quit-craving-card', 'quit-kit']) expect(ru.keys).not.toContain(key);
    // Complaining keeps its own steps.
    const near = await tap(
      'quit',
      'Stop complaining all the time',
      'My friends have started teasing me about it.',
      'en',
    );
    expect(near.keys[0]).toBe('quit-complain-notice');
    expect(withPrefix(near.keys, 'quit-sorry')).toEqual([]);
  });

  it('reads TV "from morning till night" as all day: a cut-down, the set off, the room left — no bedtime switch-off', async () => {
    const ru = await tap(
      'quit',
      'Меньше смотреть телевизор',
      'Ток-шоу идут у меня с утра до ночи, потом срываюсь на жену. Совсем бросить не смогу.',
      'ru',
    );
    for (const key of LATE) expect(ru.keys).not.toContain(key);
    expect(ru.keys).toContain('quit-tv-remote');
    expect(ru.keys).toContain('quit-tv-heat');
    const en = await tap(
      'quit',
      'Watch less cable news',
      'The news channels are on from morning till night and I end up shouting at the TV.',
      'en',
    );
    for (const key of LATE) expect(en.keys).not.toContain(key);
    expect(en.keys).toContain('quit-tv-heat');
    // Late nights keep the switch-off; a TV in the background of a snack habit gets no anger step.
    const late = await tap(
      'quit',
      'Stop watching series till 2am',
      'One more episode, then another, and I am wrecked at work.',
      'en',
    );
    expect(late.keys[0]).toBe('quit-late-stop');
    const seeds = await tap('quit', 'Перестать грызть семечки', 'Каждый вечер перед телевизором уходит пакет.', 'ru');
    expect(seeds.keys).not.toContain('quit-tv-heat');
  });

  it('gives a phone habit no "throw the supplies away", and never reads reaching for the phone as procrastination', async () => {
    const en = await tap('quit', 'Stop scrolling Instagram on my lunch break', 'Every day, the whole hour.', 'en', [
      'Phone at lunch',
    ]);
    expect(en.keys).toContain('quit-phone-limits');
    expect(en.keys).not.toContain('quit-clear');
    const ru = await tap(
      'quit',
      'Перестать сидеть в Одноклассниках',
      'Весь день тянусь посмотреть, кто что написал в группах.',
      'ru',
    );
    expect(ru.keys).toContain('quit-phone-limits');
    expect(withPrefix(ru.keys, 'quit-procr')).toEqual([]);
    // Cigarettes still get cleared out of the house, and putting things off is still procrastination.
    const smoke = await tap('quit', 'Quit smoking', 'Twenty a day for ten years.', 'en');
    expect(smoke.keys).toContain('quit-clear');
    const procr = await tap('quit', 'Перестать тянуть с делами', 'Тяну до последнего с отчётами.', 'ru');
    expect(procr.keys[0]).toMatch(/^quit-procr/);
  });

  it('mutes the group chats someone has to stay in and sets times to read them, instead of a quit date', async () => {
    const en = await steps(
      'quit',
      'Stop checking the school group chats all day',
      "Two kids, two class WhatsApp groups and the football team chat. I can't leave them but I'm picking up my phone every few minutes at work.",
      'en',
    );
    expect(en.slice(0, 4)).toEqual(['quit-chat-mute', 'quit-chat-times', 'quit-chat-urgent', 'quit-chat-notes']);
    for (const key of ['quit-date', 'quit-tell', 'quit-pick-cover']) expect(en).not.toContain(key);
    const ru = await steps(
      'quit',
      'Перестать сидеть в родительских чатах весь день',
      'Выйти из чата класса не могу, но телефон дёргаю постоянно, даже на совещаниях.',
      'ru',
    );
    expect(ru[0]).toBe('quit-chat-mute');
    expect(ru).not.toContain('quit-date');
    // Quitting an app for good keeps its date.
    const app = await steps(
      'quit',
      'Quit Instagram',
      "I'm on it for three hours a day and want to stop for good.",
      'en',
    );
    expect(app[0]).toBe('quit-date');
    expect(withPrefix(app, 'quit-chat-')).toEqual([]);
    // Picking at the skin keeps its own steps.
    const pick = await steps('quit', 'Stop picking at my cuticles', "I do it when I'm stressed at my desk.", 'en', [
      'Picking',
    ]);
    expect(pick[0]).toBe('quit-pick-cover');
  });

  it('counts what readings cost and decides without them, instead of the phone out of the bedroom', async () => {
    const en = await steps(
      'quit',
      'Stop paying psychics for readings',
      "Since my divorce I've been calling a phone psychic twice a week and following tarot accounts on Instagram. I can't make a decision without asking first.",
      'en',
    );
    expect(en.slice(0, 4)).toEqual([
      'quit-fortune-sum',
      'quit-fortune-decide',
      'quit-fortune-unfollow',
      'quit-fortune-talk',
    ]);
    expect(en).not.toContain('quit-phone-bedroom');
    const ru = await steps(
      'quit',
      'Бросить ходить к гадалкам',
      'После смерти мамы хожу к гадалке и заказываю расклады таро в телеграме, каждый месяц уходит тысяч десять.',
      'ru',
    );
    expect(ru[0]).toBe('quit-fortune-sum');
    expect(ru).not.toContain('quit-phone-bedroom');
    // Scrolling at night keeps the charger out of the bedroom.
    const scroll = await steps('quit', 'Stop scrolling TikTok at night', 'I lie in bed on my phone until 2am.', 'en');
    expect(scroll).toContain('quit-phone-bedroom');
    expect(withPrefix(scroll, 'quit-fortune-')).toEqual([]);
  });

  it('starts on contact lenses slept in tonight, with no quit date two weeks off', async () => {
    const en = await steps(
      'quit',
      'Quit falling asleep with my contacts in',
      'I do 12-hour shifts at a call centre and crash on the sofa with my lenses in. My eye doctor already told me off.',
      'en',
    );
    expect(ownSteps(en)[0]).toBe('quit-lens-tonight');
    expect(en).toContain('quit-lens-signs');
    expect(en).not.toContain('quit-date');
    const ru = await steps(
      'quit',
      'Перестать спать в линзах',
      'Работаю сутками в охране, после смены засыпаю прямо в линзах, окулист уже ругалась.',
      'ru',
    );
    expect(ownSteps(ru)[0]).toBe('quit-lens-tonight');
    expect(ru).not.toContain('quit-date');
    // A smoker on night shifts keeps the quit date and gets no lens steps.
    const smoke = await steps('quit', 'Quit smoking', 'I work night shifts and smoke a pack on every shift.', 'en');
    expect(smoke).toContain('quit-date');
    expect(withPrefix(smoke, 'quit-lens-')).toEqual([]);
  });

  it('works on anger at the wheel from the next drive, not from a quit date', async () => {
    const en = await steps(
      'quit',
      'Stop losing my temper in traffic',
      'I drive a van for deliveries all day, I shout at other drivers and tailgate anyone who cuts me up. My kids have started copying me.',
      'en',
    );
    expect(ownSteps(en)[0]).toBe('quit-road-rule');
    expect(en).toContain('quit-road-moment');
    expect(en).not.toContain('quit-date');
    const ru = await steps(
      'quit',
      'Перестать беситься за рулём',
      'Таксую в Казани, ору на водителей в окно, пару раз подрезал в ответ, жена со мной больше не ездит.',
      'ru',
    );
    expect(ownSteps(ru)[0]).toBe('quit-road-rule');
    expect(ru).not.toContain('quit-date');
    // The phone at the wheel keeps its own net, with no anger steps.
    const phone = await steps('quit', 'Stop texting while driving', 'I check my messages at every red light.', 'en');
    expect(withPrefix(phone, 'quit-road-')).toEqual([]);
  });

  it('gives filler words a count and a pause from today — no quit date, no cue to hide', async () => {
    const en = await steps(
      'quit',
      'Stop saying um and you know',
      "I present to clients every week and my manager counted the ums and ahs in my last pitch. It's worse when I'm nervous.",
      'en',
    );
    expect(ownSteps(en).slice(0, 2)).toEqual(['quit-filler-count', 'quit-filler-pause']);
    for (const key of ['quit-date', 'quit-cue', 'quit-tell']) expect(en).not.toContain(key);
    const ru = await steps(
      'quit',
      'Избавиться от слов-паразитов',
      'Учусь на юриста, на семинарах через слово говорю «типа» и «короче», преподаватель делает замечания.',
      'ru',
    );
    expect(ownSteps(ru)[0]).toBe('quit-filler-count');
    expect(ru).not.toContain('quit-date');
    // Swearing keeps its own path.
    const swear = await steps('quit', 'Stop swearing so much', 'I swear in every sentence at work and at home.', 'en');
    expect(withPrefix(swear, 'quit-filler-')).toEqual([]);
  });

  it('reads messages to an ex as the habit, not as a late night of screens', async () => {
    const en = await steps(
      'quit',
      'Stop messaging my ex',
      'We split up in March. Most evenings I end up texting my ex, then lie awake half the night regretting it.',
      'en',
    );
    expect(ownSteps(en)[0]).toBe('quit-ex-draft');
    expect(withPrefix(en, 'quit-late-')).toEqual([]);
    expect(en).not.toContain('quit-date');
    const ru = await steps(
      'quit',
      'Перестать писать бывшему',
      'Расстались полгода назад, а я по вечерам всё равно ему пишу, потом полночи не сплю.',
      'ru',
    );
    expect(ownSteps(ru).slice(0, 2)).toEqual(['quit-ex-draft', 'quit-ex-reach']);
    expect(withPrefix(ru, 'quit-late-')).toEqual([]);
    // Series until 2 am keep the switch-off time.
    const late = await steps('quit', 'Stop binge-watching', 'One more episode and it is 2am again.', 'en');
    expect(late[0]).toBe('quit-late-stop');
  });

  it('plans a driver’s caffeine taper around days off and a stop for drowsiness, not a cut-off mid-shift', async () => {
    const en = await steps(
      'quit',
      'Cut back on energy drinks',
      'I drive a taxi on night shifts and get through five Red Bulls a night to stay awake at the wheel.',
      'en',
      ['Caffeine'],
    );
    expect(en).toContain('quit-caf-wheel');
    expect(en).not.toContain('quit-caf-cutoff');
    expect(en.indexOf('quit-caf-wheel')).toBe(en.indexOf('quit-caf-taper') + 1);
    const ru = await steps(
      'quit',
      'Бросить энергетики',
      'Я дальнобойщик, в ночных рейсах пью по три банки, чтобы не уснуть за рулём.',
      'ru',
      ['Кофеин'],
    );
    expect(ru).toContain('quit-caf-wheel');
    expect(ru).not.toContain('quit-caf-cutoff');
    // An office worker keeps the cut-off; a trucker who smokes gets no caffeine steps.
    const office = await steps('quit', 'Drink less coffee', 'I work in an office and have six coffees a day.', 'en', [
      'Caffeine',
    ]);
    expect(office).toContain('quit-caf-cutoff');
    expect(office).not.toContain('quit-caf-wheel');
    const smoker = await steps('quit', 'Quit smoking', "I'm a long-haul trucker and smoke on every run.", 'en');
    expect(withPrefix(smoker, 'quit-caf-')).toEqual([]);
  });

  it('mutes the feeds someone compares themselves against — no quit date for a comparison', async () => {
    const en = await tap(
      'quit',
      'Stop comparing myself to influencers on TikTok',
      "I'm 22 and feel ugly after every scroll.",
    );
    expect(en.keys[0]).toBe('quit-cmp-mute');
    expect(en.keys).not.toContain('quit-date');
    const ru = await tap(
      'quit',
      'Перестать сравнивать свою жизнь с чужими в соцсетях',
      'После ленты кажется, что у всех всё лучше.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-cmp-mute');
    const near = await tap('quit', 'Quit smoking', 'Twenty a day for ten years.');
    expect(withPrefix(near.keys, 'quit-cmp-')).toEqual([]);
  });

  it('quits buying packs in a game with the card and the moment of buying, not the phone by the bed', async () => {
    const en = await tap(
      'quit',
      'Quit buying packs in EA FC',
      'Last month it came to £340 and I had to borrow off my sister for my phone bill. I want a full season without buying a single pack.',
    );
    expect(en.keys[0]).toBe('quit-spend-card');
    expect(en.keys).not.toContain('quit-phone-bedroom');
    const ru = await tap(
      'quit',
      'Перестать покупать паки в FC Mobile',
      'За месяц ушло восемь тысяч, телефон не выпускаю из рук.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-spend-card');
    expect(ru.keys).not.toContain('quit-phone-bedroom');
    // Scrolling in bed keeps the charger out of the bedroom.
    const near = await tap('quit', 'Stop scrolling my phone in bed', 'I lie there on TikTok until one every night.');
    expect(near.keys).toContain('quit-phone-bedroom');
  });

  it('stops gossiping at work without a phone-free break: «на работе» names the place, not the phone', async () => {
    const ru = await tap(
      'quit',
      'Перестать сплетничать на работе',
      'Работаю в регистратуре, нас пятеро в одном кабинете, и всё общение — кто с кем, кто сколько получает. Я втягиваюсь, а потом стыдно.',
      'ru',
    );
    expect(ru.keys).not.toContain('quit-phone-day');
    const en = await tap(
      'quit',
      'Stop gossiping at work',
      'Everyone in our office talks about whoever is off sick, and I join in at lunch.',
      'en',
      ['Phone at lunch'],
    );
    expect(en.keys).not.toContain('quit-phone-day');
    // The phone at lunch keeps the phone-free break.
    const near = await tap(
      'quit',
      'Stop scrolling on my phone at lunch',
      'I spend my whole lunch break on Instagram.',
      'en',
      ['Phone at lunch'],
    );
    expect(near.keys).toContain('quit-phone-day');
  });

  it('quits a phone game played late with a last-match time, not TV autoplay', async () => {
    const ru = await tap('quit', 'бросить mobile legends', 'сижу до 3 ночи а в мае огэ', 'ru');
    expect(ru.keys).toContain('quit-late-match');
    expect(ru.keys).not.toContain('quit-late-autoplay');
    const en = await tap('quit', 'Quit Brawl Stars', "I'm up playing it until 3am and then can't get up for school.");
    expect(en.keys).toContain('quit-late-match');
    expect(en.keys).not.toContain('quit-late-autoplay');
    // Series watched late keep the autoplay step.
    const near = await tap(
      'quit',
      'Stop binge-watching until 2am',
      'One more episode always turns into four on the sofa.',
    );
    expect(near.keys).toContain('quit-late-autoplay');
    expect(near.keys).not.toContain('quit-late-match');
  });

  it('keeps a smoker whose doctor offered quit pills on the smoker’s path, not coming off pills', async () => {
    const ru = await tap(
      'quit',
      'Бросить курить',
      'Мне 38, Караганда, работаю электриком. Курю с армии, пачка в день. Пробовал пластыри, продержался неделю. Врач предлагал таблетки, но что-то боюсь. Дочке 10, стыдно.',
      'ru',
    );
    expect(withPrefix(ru.keys, 'quit-meds')).toEqual([]);
    const en = await tap(
      'quit',
      'Quit smoking for good',
      "I'm 45, twenty a day since school. My GP offered me tablets but I'm nervous about side effects.",
      'en',
    );
    expect(withPrefix(en.keys, 'quit-meds')).toEqual([]);
    // Someone hooked on pills keeps the doctor's plan for coming off them.
    const near = await tap(
      'quit',
      'Get off the sleeping pills',
      "I've taken zopiclone every night for three years and can't sleep without the tablets.",
      'en',
    );
    expect(near.keys).toContain('quit-meds-gp');
  });

  it('reads online slots as gambling: blocks and self-exclusion, never a quit date or a daily allowance on the apps', async () => {
    const en = await tap(
      'quit',
      'Quit the slots apps for good',
      'I play slots on my phone in bed and chase losses; I keep deleting the app and downloading it again.',
    );
    expect(en.keys[0]).toBe('quit-gamble-block');
    expect(en.keys).not.toContain('quit-date');
    expect(en.keys).not.toContain('quit-phone-limits');
    const ru = await tap(
      'quit',
      'Завязать со слотами',
      'Каждую ночь кручу слоты в телефоне, проиграл уже двести тысяч.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-gamble-block');
    expect(ru.keys).not.toContain('quit-date');
    // A phone game with no money named stays a screen habit.
    const near = await tap('quit', 'Stop playing Candy Crush at night', 'I play on my phone in bed until 1am.');
    expect(near.keys.filter((key) => key.startsWith('quit-gamble'))).toEqual([]);
  });

  it('moves each day’s cash out of reach when the money comes in by the day, not bills on a payday', async () => {
    const en = await tap(
      'quit',
      'Stop betting my earnings away',
      "I drive a taxi and I'm paid every day. I bet on football on my phone and most evenings it's gone.",
    );
    expect(en.keys).toContain('quit-gamble-daycash');
    expect(en.keys).not.toContain('quit-gamble-money');
    const ru = await tap(
      'quit',
      'Бросить ставки',
      'Таксую, выручка каждый день, и половину ставлю в букмекерском приложении.',
      'ru',
    );
    expect(ru.keys).toContain('quit-gamble-daycash');
    expect(ru.keys).not.toContain('quit-gamble-money');
    // A monthly salary keeps the payday step.
    const near = await tap(
      'quit',
      'Stop sports betting',
      'I bet on my phone every weekend and lose most of my monthly salary.',
    );
    expect(near.keys).toContain('quit-gamble-money');
    expect(near.keys).not.toContain('quit-gamble-daycash');
  });

  it('changes the moment at the counter for scratch cards bought in a shop — no betting apps to delete', async () => {
    const en = await tap(
      'quit',
      'Stop wasting money on scratch cards',
      'I pick up a few every time I buy my paper at the newsagent, maybe £15 a week.',
    );
    expect(en.keys[0]).toBe('quit-gamble-counter');
    expect(en.keys).not.toContain('quit-gamble-block');
    // Scratch cards in an app keep the blocks.
    const near = await tap('quit', 'Stop buying scratch cards', 'I buy them in the lottery app every night.');
    expect(near.keys).toContain('quit-gamble-block');
    expect(near.keys).not.toContain('quit-gamble-counter');
  });

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

  it('gives a cola or coffee habit tried before no smoking or alcohol services', async () => {
    const en = await tap(
      'quit',
      'stop drinking so much Pepsi',
      "I drink about six cans of Pepsi a day. I've tried to stop before and slipped after ten days, when the headaches started.",
      'en',
      ["I've tried to stop before"],
    );
    expect(en.keys).toContain('quit-again-review');
    expect(en.keys).not.toContain('quit-again-method');
    expect(en.texts.join(' ')).not.toMatch(/stop-smoking|alcohol service/i);
    const ru = await tap(
      'quit',
      'бросить пить колу',
      'Пью по два литра колы в день. Пробовал бросить сразу, через неделю сорвался.',
      'ru',
      ['Уже пробовал'],
    );
    expect(ru.keys).toContain('quit-again-review');
    expect(ru.keys).not.toContain('quit-again-method');
    // Alcohol tried before: the services stay.
    const near = await tap(
      'quit',
      'stop drinking beer',
      'I drink five beers every night. I tried to stop in January and slipped after two weeks.',
      'en',
      ["I've tried to stop before"],
    );
    expect(near.keys).toContain('quit-again-method');
  });

  it('clears a vaper’s supplies without a pasted line for phone habits', async () => {
    const en = await tap(
      'quit',
      'stop buying disposable vapes',
      "I'm 22 and get through four disposables a week. It's costing me a fortune and I want the money for a holiday.",
      'en',
      ['Quitting'],
    );
    expect(en.texts.join(' ')).not.toMatch(/phone habit|home screen/i);
    const ru = await tap('quit', 'бросить вейп', 'Парю одноразки, уходит куча денег.', 'ru');
    expect(ru.texts.join(' ')).not.toMatch(/привычка живёт в телефоне|главного экрана/i);
  });

  it('gives a pregnant smoker no quit date weeks away, whatever she taps; a smoker with no pregnancy keeps it', async () => {
    const ru = await tap(
      'quit',
      'бросить сигареты ради малыша',
      'Мне 27, я беременна, девятая неделя. Курю с института, сейчас штук семь в день, врач сказала бросать немедленно.',
      'ru',
      ['Бросить до рождения'],
    );
    expect(ru.keys).toContain('quit-baby-now');
    expect(ru.keys).not.toContain('quit-date');
    expect(ru.keys).not.toContain('quit-date-full');
    const relapse = await tap(
      'quit',
      'бросить курить',
      'Я беременна, срок восемь недель, курю десять в день, пробовала бросить и сорвалась.',
      'ru',
      ['Уже пробовал'],
    );
    expect(relapse.keys).toContain('quit-baby-now');
    const en = await tap(
      'quit',
      'stop vaping for good',
      "I'm 11 weeks pregnant and I still vape most of the day; my midwife told me to stop straight away.",
      'en',
      ['None'],
    );
    expect(en.keys).toContain('quit-baby-now');
    expect(en.keys).not.toContain('quit-date');
    const near = await tap('quit', 'бросить курить', 'Курю десять лет, пачка в день, хочу бросить до весны.', 'ru', []);
    expect(near.keys).toContain('quit-date');
    expect(near.keys).not.toContain('quit-baby-now');
  });
});
