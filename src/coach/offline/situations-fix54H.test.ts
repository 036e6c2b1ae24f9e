import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-third blind read, helper fix54H: grief', () => {
  it('reads a friend from work and her empty desk as a colleague lost, with no meals or lifts; a friend from school is no colleague', async () => {
    const en = await tap(
      'grief',
      "can't face the office since Sam died",
      "Sam was my best friend at work; we sat side by side for six years. He died suddenly last month and his desk is still exactly as he left it. I'm not family, so I feel I have no right to grieve this much.",
      'en',
      ['Losing a colleague'],
    );
    expect(en.keys).toContain('grief-coll-desk');
    expect(en.keys).toContain('grief-nu-place');
    expect(en.keys).not.toContain('grief-08');
    const ru = await tap(
      'grief',
      'как ходить на работу после смерти Оли',
      'Оля была моей подругой по работе, восемь лет сидели рядом. Её не стало полтора месяца назад, а я до сих пор не могу пройти мимо её стола. Я ведь не родственница, но мне очень плохо.',
      'ru',
      ['Смерть коллеги'],
    );
    expect(ru.keys).toContain('grief-coll-desk');
    expect(ru.keys).toContain('grief-nu-place');
    expect(ru.texts.join(' ')).not.toMatch(/когда похороны/);
    const near = await tap(
      'grief',
      'пережить смерть школьной подруги',
      'Мы дружили с первого класса, она умерла весной. Вечерами особенно тяжело.',
      'ru',
      [],
    );
    expect(near.keys).not.toContain('grief-coll-desk');
  });

  it('gives the jobs the one who died did — a harvest, a cow and firewood — a list, a job handed on and machinery rules; a city loss gets none', async () => {
    const en = await tap(
      'grief',
      'first harvest on the farm without my dad',
      "Dad and I ran the farm together for twenty years until his stroke in March. Now I'm on the tractor alone with a contractor, I barely sleep and my partner worries about me on the machinery.",
      'en',
      [],
    );
    expect(en.keys[0]).toBe('grief-jobs-machine');
    expect(en.keys).toContain('grief-jobs-list');
    expect(en.keys).toContain('grief-jobs-help');
    expect(en.keys).not.toContain('grief-03');
    const ru = await tap(
      'grief',
      'как одной справиться с хозяйством после смерти мужа',
      'Мне 68, живу в деревне. Муж умер зимой, а коровы, огород и дрова — всё держалось на нём. Дочь зовёт к себе в город, но я хочу остаться дома.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('grief-jobs-list');
    expect(ru.keys).toContain('grief-jobs-decide');
    expect(ru.keys).not.toContain('grief-jobs-machine');
    expect(ru.keys).not.toContain('grief-03');
    const near = await tap(
      'grief',
      'пережить смерть мамы',
      'Мама умерла три месяца назад, живу в городе, работаю. По вечерам очень тяжело.',
      'ru',
      [],
    );
    expect(near.keys.filter((key) => key.startsWith('grief-jobs'))).toEqual([]);
  });
});

