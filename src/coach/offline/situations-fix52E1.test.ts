import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-first blind read (fix52E1: sleep, habit, fitness)', () => {
  it('gives waking in the heat of a power cut the fan and the cool cloth, not the early riser’s warm room; early waking alone keeps them', async () => {
    const en = await tap(
      'sleep',
      'sleep through the night during the summer blackouts',
      "I'm 24. When the electricity goes at night the fan stops, I wake up drenched in sweat and can't get back to sleep till morning.",
      'en',
      [],
    );
    expect(en.keys).toContain('sleep-power-charge');
    expect(en.keys).not.toContain('sleep-early-up');
    expect(en.texts.join(' ')).not.toMatch(/warm room/i);
    const ru = await tap(
      'sleep',
      'высыпаться, когда летом отключают свет',
      'Мне 20. Ночью отключают свет, вентилятор останавливается, просыпаюсь весь мокрый и больше не могу уснуть до утра.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('sleep-power-charge');
    expect(ru.keys).not.toContain('sleep-early-up');
    const near = await tap(
      'sleep',
      'stop waking too early',
      "I'm 72 and retired. I wake at 4 every morning and can't get back to sleep, so I lie there till dawn.",
      'en',
      [],
    );
    expect(near.keys).toContain('sleep-early-up');
  });

  it('reads school as today’s place ("covered in school bags", «дети в школе») as no comeback: a new habit gets no restart at half', async () => {
    const en = await tap(
      'habit',
      'clear the dining table every evening',
      'Each morning the table is covered in school bags and last night’s plates, and the kids are at school by 8. I want to make a nightly reset automatic.',
      'en',
      [],
    );
    expect(en.keys).not.toContain('hab-03');
    expect(en.texts.join(' ')).not.toMatch(/what you used to do|last time/i);
    const ru = await tap(
      'habit',
      'каждый вечер разбирать кухонный стол',
      'Утром стол завален тетрадками и посудой, а дети в школе уже к восьми. Хочу, чтобы вечерняя уборка стала привычкой.',
      'ru',
      [],
    );
    expect(ru.keys).not.toContain('hab-03');
    const near = await tap(
      'habit',
      'keep a journal every night again',
      'I used to write in a diary every night in school, then stopped when I started work.',
      'en',
      [],
    );
    expect(near.keys).toContain('hab-03');
  });

  it('gives a once-a-week habit no daily reminder after an anchor; a daily habit keeps it', async () => {
    const en = await tap(
      'habit',
      'batch cook lunches every Sunday',
      "I'm 28 and keep buying lunch at work. I want to spend Sunday afternoon cooking boxes for the week and keep it up for two months.",
      'en',
      ['Something I do once a week'],
    );
    expect(en.keys).toContain('hab-week-slot');
    expect(en.keys).not.toContain('hab-09');
    const ru = await tap(
      'habit',
      'по субботам готовить еду на всю неделю',
      'Мне 26, каждый день заказываю доставку. Хочу раз в неделю, по субботам, готовить контейнеры и продержаться хотя бы месяц.',
      'ru',
      ['Привычка раз в неделю'],
    );
    expect(ru.keys).toContain('hab-week-slot');
    expect(ru.keys).not.toContain('hab-09');
  });

  it('sends work going round at night to no bank or debt adviser; money worries keep that step', async () => {
    const ru = await tap(
      'sleep',
      'не просыпаться среди ночи из-за работы',
      'Мне 50, я главный бухгалтер. Засыпаю легко, но в три ночи просыпаюсь и прокручиваю работу: сроки, проверки, сотрудников.',
      'ru',
      [],
    );
    expect(ru.keys).not.toContain('sleep-3am-help');
    expect(ru.texts.join(' ')).not.toMatch(/кредитор|по долгам/i);
    const en = await tap(
      'sleep',
      'stop lying awake at 4am',
      "I'm 44, a head nurse. I wake at 4 with work going round and round in my head — rotas, audits, my team — until the alarm.",
      'en',
      [],
    );
    expect(en.keys).not.toContain('sleep-3am-help');
    expect(en.texts.join(' ')).not.toMatch(/lender|debt adviser/i);
    const near = await tap(
      'sleep',
      'перестать просыпаться в 4 утра',
      'Мне 47. Просыпаюсь в четыре и до утра прокручиваю в голове кредит и долги по ипотеке.',
      'ru',
      [],
    );
    expect(near.keys).toContain('sleep-3am-help');
  });

  it('marks a stiff back’s progress by the back, not a split or toes; a splits goal keeps its mark', async () => {
    const en = await tap(
      'fitness',
      'yoga for a stiff back, I sit at a desk 9 hours a day',
      "I'm 40, an accountant working from the kitchen table. My lower back is stiff every morning; my physio says it's posture, nothing serious.",
      'en',
      ['Exercise with back pain'],
    );
    expect(en.keys).toContain('fit-back-mark');
    expect(en.texts.join(' ')).not.toMatch(/split/i);
    const ru = await tap(
      'fitness',
      'йога для спины, сижу за столом по 9 часов',
      'Мне 35, работаю из дома за кухонным столом. Поясница по утрам деревянная, врач сказал — осанка, ничего серьёзного.',
      'ru',
      ['Тренировки при болях в спине'],
    );
    expect(ru.keys).toContain('fit-back-mark');
    expect(ru.texts.join(' ')).not.toMatch(/шпагат/i);
    const near = await tap(
      'fitness',
      'learn the front splits with daily stretching',
      "I'm 27, healthy, and I've never been flexible. I want to do the splits by summer.",
      'en',
      ['Starting yoga or stretching'],
    );
    expect(near.keys).toContain('fit-flex-mark');
    expect(near.keys).not.toContain('fit-back-mark');
  });
});
