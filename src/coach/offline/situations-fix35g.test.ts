import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

/** Steps a person does alone from a lesson or a video, and the generic risky-task steps that fit no animal. */
const SOLO = ['skill-03', 'skill-05', 'skill-06'];
const RISKY_MISFITS = ['skill-risky-rules', 'skill-risky-kit', 'skill-risky-emergency'];
const LEARNER_DRIVER = [
  'skill-drive-instructor',
  'skill-drive-car',
  'skill-drive-quiet',
  'skill-drive-rules',
  'skill-drive-route',
];
const GENERIC_COOKING = [
  'skill-cook-plan',
  'skill-cook-setup',
  'skill-cook-first',
  'skill-cook-calendar',
  'skill-cook-second',
];

const withPrefix = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the thirty-fifth blind read, fixed in general (helper fix35g)', () => {
  it("has a child's prescribed massage shown and watched by the therapist first — never a video repeated alone", async () => {
    const ru = await tap(
      'skill',
      'Делать дочке массаж дома',
      'Дочке три месяца, у неё кривошея, ортопед назначил массаж, а после курса сказали продолжать самой.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['skill-bmass-show', 'skill-bmass-card']);
    for (const key of [...SOLO, 'skill-04', 'skill-07']) expect(ru.keys).not.toContain(key);
    expect(ru.texts[0]).toMatch(/массажист/);
    // Put under "Family", a title about a baby's massage is still taken to these steps.
    const en = await tap(
      'family',
      'Baby massage at home for our son',
      "He's five months old with low muscle tone; the physio showed me once and wants it done daily.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('skill-bmass-show');
    expect(en.keys).toContain('skill-bmass-first');
    for (const key of SOLO) expect(en.keys).not.toContain(key);
    // A massage course for work is no child's prescribed massage.
    const near = await tap('skill', 'Learn massage to work at a spa', 'I want a massage therapy qualification.', 'en', [
      'Just starting',
    ]);
    expect(withPrefix(near.keys, 'skill-bmass')).toEqual([]);
  });

  it("teaches an animal's injections through the vet — syringes checked, the hold, the log — not licences and helmets", async () => {
    const en = await tap(
      'skill',
      'Give my dog his insulin shots',
      'Rex is ten and diabetic. The vet showed me once, I bought syringes online and my hands shake.',
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'skill-risky-teacher',
      'skill-vet-syringes',
      'skill-vet-card',
      'skill-vet-hold',
    ]);
    expect(en.keys).toContain('skill-risky-first');
    for (const key of [...RISKY_MISFITS, ...SOLO]) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'skill',
      'Научиться самим делать уколы козам',
      'Держим шесть коз, ветеринар велел колоть витамины и прививать стадо без него.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-risky-teacher');
    expect(ru.keys).toContain('skill-vet-syringes');
    for (const key of RISKY_MISFITS) expect(ru.keys).not.toContain(key);
    // Insulin for a person keeps the nurse's steps; needles with no animal, or jabs after an animal's bite, get no vet.
    const person = await tap(
      'skill',
      'Научиться колоть маме инсулин',
      'Маме восемьдесят, врач выписал инсулин, медсестра придёт один раз.',
      'ru',
      ['Только начинаю'],
    );
    expect(person.keys[0]).toBe('skill-care-ask');
    expect(withPrefix(person.keys, 'skill-vet')).toEqual([]);
    const mould = await tap('skill', 'Learn injection moulding', 'I want to make plastic parts for my product.', 'en', [
      'Just starting',
    ]);
    expect(withPrefix(mould.keys, 'skill-vet')).toEqual([]);
    const bite = await tap('skill', 'Get through my rabies injections', 'A neighbour’s dog bit me on Sunday.', 'en', [
      'Just starting',
    ]);
    expect(withPrefix(bite.keys, 'skill-vet')).toEqual([]);
  });

  it('gives a licensed driver new to 4WD a course, the vehicle, recovery kit and the tides — not learner lessons', async () => {
    const en = await tap(
      'skill',
      'Drive our 4x4 on the beach safely',
      "We just got a Land Cruiser. I've driven for twenty years but never off the bitumen, and we're camping on a surf beach at Easter.",
      'en',
      ['Already doing it'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-4wd-course', 'skill-4wd-vehicle', 'skill-4wd-recovery']);
    for (const key of LEARNER_DRIVER) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'skill',
      'Научиться ездить по бездорожью',
      'Купили Ниву, за рулём десять лет, но только по асфальту. Летом хотим на озёра, там броды и песок.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys[0]).toBe('skill-4wd-course');
    expect(ru.keys).toContain('skill-4wd-conditions');
    for (const key of LEARNER_DRIVER) expect(ru.keys).not.toContain(key);
    // Put under "Travel", a title about learning to drive on the beach is taken to these steps.
    const trip = await tap(
      'travel',
      'Learn beach driving before our camping trip',
      'Two weeks on the coast with the kids.',
      'en',
    );
    expect(trip.keys[0]).toBe('skill-4wd-course');
    // Off-road parking is no off-road driving, and a learner in a family 4x4 keeps the learner's path.
    const near = await tap(
      'skill',
      'Reverse into our off-road parking space',
      'The space beside the house is tight and I keep clipping the wall.',
      'en',
      ['Already doing it'],
    );
    expect(withPrefix(near.keys, 'skill-4wd')).toEqual([]);
    const learner = await tap(
      'skill',
      "Learn to drive in my dad's 4x4",
      "I'm 17 and just got my provisional licence.",
      'en',
      ['Just starting'],
    );
    expect(learner.keys).toContain('skill-drive-instructor');
    expect(withPrefix(learner.keys, 'skill-4wd')).toEqual([]);
  });

  it('takes a flatbread from a soft dough to a hot pan and a towel — not three beginner dinners', async () => {
    const en = await tap(
      'skill',
      'Make chapatis that stay soft',
      'Mine go stiff within ten minutes and I cook for my flatmates on Sundays.',
      'en',
      ['Cooking', 'Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-flat-recipe', 'skill-flat-dough', 'skill-flat-cook']);
    for (const key of [...GENERIC_COOKING, 'skill-dish-recipe', 'skill-dish-half']) expect(en.keys).not.toContain(key);
    const ru = await tap('skill', 'Научиться печь тонкий лаваш', 'Пробовала два раза — рвётся и пересыхает.', 'ru', [
      'Кулинария',
      'Только начинаю',
    ]);
    expect(ru.keys).toContain('skill-flat-dough');
    expect(ru.keys).toContain('skill-flat-cook');
    for (const key of GENERIC_COOKING) expect(ru.keys).not.toContain(key);
    // A Spanish tortilla is an omelette, and a roll made of bought lavash sheets bakes no flatbread.
    const omelette = await tap('skill', 'Learn to make a Spanish tortilla', 'Potato and egg, like in Madrid.', 'en', [
      'Cooking',
      'Just starting',
    ]);
    expect(withPrefix(omelette.keys, 'skill-flat')).toEqual([]);
    const roll = await tap('skill', 'Научиться делать рулет из лаваша', 'С сыром и зеленью, на праздник.', 'ru', [
      'Кулинария',
      'Только начинаю',
    ]);
    expect(withPrefix(roll.keys, 'skill-flat')).toEqual([]);
  });

  it('prepares a pregnant candidate for mentioning it and the question about leave — no freezing step she never named', async () => {
    const en = await tap(
      'interview',
      'Interview for a ward manager post',
      "I'm seven months pregnant, it shows, and I'm dreading the question about when I'd be off.",
      'en',
    );
    expect(en.keys).toContain('intv-preg-rights');
    expect(en.keys).toContain('intv-preg-say');
    expect(en.keys).not.toContain('intv-nerves');
    const ru = await tap(
      'interview',
      'Собеседование в банк на аналитика',
      'Я на четвёртом месяце беременности, живот уже видно. Не знаю, говорить ли сразу.',
      'ru',
    );
    expect(ru.keys).toContain('intv-preg-say');
    // A partner's pregnancy is no candidate's.
    const near = await tap(
      'interview',
      'Interview for a sales lead role',
      'My wife is pregnant, so I will need paternity leave in spring.',
      'en',
    );
    expect(withPrefix(near.keys, 'intv-preg')).toEqual([]);
  });

  it('reads another exam passed on a later try as no mock of this one — the format is still to be found', async () => {
    const ru = await tap(
      'exam',
      'Сдать тест на знание истории и законов для паспорта',
      'IELTS сдал со второй попытки, теперь для гражданства нужен тест. Записался на май.',
      'ru',
      ['Экзамен'],
    );
    expect(ru.keys).not.toContain('exam-known');
    expect(ru.keys).toContain('exam-practice');
    const en = await tap(
      'exam',
      'Pass the civics test for naturalisation',
      'I passed my English exam on the third attempt last year; the civics test is in June.',
      'en',
    );
    expect(en.keys).not.toContain('exam-known');
    // A retake of this very test still starts from the person's results.
    const near = await tap(
      'exam',
      'Pass my driving theory test',
      "Failed it twice, my mock scores are around 80% and I'm retaking it in May.",
      'en',
    );
    expect(near.keys[0]).toBe('exam-known');
  });
});
