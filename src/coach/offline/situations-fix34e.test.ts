import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const RESTART = ['fit-23', 'fit-24', 'fit-14', 'fit-short-first', 'fit-04', 'fit-17'];

describe('the thirty-fourth blind read, fixed in general (helper fix34e)', () => {
  it('takes the plan to the doctor for a medicine or condition that changes what is safe — no fasting, no restart at half', async () => {
    const en = await tap(
      'fitness',
      'Lose two stone by the autumn',
      "I'm 52 and take metformin for my sugar. My plan is to skip breakfast, eat one meal a day and run before work like I did at uni.",
      'en',
      ['None'],
    );
    // fix46E: `fit-med-plan` books the visit itself, so `fit-02` no longer comes before it (read 45b: two doctor's steps).
    expect(en.keys.slice(0, 3)).toEqual(['fit-med-plan', 'fit-med-log', 'fit-med-meals']);
    for (const key of RESTART) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'fitness',
      'Привести себя в форму к отпуску',
      'Мне 44, колю инсулин. Хочу голодать до обеда и бегать по утрам на голодный желудок, в юности бегала кроссы.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fit-med-plan');
    expect(ru.keys).toContain('fit-med-meals');
    for (const key of RESTART) expect(ru.keys).not.toContain(key);
    // Blood-pressure pills: the doctor and the log, no walk "today" before the answer, and a gym too far is no gym.
    const bp = await tap(
      'fitness',
      'Сбросить вес, чтобы спина не болела на огороде',
      'Мне 60, вес 98. Гипертония, таблетки от давления пью через раз. В зал ездить некуда.',
      'ru',
      ['Ничего'],
    );
    // Tablets taken "every other time" are a danger named in passing (fix round 38): its steps lead, then the plan.
    expect(bp.keys.slice(0, 2)).toEqual(['hz-bpstop-doctor', 'hz-bpstop-readings']);
    // fix47H: the hazard's doctor and readings are that visit and that log — no second and third doctor's step (blind read 46b).
    expect(bp.keys).not.toContain('fit-med-plan');
    expect(bp.keys).not.toContain('fit-med-log');
    expect(bp.keys).not.toContain('fit-med-meals');
    expect(bp.keys).not.toContain('fit-14');
    expect(bp.keys).not.toContain('fit-gym-pick');
    // Already training: no general check, the plan for the doctor leads and no hard session comes before the answer.
    const active = await tap(
      'fitness',
      'Get leaner for the summer',
      'I lift three times a week and want to add fasted cardio. I have type 1 diabetes.',
      'en',
      ['None'],
    );
    expect(active.keys[0]).toBe('fit-med-plan');
    for (const key of ['fit-16', 'fit-18', 'fit-21']) expect(active.keys).not.toContain(key);
    // No medicine, no fasting: the ordinary check and weight steps, and "lose weight fast" is no fast.
    const near = await tap('fitness', 'Lose weight fast for a wedding', "I'm 34 and sit at a desk all day.", 'en', [
      'Just starting',
      'Losing weight',
    ]);
    expect(near.keys).toContain('fit-02');
    expect(near.keys.filter((key) => key.startsWith('fit-med'))).toEqual([]);
  });

  it('asks the doctor for the weather limit before walks with a baby or a frail person — never "go anyway"', async () => {
    const ru = await tap(
      'habit',
      'Выходить с малышом на улицу каждый день',
      'Дочке два месяца, живём в Якутске, в январе бывает минус 45 и метель.',
      'ru',
      ['Ежедневные прогулки'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['hab-weather-limit', 'hab-weather-check', 'hab-weather-indoor']);
    expect(ru.keys).not.toContain('hab-10');
    expect(ru.texts[0]).toMatch(/педиатр/);
    const en = await tap(
      'habit',
      'Walk with my grandpa every afternoon',
      'He is 86 and frail, and our summers bring a heatwave most weeks.',
      'en',
      ['Daily walks'],
    );
    expect(en.keys[0]).toBe('hab-weather-limit');
    expect(en.keys).not.toContain('hab-10');
    // Hard frost alone: the forecast rule and the indoor plan, no doctor's limit for a baby.
    const alone = await tap(
      'habit',
      'Walk every day through the winter',
      'It gets to minus 35 here with a wind chill.',
      'en',
      ['Daily walks'],
    );
    expect(alone.keys).toContain('hab-weather-check');
    expect(alone.keys).not.toContain('hab-weather-limit');
    expect(alone.keys).not.toContain('hab-10');
    // An ordinary daily walk keeps its path.
    const near = await tap('habit', 'Гулять каждый вечер', 'Хочу больше двигаться после работы.', 'ru', [
      'Ежедневные прогулки',
    ]);
    expect(near.keys).toContain('hab-walk-setup');
    expect(near.keys.filter((key) => key.startsWith('hab-weather'))).toEqual([]);
  });

  it('gives a voice warm-up its own exercises, and hand stretches moves for the hands — not a mat and a cat-cow', async () => {
    const voiceEn = await tap(
      'habit',
      'Do a vocal warm-up before my lectures',
      'I lecture four hours a day and I am hoarse by Friday.',
      'en',
      ['New habit'],
    );
    expect(voiceEn.keys).toContain('hab-voice-setup');
    expect(voiceEn.keys).toContain('hab-voice-first');
    for (const key of ['hab-04', 'hab-05', 'hab-stretch-setup']) expect(voiceEn.keys).not.toContain(key);
    const voiceRu = await tap(
      'habit',
      'Делать разминку для голоса перед сменой',
      'Работаю экскурсоводом, к вечеру голос садится.',
      'ru',
      ['Растяжка'],
    );
    expect(voiceRu.keys).toContain('hab-voice-setup');
    expect(voiceRu.keys).not.toContain('hab-stretch-setup');
    const handsEn = await tap(
      'habit',
      'Hand stretches every hour at my desk',
      'I type all day and my wrists ache by the evening.',
      'en',
      ['Stretching'],
    );
    expect(handsEn.keys).toContain('hab-hands-setup');
    expect(handsEn.keys).toContain('hab-hands-check');
    expect(handsEn.keys).not.toContain('hab-stretch-setup');
    const handsRu = await tap(
      'habit',
      'Разминка для кистей перед работой',
      'Шью на заказ, к вечеру ноют пальцы.',
      'ru',
      ['Растяжка'],
    );
    expect(handsRu.keys).toContain('hab-hands-first');
    expect(handsRu.keys).not.toContain('hab-stretch-first');
    // Stretching for the body keeps its moves.
    const near = await tap('habit', 'Stretch every morning', 'My back is stiff after sleep.', 'en', ['Stretching']);
    expect(near.keys).toContain('hab-stretch-setup');
    expect(near.keys.filter((key) => key.startsWith('hab-hands') || key.startsWith('hab-voice'))).toEqual([]);
  });

  it('makes a night under the midnight sun dark and quiet, with the hut-mates asked — not a dark-winter path', async () => {
    const en = await tap(
      'sleep',
      'Sleep well on my summer job up north',
      'I work at a research station in June, it never gets dark and I share the hut with two others on other hours.',
      'en',
      ['None'],
    );
    // fix48L: the midnight sun is light, not noise — the hut-mates' quiet is asked in `sleep-sun-share`, no earplugs.
    expect(en.keys.slice(0, 3)).toEqual(['sleep-noise-dark', 'sleep-sun-night', 'sleep-sun-share']);
    expect(en.keys.filter((key) => key.startsWith('sleep-dark'))).toEqual([]);
    const ru = await tap(
      'sleep',
      'Высыпаться в полярный день',
      'Летом работаю на метеостанции за Полярным кругом, солнце не заходит.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('sleep-sun-night');
    expect(ru.keys).not.toContain('sleep-caffeine');
    expect(ru.keys).not.toContain('sleep-sun-share');
    // The polar night keeps its path.
    const near = await tap(
      'sleep',
      'Get through the polar night',
      'In Tromso the sun does not rise in December and I oversleep.',
      'en',
      ['Dark winter'],
    );
    expect(near.keys).toContain('sleep-dark-bright');
    expect(near.keys.filter((key) => key.startsWith('sleep-sun'))).toEqual([]);
  });

  it('meets a silence too deep to sleep in with a sound of one’s own — not earplugs, a bar or a partner’s shifts', async () => {
    const ru = await tap(
      'sleep',
      'Привыкнуть спать в своём доме',
      'Переехали из города в частный дом, муж работает из дома. Слишком тихо, слышу каждый шорох и не сплю до двух.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['sleep-quiet-sound', 'sleep-quiet-house', 'sleep-quiet-awake']);
    for (const key of ['sleep-partner-quiet', 'sleep-partner-block', 'sleep-out-plugs', 'sleep-bed-shift'])
      expect(ru.keys).not.toContain(key);
    const en = await tap(
      'sleep',
      'Fall asleep in the silence of the countryside',
      "We moved out of the city to a farmhouse; I'm used to traffic and now every creak keeps me up.",
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('sleep-quiet-sound');
    expect(en.keys).not.toContain('sleep-out-plugs');
    // A bar downstairs keeps the noise path.
    const near = await tap('sleep', 'Sleep despite the bar downstairs', 'Loud music till 2 on weekends.', 'en', [
      'Noise from a bar',
    ]);
    expect(near.keys).toContain('sleep-out-plugs');
    expect(near.keys.filter((key) => key.startsWith('sleep-quiet'))).toEqual([]);
  });

  it('readies a hot night for the power cut — a charged fan and water, the phone kept for light', async () => {
    const en = await tap(
      'sleep',
      'Sleep through the summer power cuts',
      'Every night the electricity goes for three hours, the fan stops and the room is 40 degrees.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['sleep-power-charge', 'sleep-power-cool']);
    expect(en.keys).toContain('sleep-heat-shade');
    expect(en.keys).not.toContain('sleep-heat-air');
    expect(en.keys).not.toContain('sleep-screens');
    const ru = await tap(
      'sleep',
      'Высыпаться, когда летом отключают свет',
      'Веерные отключения по ночам, вентилятор встаёт, в комнате 38 градусов.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('sleep-power-charge');
    expect(ru.keys).not.toContain('sleep-heat-air');
    // A heatwave with the power on keeps the fan.
    const near = await tap('sleep', 'Sleep in the heatwave', 'Our flat is too hot at night.', 'en', ['A bedroom']);
    expect(near.keys).toContain('sleep-heat-air');
    expect(near.keys.filter((key) => key.startsWith('sleep-power'))).toEqual([]);
  });

  it('reads dozing in class with an early start already fixed as a short night — no wake-up ladder or morning light', async () => {
    const ru = await tap(
      'sleep',
      'Не спать на парах',
      'Встаю в шесть, чтобы успеть на электричку, а сижу в телефоне до часу.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).not.toContain('sleep-shift');
    expect(ru.keys).not.toContain('sleep-wake-light');
    expect(ru.keys).toContain('sleep-bed-shift');
    const en = await tap(
      'sleep',
      'Stop nodding off in class',
      'I get up at 5 to help on the farm and stay on my phone till midnight.',
      'en',
      ['None'],
    );
    expect(en.keys).not.toContain('sleep-shift');
    expect(en.keys).toContain('sleep-bed-shift');
    // Waking earlier as the goal keeps the ladder.
    const near = await tap('sleep', 'Wake up at 6 every day', 'I get up at 8 now.', 'en', ['Waking up earlier']);
    expect(near.keys).toContain('sleep-shift');
  });

  it("notes a toddler's tongue and a child's heights for the visit — not the teacher and the board", async () => {
    const en = await tap(
      'checkup',
      "Have my daughter's tongue tie looked at",
      "She's 11 months and can't lift her tongue; feeds were slow from the start.",
      'en',
      ['An appointment for my child'],
    );
    expect(en.keys).toContain('chk-child-book-small');
    expect(en.keys).toContain('chk-child-noticed-tongue');
    for (const key of ['chk-child-book', 'chk-child-noticed', 'chk-child-ready']) expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/before deciding/);
    const ru = await tap('checkup', 'Проверить уздечку у сына', 'Сыну 13 месяцев, язык не высовывает.', 'ru', [
      'Записать',
    ]);
    expect(ru.keys).toContain('chk-child-noticed-tongue');
    expect(ru.keys).not.toContain('chk-child-noticed');
    const growthRu = await tap(
      'checkup',
      'Сводить дочку к эндокринологу',
      'Дочке 8, она ниже всех в классе, педиатр говорит ждать.',
      'ru',
      ['Записать'],
    );
    expect(growthRu.keys).toContain('chk-child-noticed-growth');
    expect(growthRu.keys).not.toContain('chk-child-noticed');
    const growthEn = await tap(
      'checkup',
      "Get my son's height checked",
      "He's 10 and the shortest in his class by a head.",
      'en',
      ['An appointment for my child'],
    );
    expect(growthEn.keys).toContain('chk-child-noticed-growth');
    // A child's eye test keeps what was noticed at school.
    const near = await tap('checkup', "Get my son's eyes tested", 'He squints at the board, he is 9.', 'en', [
      'An appointment for my child',
    ]);
    expect(near.keys).toContain('chk-child-noticed');
    expect(near.keys.filter((key) => key.endsWith('-tongue') || key.endsWith('-growth'))).toEqual([]);
  });

  it('has a sore that will not heal seen within days and protected meanwhile, and asks for medicines stopped', async () => {
    const en = await tap(
      'checkup',
      'See someone about my heel',
      "There's a sore on my heel that hasn't healed in six weeks. I'm diabetic.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-sore-soon', 'chk-sore-care']);
    expect(en.keys).not.toContain('chk-gen-which');
    expect(en.keys).not.toContain('chk-gen-book');
    const ru = await tap(
      'checkup',
      'Показать ногу врачу',
      'На стопе ранка, не заживает уже месяц. Таблетки от сахара давно бросил.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('chk-sore-soon');
    expect(ru.keys).toContain('chk-05');
    expect(ru.texts[ru.keys.indexOf('chk-05')]).toMatch(/бросил/);
    // A routine check-up keeps finding the appointment first.
    const near = await tap('checkup', 'Book a check-up with my GP', "It's been three years since my last one.", 'en', [
      'None',
    ]);
    expect(near.keys.filter((key) => key.startsWith('chk-sore'))).toEqual([]);
  });
});
