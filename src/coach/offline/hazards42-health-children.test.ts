import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createHazardReader } from './hazards.js';

// The dangers added, widened or tightened after blind read 42 in content/goals/hazards/health.yaml and children.yaml
// (helper hz42 health-children), through the real coach: exercise started again after a recent operation leads the
// path of a goal of another kind with the read's own wording and with other wordings, in English and Russian, and stays
// out of an operation long ago, cleared or still to come; an Umrah in the cool months no longer gets the Hajj permit
// and the summer heat; a baby's heat steps need the baby taken out, not the weather named as why the family stays in.
const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const noHazard = (keys: string[]) => expect(hazardKeys(keys)).toEqual([]);
const reader = createHazardReader(pack.hazards);
const named = (text: string) => reader.read([text]).map((hazard) => hazard.id);

describe('exercise started again after a recent operation', () => {
  const ru10 = 'Мне 67, на пенсии, Гомель. Раньше всю жизнь делала, после операции на колене забросила.';

  it('reads the read’s own goal, and its path asks the surgeon first with no cat on all fours (read 42 ru-10)', async () => {
    expect(named(`Делать зарядку по утрам. ${ru10}`)).toContain('exercise_after_op');
    const { keys, texts } = await tap('habit', 'Делать зарядку по утрам', ru10, 'ru', ['Растяжка']);
    // The habit kind's own operated-joint step (`op_joint`) may ask it; the hazard gives way to it then.
    expect(['hz-op-ask', 'hab-op-ask']).toContain(keys[0]);
    expect(texts[0]).toMatch(/хирург/);
    expect(keys).not.toContain('hab-stretch-setup');
  });

  it('leads a habit goal after a heart operation, and drops the kneeling stretch card (ru)', async () => {
    const { keys, texts } = await tap(
      'habit',
      'Делать зарядку каждое утро',
      'В марте перенесла операцию на сердце, шунтирование. Хочу снова начать делать зарядку, как раньше.',
      'ru',
      ['Растяжка'],
    );
    expect(keys.slice(0, 2)).toEqual(['hz-op-ask', 'hz-op-cleared']);
    expect(texts[0]).toMatch(/реабилитолог/);
    expect(keys).not.toContain('hab-stretch-setup');
  });

  it('leads a running goal after knee surgery (en + ru)', async () => {
    const en = await tap(
      'sport',
      'Run a 5k again by summer',
      'Six weeks ago I had keyhole surgery on my knee for a torn meniscus, and I want to get back to running three times a week.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-op-ask');
    expect(en.texts[0]).toMatch(/surgeon's team or your physio/);
    const ru = await tap(
      'sport',
      'Вернуться к пробежкам',
      'Два месяца назад прооперировали колено, мениск. Хочу снова бегать по утрам, хотя бы по 3 км.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-op-ask', 'hz-op-cleared']);
    expect(named('Had my hip replacement in May and I want to start Pilates at the leisure centre.')).toContain(
      'exercise_after_op',
    );
    expect(named('Get walking properly again after my hip replacement. Op was six weeks ago.')).toContain(
      'exercise_after_op',
    );
  });

  it('gives way to fitness’s own steps for getting active after an operation', async () => {
    const { keys } = await tap(
      'fitness',
      'Get fit again',
      'Had an operation on my hernia two months ago and I want to start working out at home.',
      'en',
      ['Getting active after an operation'],
    );
    expect(keys).toContain('fit-op-clear');
    expect(keys).not.toContain('hz-op-ask');
  });

  it('stays out of an operation long ago, cleared or still to come, a pet’s, and no exercise', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Lose three stone before my knee replacement',
          "The surgeon won't operate until my BMI is under 35 and I'm at 39. Walking hurts so I can't just go for a run, and I'm 61.",
          'en',
        )
      ).keys,
    );
    for (const text of [
      'I had knee surgery ten years ago and it’s fully healed; I want to start running.',
      'Get back in shape after knee surgery. Cleared by my doctor last month.',
      'Rebuild core strength after hernia surgery. The surgeon says I can start gentle exercise.',
      'I’m on the waiting list for a hip replacement and want to keep my exercises going until then.',
      'Предстоит операция на колене в мае, хочу до неё укрепить мышцы упражнениями.',
      'После операции на спине прошло полгода, врач разрешил заниматься — хочу в зал.',
      'Собаке сделали операцию, теперь гуляем мало, а мне самой надо начать бегать.',
      'Папа поживёт у меня месяц после операции, боюсь, что мы поругаемся.',
    ])
      expect(named(text)).not.toContain('exercise_after_op');
  });
});

describe('Umrah in the cool months is no Hajj without a permit', () => {
  it('gives a December Umrah with a diabetic mother no Hajj permit and summer heat (read 42b en-57)', async () => {
    const { keys } = await tap(
      'travel',
      'Take my mother for Umrah in December',
      "My mother is 68 and diabetic, she has wanted to go for Umrah all her life. I'm in Faisalabad and have been saving since last year. December because it's cooler. I don't know whether to go through an agent or arrange it myself, and how to manage her walking and her insulin over there.",
      'en',
    );
    expect(keys).not.toContain('hz-hajj-official');
    expect(keys).not.toContain('hz-hajj-heat');
    for (const text of [
      'Dad wants Umrah this winter, he has a heart condition and walks slowly.',
      'Umrah with my father in December because it’s cooler there — he is diabetic.',
      'Хочу свозить маму на умру в январе, у неё диабет и давление.',
      'Зимой на умру с папой, у него сердце, хочу всё продумать.',
    ])
      expect(named(text)).not.toContain('hajj_unregistered');
  });

  it('still reads an Umrah in the heat, now «на умру» too, and a winter month that is not the Umrah’s', () => {
    for (const text of [
      'Свозить маму на умру в июле, у неё давление, жару переносит плохо.',
      'Taking my mum (72, heart condition) on Umrah in July; she struggles in the heat.',
      'In January I’ll pay a man who takes people to Hajj on a visit visa; Mum is 70.',
    ])
      expect(named(text)).toContain('hajj_unregistered');
  });
});

describe('a baby out in strong heat: the baby taken out, not the weather outside', () => {
  it('stays out of a weight-loss goal where the heat is why the mother stays in (read 42b en-35)', async () => {
    noHazard(
      (
        await tap(
          'fitness',
          'Lose the baby weight',
          "I'm 29, in Lahore, my son is 8 months old and I'm still 14 kg heavier than before him. Gym is not an option, my mother-in-law doesn't like me going out alone in the evening and it's 44 degrees outside anyway. I get maybe 20 minutes when he naps. I'm still breastfeeding so no crash diets.",
          'en',
        )
      ).keys,
    );
    for (const text of [
      "It's 42 degrees outside so we stay indoors; my daughter is 5 months old and I want to get fit at home.",
      'In this heat I walk on the treadmill while the baby naps; she’s 6 months old.',
      'На улице 44 градуса, с малышом сидим дома, ему 7 месяцев, хочу похудеть после родов.',
    ])
      expect(named(text)).not.toContain('baby_heat');
  });

  it('still leads when the baby is taken out in the heat (en + ru)', async () => {
    const en = await tap(
      'fitness',
      'Get my steps up',
      'I take the baby out in the pram at noon even though it’s 40 degrees; she’s 4 months old.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-baby-heat-shade');
    expect(named('I sit outside with the baby all afternoon in this heat; he’s 3 months old.')).toContain('baby_heat');
    expect(named('В самую жару выходим с ним на улицу на час, сыну 5 месяцев.')).toContain('baby_heat');
  });
});
