import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { tapThrough, talkWith, tapping } from '../../../test/factories/converse.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const tapped = tapThrough(coach);
const talk = talkWith(coach);

describe('the twenty-eighth blind read, fixed in general (helper fix28e)', () => {
  it('counts the bedtime from getting home after late gigs or evening classes — never eight hours back from the alarm', async () => {
    const en = await tapped(
      'sleep',
      'Get to sleep after late gigs',
      "I play in a covers band three nights a week. We finish packing up around 1am and I'm buzzing until 4, but I still have to do the school run at 8:15.",
      'en',
      ['Sleep'],
    );
    expect(en.keys).toContain('sleep-late-count');
    expect(en.keys).toContain('sleep-late-down');
    expect(en.keys).not.toContain('sleep-bedtime');
    expect(en.keys).not.toContain('sleep-routine');
    const ru = await tapped(
      'sleep',
      'Высыпаться, когда учусь на вечернем, а работаю с семи утра',
      'Мне 21, работаю бариста с 7:00, три раза в неделю пары до 21:30. Домой добираюсь к одиннадцати, потом еда, домашка, телефон — засыпаю в час.',
      'ru',
      ['Ложиться спать раньше'],
    );
    expect(ru.keys).toContain('sleep-late-count');
    expect(ru.keys).not.toContain('sleep-bedtime');
    // A late job offered and answered "None of these" still keeps the late-night count (a stated fact).
    const none = await tapped(
      'sleep',
      'Sleep enough with night school',
      'Classes till 9:30pm twice a week, then I get home at 11 and start work at 7.',
    );
    expect(none.keys).toContain('sleep-late-count');
    expect(none.keys).not.toContain('sleep-bedtime');
    // A bedtime goal with no late nights keeps eight hours and the wind-down routine.
    const plain = await tapped('sleep', 'Go to bed before midnight', "I haven't had a regular bedtime in years.");
    expect(plain.keys).toContain('sleep-bedtime');
    expect(plain.keys).toContain('sleep-routine');
    expect(plain.keys).not.toContain('sleep-late-count');
  });

  it('answers a cat that wakes the person at dawn with steps about the cat — not their own alarm or caffeine', async () => {
    const cat = ['sleep-cat-play', 'sleep-cat-breakfast', 'sleep-cat-ignore', 'sleep-cat-door', 'sleep-cat-vet'];
    const ru = await tapped(
      'sleep',
      'кот будит в 5 утра',
      'Орёт и прыгает по мне, а если закрыть дверь — скребётся. Вставать в 7:30, живу одна.',
      'ru',
    );
    expect(ru.keys).toEqual(cat);
    const en = await firstFive('sleep', 'Stop my cat waking me at 5am', 'She yowls at the bedroom door.');
    expect(en.keys).toEqual(cat);
    expect(en.keys).not.toContain('sleep-flip-wake');
    // Early waking with no cat keeps the person's own sleep steps.
    const own = await tapped('sleep', 'Перестать просыпаться в 5 утра', '', 'ru');
    expect(own.keys.some((key) => key.startsWith('sleep-cat-'))).toBe(false);
  });

  it('asks whether a specialist needs a referral before booking this week', async () => {
    const ru = await tapped(
      'checkup',
      'Дойти до ортопеда — болит пятка',
      'Мне 52, весь день на ногах. Полгода утром первые шаги как по гвоздям. Выходной у меня один, в среду.',
      'ru',
      ['Попасть к узкому специалисту'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['chk-spec-referral', 'chk-02']);
    const en = await tapped('checkup', 'See a rheumatologist about my joints this week', '', 'en', [
      'Getting to see a specialist',
    ]);
    expect(en.keys.slice(0, 2)).toEqual(['chk-spec-referral', 'chk-02']);
    // A GP visit this week keeps the booking first.
    const gp = await firstFive('checkup', 'Go to the GP this week about my cough', '');
    expect(gp.keys[0]).toBe('chk-02');
    expect(gp.keys).not.toContain('chk-spec-referral');
  });

  it('gives a goal to tone the arms arm moves — not a gentle walk or a chair-and-wall routine', async () => {
    const en = await tapped('fitness', 'tone up my arms before summer', '', 'en', ['Toning my arms']);
    expect(en.keys).toContain('fit-arms-moves');
    expect(en.keys).toContain('fit-arms-first');
    expect(en.keys).not.toContain('fit-14');
    expect(en.keys).not.toContain('fit-04');
    const ru = await tapped('fitness', 'Подтянуть руки к отпуску', 'Дряблые руки, спортом не занимаюсь', 'ru', [
      'Подтянуть руки',
    ]);
    expect(ru.keys).toContain('fit-arms-first');
    expect(ru.keys).not.toContain('fit-reps-test');
    expect(ru.keys).not.toContain('fit-14');
    // Pull-ups are still `reps`, and "get in shape" keeps the gentle walk.
    const pull = await tapped('fitness', 'Научиться подтягиваться', 'Пока ни одного раза', 'ru', ['Больше']);
    expect(pull.keys).toContain('fit-reps-test');
    expect(pull.keys).not.toContain('fit-arms-moves');
    const shape = await firstFive('fitness', 'Get in shape', 'I sit at a desk all day.');
    expect(shape.keys).toContain('fit-14');
  });

  it('never gives a weight-loss goal a training log or a push-up test, even when a sign read it as active', async () => {
    const ru = await tapped(
      'fitness',
      'Скинуть 8 кг, которые набрала на удалёнке',
      'Третий год работаю из дома, от холодильника до ноутбука пять шагов.',
      'ru',
      ['Сбросить лишний вес'],
    );
    expect(ru.keys).not.toContain('fit-15');
    expect(ru.keys).not.toContain('fit-16');
    expect(ru.keys).toContain('fit-weight-move');
    const en = await tapped('fitness', 'Lose 5 kg', 'I lift three times a week already.', 'en', ['Losing weight']);
    expect(en.keys).not.toContain('fit-15');
    expect(en.keys).not.toContain('fit-16');
    expect(en.keys).toContain('fit-weight-plate');
    // An active lifter with no weight goal keeps the log and the baseline.
    const lifter = await firstFive(
      'fitness',
      'Get stronger at the gym',
      "I already lift three times a week but I've stopped making progress.",
    );
    expect(lifter.keys).toContain('fit-15');
  });

  it('sets up the plank or push-ups the person named — not three stretches instead', async () => {
    const ru = await tapped('habit', 'делать планку каждое утро', '', 'ru', ['Планка']);
    expect(ru.keys).toContain('hab-move-setup');
    expect(ru.keys).toContain('hab-move-first');
    expect(ru.keys).not.toContain('hab-stretch-setup');
    expect(ru.keys).not.toContain('hab-stretch-first');
    const en = await tapped('habit', 'Do 20 squats every day', '', 'en', ['A plank']);
    expect(en.keys).toContain('hab-move-setup');
    expect(en.keys).not.toContain('hab-stretch-setup');
    // Stretching keeps its three stretches.
    const stretch = await tapped('habit', 'Stretch every evening', '', 'en', ['Stretching']);
    expect(stretch.keys).toContain('hab-stretch-setup');
    expect(stretch.keys).not.toContain('hab-move-setup');
  });

  it('lengthens the dog walk someone already does — never a first 5-minute walk', async () => {
    const ru = await talk(
      null,
      'Гулять с собакой по часу, а не пять минут у подъезда',
      'Спаниелю два года, дома грызёт всё подряд. Кинолог сказал, что ему не хватает прогулок. Утром сил нет, вечером лень.',
      'ru',
      tapping(['Новая привычка', 'Ежедневные прогулки']),
    );
    expect(ru.keys.map((key) => key.split(':')[0])).toContain('hab-dog-longer');
    expect(ru.keys.some((key) => key.startsWith('hab-walk-first'))).toBe(false);
    const en = await tapped(
      'habit',
      'Walk the dog properly every day',
      'He only gets ten minutes round the block.',
      'en',
      ['Daily walks'],
    );
    expect(en.keys.map((key) => key.split(':')[0])).toContain('hab-dog-longer');
    expect(en.keys.some((key) => key.startsWith('hab-walk-first'))).toBe(false);
    // A walking habit with no dog keeps the first short walk.
    const walk = await tapped('habit', 'Walk every day', '', 'en', ['Daily walks']);
    expect(walk.keys).toContain('hab-walk-first');
    expect(walk.keys.some((key) => key.startsWith('hab-dog-'))).toBe(false);
  });
});
