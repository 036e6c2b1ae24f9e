import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { pack, coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

/** How many of the given step keys are reflection steps. */
const reflections = (kind: string, keys: (string | null)[]) => {
  const steps = pack.types.find((type) => type.id === kind)!.steps;
  return keys.filter((key) => steps.find((step) => step.key === key)?.reflect).length;
};

describe('situations inside a kind (issue 16, helper a)', () => {
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

  it('habit: a walk after a heart attack follows the doctor, finds company and handles ice, with no examples from other habits', async () => {
    const walk = await firstFive(
      'habit',
      'Гулять каждый день',
      'Мне 62, после инфаркта кардиолог велел больше ходить. Одной скучно, а зимой ещё и скользко, боюсь упасть.',
      'ru',
    );
    expect(walk.keys.slice(0, 4)).toEqual(['hab-medical', 'hab-company', 'hab-walk-grip', 'hab-walk-indoor']);
    expect(walk.keys).not.toContain('hab-05');
    expect(walk.text).not.toMatch(/коврик|дневник|бутылка воды|даже если время не то/i);

    const meditate = await firstFive('habit', 'Meditate every day', 'I have never meditated before.');
    expect(meditate.keys).toEqual(expect.arrayContaining(['hab-med-setup', 'hab-med-first']));
    expect(meditate.text).not.toMatch(/journal|water bottle|the mat/i);

    const morning = await firstFive(
      'habit',
      'Завести утренний ритуал',
      'Хочу 20 минут утром на себя: вода, растяжка, план дня. Сейчас встаю впритык и сразу бегу.',
      'ru',
    );
    expect(morning.keys.slice(0, 4)).toEqual([
      'hab-morning-list',
      'hab-morning-alarm',
      'hab-morning-evening',
      'hab-morning-first',
    ]);
  });

  it('sleep: a night owl moving to 5:30 shifts gradually with morning light, and minutes match the action', async () => {
    const owl = await firstFive(
      'sleep',
      'Get used to waking up at 5:30',
      "New job starts on 3 March with a long commute. I'm a night owl and normally get up around 9.",
    );
    expect(owl.keys.slice(0, 2)).toEqual(['sleep-shift', 'sleep-wake-light']);
    expect(owl.text).toMatch(/15–20 minutes earlier/);
    // The bedtime routine step only writes the routine: ten minutes, not "do a 30-minute routine" in 15.
    const routine = pack.types.find((type) => type.id === 'sleep')!.steps.find((step) => step.key === 'sleep-routine')!;
    expect(routine.minutes).toBe(10);
    expect(routine.text.en).not.toMatch(/do it tonight/);

    const bed = await firstFive(
      'sleep',
      'Be asleep by 11:30 on work nights',
      "I work 9 to 6 and I'm usually on my phone until 1am, then wake up at 7 exhausted.",
    );
    expect(bed.keys).toEqual(expect.arrayContaining(['sleep-wake', 'sleep-bed-shift', 'sleep-screens']));
    expect(bed.keys).not.toContain('sleep-shift');

    const insomnia = await firstFive('sleep', 'insomnia, lying awake for hours', '');
    expect(insomnia.keys).toEqual(expect.arrayContaining(['sleep-diary', 'sleep-awake-plan']));
    const nights = await firstFive('sleep', 'Sleep better on night shifts', "I'm a nurse on 12-hour nights.");
    expect(nights.keys.slice(0, 2)).toEqual(['sleep-shiftwork-plan', 'sleep-shiftwork-home']);
    expect(nights.keys).not.toContain('sleep-light');
  });

  it('family: a couple arguing about money at home get money steps, not "call your husband"; in-laws are never named as the mother', async () => {
    const money = await firstFive(
      'family',
      'Перестать ругаться с мужем из-за денег',
      'Он считает, что я трачу лишнее, я — что он жадничает. Любая крупная покупка заканчивается скандалом.',
      'ru',
    );
    expect(money.keys).toEqual(expect.arrayContaining(['fam-money-talk', 'fam-money-rule']));
    expect(money.keys).not.toContain('fam-01');
    expect(money.text).not.toMatch(/позвони или напиши/);
    expect(reflections('family', money.keys)).toBeLessThanOrEqual(1);

    const inlaw = await firstFive('family', 'get along with my mother-in-law', '');
    expect(inlaw.keys.every((key) => key!.startsWith('fam-inlaw'))).toBe(true);
    expect(inlaw.text).not.toMatch(/your mother/);

    const brother = await firstFive(
      'family',
      'Reconnect with my brother',
      "We fell out over Dad's will and haven't spoken in two years.",
    );
    expect(brother.keys.slice(0, 2)).toEqual(['fam-estr-message', 'fam-estr-wait']);
    expect(brother.keys).not.toContain('fam-01');
  });

  it('finance: saving, a deposit, an emergency fund and a debt each read naturally, with no pasted "save or repay"', async () => {
    const deposit = await firstFive('finance', 'Накопить 1,2 млн на первый взнос', '', 'ru');
    expect(deposit.keys).toEqual(expect.arrayContaining(['fin-deposit-size', 'fin-13']));
    expect(deposit.text).not.toMatch(/накопить или погасить/);
    expect(deposit.text).toMatch(/сколько откладывать с каждой/);

    const fund = await firstFive(
      'finance',
      'Build a three-month emergency fund',
      'I take home 2,800 a month and have 400 saved.',
    );
    expect(fund.keys).toContain('fin-emergency-size');
    expect(fund.text).not.toMatch(/save or repay/);

    const card = await firstFive(
      'finance',
      'Clear £6,800 of credit card debt',
      "It's split over two cards at around 24% APR. I can put about £350 a month towards it.",
    );
    expect(card.keys.slice(0, 3)).toEqual(['fin-18', 'fin-debt-plan', 'fin-debt-auto']);
    expect(card.keys).toContain('fin-debt-freeze');
    expect(card.keys).not.toContain('fin-09');

    const budget = await firstFive('finance', 'Get my spending under control', '');
    expect(budget.keys).not.toEqual(expect.arrayContaining(['fin-09']));
    expect(budget.keys).toEqual(expect.arrayContaining(['fin-11', 'fin-16']));
  });
});