describe('the fifty-third blind read, helper fix54H: sleep', () => {
  it('reads work going round at 4 am in other words as work, not an older sleeper’s clock; a retiree keeps the afternoon light', async () => {
    const ru = await tap(
      'sleep',
      'не просыпаться в пять и не прокручивать работу',
      'Мне 38, я финансист. Каждую ночь просыпаюсь в пять и думаю про отчёты и дедлайны, больше не засыпаю.',
      'ru',
      [],
    );
    expect(ru.keys[0]).toBe('sleep-early-work-list');
    expect(ru.keys).toContain('sleep-early-work-off');
    expect(ru.keys).not.toContain('sleep-early-light');
    expect(ru.keys).not.toContain('sleep-early-bed');
    const en = await tap(
      'sleep',
      'stop waking at 4 with deadlines going round',
      "I'm 36 and manage a small team. I keep waking at 4 thinking about reports and can't get back to sleep.",
      'en',
      [],
    );
    expect(en.keys).toContain('sleep-early-work-off');
    expect(en.keys).not.toContain('sleep-early-light');
    const near = await tap(
      'sleep',
      'перестать просыпаться в четыре утра',
      'Мне 72, я на пенсии, ложусь в девять и просыпаюсь в четыре, потом лежу до рассвета.',
      'ru',
      [],
    );
    expect(near.keys).toContain('sleep-early-light');
    expect(near.keys).not.toContain('sleep-early-work-off');
  });

  it('gives 24-hour shifts one recovery day, not the last-night turn as well, and reads «тишины не бывает» as no quiet; a run of nights keeps the turn', async () => {
    const ru = await tap(
      'sleep',
      'выспаться после суточных дежурств',
      'Я фельдшер на скорой, работаю сутки через трое. После суток сплю днём пару часов, потом ночью не могу уснуть. Дома дети, тишины днём не бывает.',
      'ru',
      ['Работа в ночные'],
    );
    expect(ru.keys).toContain('sleep-24h-recover');
    expect(ru.keys).not.toContain('sleep-shift-turn');
    expect(ru.keys).not.toContain('sleep-quiet-sound');
    const en = await tap(
      'sleep',
      'sleep properly after my 24-hour shifts',
      'I work 24-hour shifts as a firefighter. After a 24 I sleep a couple of hours in the day and then lie awake all night.',
      'en',
      ['Night'],
    );
    expect(en.keys).toContain('sleep-24h-recover');
    expect(en.keys).not.toContain('sleep-shift-turn');
    const near = await tap(
      'sleep',
      'get my days off back after night shifts',
      'I do four night shifts in a row. After nights I sleep all day and then lie awake till 4 on my first day off.',
      'en',
      ['Night'],
    );
    expect(near.keys).toContain('sleep-shift-turn');
  });
});

describe('the fifty-third blind read, helper fix54H: recovery', () => {
  it('gives an ex blocking contact with nothing set a regular arrangement proposed and how to have it set; an order in place keeps the make-up call', async () => {
    const ru = await tap(
      'recovery',
      'бывший не даёт мне видеться с дочкой',
      'После развода бывший муж забрал дочь (ей 7) к себе в другой город и не даёт нам общаться: на звонки не отвечает. Суд порядок общения не определял, не знаю, нужен ли юрист.',
      'ru',
      ['Второй родитель'],
    );
    expect(ru.keys).toContain('rec-canc-regular');
    expect(ru.keys).toContain('rec-canc-set');
    expect(ru.keys).not.toContain('rec-canc-propose');
    const en = await tap(
      'recovery',
      "my ex won't let me see my son",
      "Since we split she won't let me see our 5-year-old and blocks the calls. There's no court order, nothing in writing, and I don't know where to start.",
      'en',
      ['An ex cancels'],
    );
    expect(en.keys).toContain('rec-canc-regular');
    expect(en.keys).toContain('rec-canc-set');
    expect(en.keys).not.toContain('rec-canc-propose');
    const near = await tap(
      'recovery',
      'my ex keeps cancelling my video calls',
      'The court ordered video calls every Tuesday and Friday, but my ex keeps cancelling them last minute.',
      'en',
      ['An ex cancels'],
    );
    expect(near.keys).toContain('rec-canc-propose');
    expect(near.keys).not.toContain('rec-canc-regular');
  });

  it('reads a court date as a hearing set, so no mediation questions; a mediation named keeps them', async () => {
    const en = await tap(
      'recovery',
      'be part of my son’s life again after his mum moved across the country',
      "Since the split she moved 2,000 km away with our 6-year-old son and often cancels our video calls. We have a court date in June about parenting time. I can't really afford a lawyer.",
      'en',
      ['Contact stopped'],
    );
    expect(en.keys).not.toContain('rec-22');
    const near = await tap(
      'recovery',
      'be part of my son’s life again after his mum moved across the country',
      "Since the split she moved 2,000 km away with our 6-year-old son and often cancels our video calls. We have a mediation session in June about parenting time. I can't really afford a lawyer.",
      'en',
      ['Contact stopped'],
    );
    expect(near.keys).toContain('rec-22');
  });
});
