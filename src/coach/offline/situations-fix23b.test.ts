import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createSlotReader } from './slots.js';

const { coach, pack } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-third blind read, fixed in general (helper fix23b)', () => {
  it('teaches fishing from a casting lesson, the rod in hand, the permit, grass casts and wading safety — no "Day 1" redo', async () => {
    const en = await firstFive(
      'skill',
      'Learn to fly-fish before our trip to the River Tweed in May',
      'My father-in-law has booked a beat for three days and lent me one of his rods. The last time I fished was off Brighton pier as a kid with a handline.',
    );
    expect(en.keys).toEqual([
      'skill-fish-lesson',
      'skill-fish-kit',
      'skill-fish-permit',
      'skill-fish-cast',
      'skill-fish-water',
    ]);
    expect(en.text).toMatch(/casting lesson/);
    expect(en.text).not.toMatch(/'Day 1'|intermediate-level/);
    const ru = await firstFive(
      'skill',
      'Научиться ловить на нахлыст',
      'Летом едем на Кольский, рыбачил только с поплавочной удочкой в детстве.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-fish-lesson');
    expect(ru.keys).not.toContain('skill-14');
    expect(ru.text).toMatch(/не заходить в воду в одиночку/);
    // Cooking fish is no fishing, and "a beat" on a river is no music production.
    const cook = await firstFive('skill', 'Learn to cook fish properly', 'I always overcook salmon.');
    expect(cook.keys.some((key) => key.startsWith('skill-fish'))).toBe(false);
    const reader = createSlotReader(pack.slots);
    expect(reader.read('Learn to fly-fish', ['My father-in-law has booked a beat for three days.']).values.craft).toBe(
      undefined,
    );
    expect(reader.read('Make my first hip-hop beats', ['I have FL Studio.']).values.craft?.id).toBe('music_production');
  });

  it('gives a first-time crafter the tutorial before the first piece, and reads videos watched as no video to make', async () => {
    const en = await firstFive(
      'creative',
      "Make a rag rug out of my kids' old T-shirts",
      "I've got two bin bags of shirts they've outgrown and I don't want to throw them away. I've watched a couple of videos with a prodder tool but never made anything crafty in my life.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-kit', 'cre-15', 'cre-14']);
    expect(en.keys.some((key) => key.startsWith('cre-video') || key.startsWith('cre-vlog'))).toBe(false);
    expect(en.text).not.toMatch(/visual hierarchy/);
    const ru = await firstFive(
      'creative',
      'Научиться делать бумажные цветы',
      'Смотрела ролики на ютубе, сама ни разу не пробовала.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['cre-kit', 'cre-15', 'cre-14']);
    expect(ru.keys.some((key) => key.startsWith('cre-ch-') || key.startsWith('cre-vlog'))).toBe(false);
    // A title that names video or a channel keeps its own path.
    const editing = await firstFive(
      'creative',
      'Learn video editing',
      "I've watched a few YouTube tutorials but never edited anything.",
    );
    expect(editing.keys).toContain('cre-video-first');
    const channel = await firstFive(
      'creative',
      'Start a YouTube channel about my woodworking',
      'Never filmed anything.',
    );
    expect(channel.keys).toContain('cre-ch-setup');
  });

  it('makes handmade soap from a melt-and-pour base: the method, the kit for the bars, a test batch, a check, the batches', async () => {
    const ru = await firstFive(
      'creative',
      'Сварить мыло ручной работы в подарок коллегам к Новому году',
      'Ни разу не пробовала, только смотрела ролики. Коллег четырнадцать человек, до праздников шесть недель, бюджет тысяч пять.',
      'ru',
    );
    expect(ru.keys).toEqual(['cre-soap-method', 'cre-soap-kit', 'cre-soap-test', 'cre-soap-check', 'cre-soap-batches']);
    expect(ru.text).toMatch(/без щёлочи/);
    expect(ru.keys).not.toContain('cre-14');
    const en = await firstFive('creative', 'Make soap for the Christmas fair', 'Never made any before.');
    expect(en.keys[0]).toBe('cre-soap-method');
    expect(en.text).toMatch(/no lye/);
    // Candles keep the generic craft path.
    const candles = await firstFive('creative', 'Научиться делать свечи из воска', 'Никогда не пробовала.', 'ru');
    expect(candles.keys.some((key) => key.startsWith('cre-soap'))).toBe(false);
    expect(candles.keys.indexOf('cre-15')).toBeLessThan(candles.keys.indexOf('cre-14'));
  });

  it('rebuilds a dry stone wall: the animals kept out, the method, the stone sorted, a frame, the footings — no stop valve', async () => {
    const en = await firstFive(
      'repair',
      'Rebuild the collapsed stretch of dry stone wall at the bottom of our field',
      "About four metres came down in the February storms and the sheep from next door keep wandering in. I've never built one, but all the stone is still lying there.",
    );
    expect(en.keys).toEqual([
      'fix-stock-gap',
      'fix-stone-learn',
      'fix-stone-sort',
      'fix-stone-frame',
      'fix-stone-found',
    ]);
    expect(en.text).not.toMatch(/stop valve|brand and model|circuit breaker/);
    const ru = await firstFive(
      'repair',
      'Восстановить обвалившуюся каменную стенку на даче',
      'Стенка из дикого камня, метра два развалилось после зимы.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-stone-learn');
    expect(ru.keys).not.toContain('fix-03');
    expect(ru.keys).not.toContain('fix-stock-gap');
    // A fence blown down keeps the outdoor steps; knocking through a wall stays structural.
    const fence = await firstFive('repair', 'Replace the fence panels that blew down', 'Three panels.');
    expect(fence.keys).toContain('fix-out-measure');
    expect(fence.keys.some((key) => key.startsWith('fix-stone'))).toBe(false);
    const knock = await firstFive('repair', 'Knock through the wall between kitchen and dining room', '');
    expect(knock.keys.some((key) => key.startsWith('fix-stone'))).toBe(false);
  });

  it('skips "find the stop valve" when the water is already off, and keeps it when it is not', async () => {
    const en = await firstFive(
      'repair',
      'Fix the outside tap that split in the cold snap',
      "It's been dripping down the wall since January and I've just turned it off at the stopcock under the sink. I've never done any plumbing.",
    );
    expect(en.keys).not.toContain('fix-03');
    expect(en.text).not.toMatch(/water stop valve/);
    const ru = await firstFive('repair', 'Поменять смеситель на кухне', 'Течёт из-под гайки, воду уже перекрыл.', 'ru');
    expect(ru.keys).not.toContain('fix-03');
    const open = await firstFive(
      'repair',
      'Replace the leaking kitchen tap',
      "I haven't turned the water off yet, not sure where the stopcock is.",
    );
    expect(open.keys).toContain('fix-03');
    const ruOpen = await firstFive(
      'repair',
      'Поменять смеситель',
      'Воду не могу перекрыть, кран на стояке не крутится.',
      'ru',
    );
    expect(ruOpen.keys).toContain('fix-03');
  });

  it('changes a lock cylinder by measuring it, the same size bought, swapped and tested with the door open — no breaker', async () => {
    const ru = await firstFive('repair', 'Поменять личинку замка во входной двери', '', 'ru');
    expect(ru.keys).toEqual(['fix-lock-measure', 'fix-lock-buy', 'fix-lock-swap', 'fix-lock-test', 'fix-lock-keys']);
    expect(ru.text).not.toMatch(/автомат в щитке|перекрывается вода/);
    const en = await firstFive(
      'repair',
      'Change the locks on our front door',
      "We just moved in and don't know who has keys.",
    );
    expect(en.keys[0]).toBe('fix-lock-measure');
    expect(en.text).toMatch(/anti-snap|snapping/);
    // A sagging cupboard door keeps its hinge steps.
    const hinge = await firstFive('repair', 'Fix the cupboard door that sags', 'The hinge is loose.');
    expect(hinge.keys[0]).toBe('fix-hinge-adjust');
    expect(hinge.keys.some((key) => key.startsWith('fix-lock'))).toBe(false);
  });

  it('prepares an interview presentation in three sittings — outline, slides, one timed run-through — not one 45-minute step', async () => {
    const ru = await firstFive(
      'interview',
      'Собеседование в аспирантуру в Тарту через Zoom',
      'Профессор ждёт двадцатиминутную презентацию моего проекта и вопросы по нему. Английский у меня рабочий, но вживую теряюсь и забываю слова. Собеседование 12-го.',
      'ru',
    );
    const at = (key: string) => ru.keys.indexOf(key);
    expect(at('intv-present-plan')).toBeGreaterThanOrEqual(0);
    expect(at('intv-present-plan')).toBeLessThan(at('intv-present'));
    // fix42D: the organisation researched with the talk's topic comes first, so the run-through is now the sixth step.
    expect(at('intv-present-research')).toBeLessThan(at('intv-present-plan'));
    expect(ru.text).not.toMatch(/дважды отрепетируй/);
    const en = await firstFive(
      'interview',
      'Interview for the operations manager job',
      'They want a 15-minute presentation on my first 90 days.',
    );
    expect(en.keys).toContain('intv-present-plan');
    expect(en.keys).toContain('intv-present-rehearse');
    // An interview with no presentation gets none of these.
    const plain = await firstFive('interview', 'Job interview at the council next week', 'Competency questions.');
    expect(plain.keys.some((key) => key.startsWith('intv-present'))).toBe(false);
  });

  it('puts the plant operator steps first for a forklift licence, and keeps a car driving test on the road', async () => {
    const ru = await firstFive(
      'exam',
      'Получить права на погрузчик',
      'Работаю на складе, курсы оплатит работодатель.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual([
      'exam-plant-ask',
      'exam-plant-checks',
      'exam-plant-walk',
      'exam-plant-theory',
    ]);
    expect(ru.keys).not.toContain('exam-book');
    const en = await firstFive('exam', 'Get my forklift licence', 'The warehouse will pay for the course in March.');
    expect(en.keys[0]).toBe('exam-plant-ask');
    const car = await firstFive('exam', 'Pass my driving test', 'Test is in six weeks.');
    expect(car.keys.some((key) => key.startsWith('exam-plant'))).toBe(false);
  });

  it('reads an emigrated relative as living apart, and years without sport as a beginner', () => {
    const reader = createSlotReader(pack.slots);
    expect(reader.read('Чаще общаться с сестрой', ['Сестра уехала в Израиль пять лет назад.']).values.apart?.id).toBe(
      'far',
    );
    expect(reader.read('Stay close to my brother', ['He emigrated to Canada last year.']).values.apart?.id).toBe('far');
    expect(reader.read('Чаще видеться с мамой', ['Живём в одном районе.']).values.apart).toBe(undefined);
    expect(
      reader.read('Набрать форму, чтобы гонять с сыном мяч во дворе', [
        'Мне 41, сижу в офисе, курить бросил год назад, спортом не занимался со школы.',
      ]).level,
    ).toBe('beginner');
    // Someone who really is coming back stays returning.
    expect(reader.read('Вернуться в форму', ['Раньше бегал по 10 км, бросил год назад.']).level).toBe('returning');
  });
});
