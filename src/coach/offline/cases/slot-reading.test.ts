import { describe, expect, it } from 'vitest';
import { aCoachContext } from '../../../../test/factories/coach-context.js';
import { holdings, pack, slots } from '../../../../test/factories/offline-cases.js';
import type { GoalClassifier } from '../goal-classifier.js';
import { createSlotReader } from '../slots.js';
import { createReader } from '../understand.js';

// What the offline coach reads from the goal text: deadlines, windows of time, a level said in words, what the person
// has.
/** A classifier that offers career, skill and exam, with nothing clearly ahead after "Something else". */
const unsure: GoalClassifier = {
  model: undefined as never,
  classify: () => ({
    kind: 'career',
    confidence: 0.3,
    sure: false,
    ranked: [
      { label: 'career', p: 0.3 },
      { label: 'skill', p: 0.25 },
      { label: 'exam', p: 0.2 },
      { label: 'generic', p: 0.25 },
    ],
  }),
};

/** The generic path and its rendered texts for a goal placed under "Something else". */
const somethingElse = (title: string, description: string, locale: 'en' | 'ru' = 'en') => {
  const understood = createReader(pack, unsure, slots, holdings).understand(
    aCoachContext({
      goal: { id: 'g', title, description, goalType: null },
      clarifications: [{ question: 'Which is closest?', answer: pack.generic.other[locale] }],
      locale,
      mayAsk: false,
    }),
  );
  const first = understood.path[0]!;
  const five = understood.path.slice(0, 5);
  return {
    key: first.key,
    text: understood.fill(first.text[locale]),
    keys: five.map((step) => step.key),
  };
};

/** A classifier that reads every goal as vague (`generic` above every kind), as it does "figure out what I want". */
const readsVague: GoalClassifier = {
  model: undefined as never,
  classify: () => ({
    kind: 'generic',
    confidence: 0.2,
    sure: false,
    ranked: [
      { label: 'generic', p: 0.2 },
      { label: 'career', p: 0.1 },
      { label: 'habit', p: 0.08 },
      { label: 'social', p: 0.07 },
    ],
  }),
};

it('reads a target distance and a level from what was said, not from what the person does now', () => {
  expect(slots.read('Пробежать Деминский марафон на 50 км', []).distance?.ru).toBe('50 км');
  expect(slots.read('Run my first marathon', ['My longest run so far is 30 km.']).distance?.en).toBe('42.2 km');
  expect(slots.read('Run my first marathon', ['My longest run so far is 30 km.']).level).toBe('active');
  expect(slots.read('Get faster', ['I can run 5 km now and want to run 10 km in under an hour.']).distance?.en).toBe(
    '10 km',
  );
  expect(slots.read('Ski the Vasaloppet', ['My longest tour is 40 km.']).distance).toBeUndefined();
  expect(slots.read('Learn the piano', ["I'm 40 and have always wanted to, but I already work late."]).level).toBe(
    'beginner',
  );
  expect(slots.read('Выучить корейский', ['Хочу хотя бы базовый уровень']).level).toBeUndefined();
  expect(slots.read('Дочитать «Войну и мир»', []).values.relation).toBeUndefined();
});

describe('"Something else" on a concrete goal claims no deadline nobody gave', () => {
  // A described goal placed outside the kinds starts from what the person wrote (`gen-own-…`, quoting it), not the
  // general "what done looks like"; no step asks for a date they never gave.
  it('asks for no date for SQL and for short-term letting', () => {
    const sql = somethingElse(
      'get decent at SQL',
      "I'm a marketing analyst and I have to ask the data team for every number. I know SELECT * and that's about it.",
    );
    expect(sql.key).toBe('gen-own-outcome');
    expect(sql.text).toContain('I know SELECT *');
    expect(sql.text).not.toMatch(/date|deadline|by when/i);
    expect(sql.keys).not.toContain('gen-act-done');
    const flat = somethingElse(
      'Сдавать бабушкину квартиру посуточно',
      'Однушка в центре, ремонт уже сделали, мебель купили. Не понимаю, где размещать объявление и что с налогами.',
      'ru',
    );
    expect(flat.key).toBe('gen-own-outcome');
    expect(flat.text).not.toMatch(/дат|срок/);
    expect(flat.keys).not.toContain('gen-act-done');
  });

  it('keeps the date when the goal gives one, in both languages', () => {
    for (const [title, description, locale] of [
      ['Make the 2nd XI', 'Selection nets start in April and I only get Tuesdays.', 'en'],
      ['Заменить права', 'Права истекают в марте, медкомиссию ещё не проходил.', 'ru'],
      ['Finish the quilt', 'I have to hand it over in 3 weeks.', 'en'],
    ] as const) {
      const read = somethingElse(title, description, locale);
      expect(read.key).toBe('gen-own-outcome');
      expect(read.keys).toContain('gen-act-done');
      expect(read.keys).not.toContain('gen-act-done-open');
    }
  });

  it('reads a deadline from a span, a month or a date word, and none from "someday" or the past', () => {
    expect(slots.read('Launch the shop', ['by March, the deadline is fixed']).deadline).toBe(true);
    expect(slots.read('Сдать отчёт', ['сдать к маю']).deadline).toBe(true);
    expect(slots.read('Play Clair de Lune', ['The wedding is next June']).deadline).toBe(true);
    expect(slots.read('Пробежать 5 км', ['Хочу осенью пробежать забег']).deadline).toBe(true);
    // A season or the year's end ahead, as "by next summer" is.
    expect(slots.read('Погасить кредитку', ['Хочу закрыть её к следующему лету.']).deadline).toBe(true);
    expect(slots.read('Переехать в деревню', ['Хотим перебраться до зимы.']).deadline).toBe(true);
    expect(slots.read('Дописать диплом', ['Сдать нужно до конца года.']).deadline).toBe(true);
    expect(slots.read('Научиться плавать', ['Сыну до года ещё далеко, а мне пора.']).deadline).toBe(false);
    expect(slots.read('Get my daughter back', ["I've seen her twice since May"]).deadline).toBe(false);
    expect(slots.read('Learn SQL', ['someday, maybe']).deadline).toBe(false);
    expect(slots.read('Научиться SQL', ['когда-нибудь хочу']).deadline).toBe(false);
  });
});

it('reads months in, a part already playable and a nightly page count as already doing it', () => {
  expect(
    slots.read('Learn the cello', ['Started lessons three months ago and I can play a simple minuet.']).level,
  ).toBe('active');
  expect(slots.read('Read more', ['I read about 40 pages a day on the train.']).level).toBe('active');
  expect(slots.read('Learn the cello', ['I want to be able to play a minuet.']).level).not.toBe('active');
});

it('reads "after ten minutes I give up" as a moment, not the time the person has', () => {
  expect(slots.read('Watch films in English', ['I give up after ten minutes.']).minutes).toBeUndefined();
  expect(slots.read('Смотреть фильмы на английском', ['Через десять минут сдаюсь.']).minutes).toBeUndefined();
  expect(slots.read('Read more', ['I only have 20 minutes a day.']).minutes).toBe(20);
});

it('reads a five-minute set or speech as its length, not as five minutes a day', () => {
  expect(slots.read('Write a five-minute set for a comedy open mic', []).minutes).toBeUndefined();
  expect(slots.read('Prepare a 5-minute speech', []).minutes).toBeUndefined();
  expect(slots.read('Подготовить выступление', ['10 минут выступления на конференции']).minutes).toBeUndefined();
  expect(slots.read('Write more', ['I have 20 minutes a day.']).minutes).toBe(20);
});

it('reads the level stated in plain words', () => {
  const level = (title: string, description: string) => slots.read(title, [description]).level;
  expect(level('Sew a dress', "I can sew cushions but I've never followed a pattern.")).toBe('returning');
  expect(level('Научиться играть на варгане', 'Пока получается только жужжание, занимаюсь по вечерам.')).toBe(
    'beginner',
  );
  expect(
    level(
      'Break four hours at the marathon',
      'I ran 4:22 two years ago and started running again in September. I can do 15 miles comfortably now.',
    ),
  ).toBe('active');
  expect(level('Learn the harmonica', 'I can just about play Oh Susanna.')).toBe('active');
  expect(level('Пробежать полумарафон', 'Сейчас спокойно пробегаю 15 км, раньше бегала в институте.')).toBe('active');
  // Control: a health sign still means a gentle start.
  expect(level('Run a 10k', 'I can run 5 km now but I am overweight and get out of breath.')).toBe('beginner');
});

it('reads two windows said together, and a day that names a market as no window', () => {
  const window = (title: string, description: string) => slots.read(title, [description]).values.window?.id;
  expect(window('Pass the Series 7 exam', "It's evenings and Saturday mornings only.")).toBe('eve_weekend');
  expect(window('Сдать экзамен', 'Готовиться могу только по вечерам и в выходные.')).toBe('eve_weekend');
  expect(window('Busk at the Saturday market', 'I can play a few tunes.')).toBeUndefined();
  expect(window('Learn Spanish', 'Only Saturday mornings are free.')).toBe('saturday');
});

it('reads «срочно» as a deadline in days, but not «срочные расходы»', () => {
  const reader = createSlotReader(pack.slots);
  expect(reader.read('Накопить на срочные расходы', ['Хочу подушку на три месяца.']).horizon).not.toBe('days');
  expect(reader.read('Отложить на срочное лечение зубов', []).horizon).not.toBe('days');
  expect(reader.read('Срочно навести порядок в квартире', ['Приезжают гости.']).horizon).toBe('days');
  expect(reader.read('Fix the boiler urgently', []).horizon).toBe('days');
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

it('reads an injury said without the word (an Achilles that flares up) as a gentle start', () => {
  expect(
    slots.read('Run a faster half marathon', ['I run five times a week but my Achilles flares up on long runs.']).level,
  ).toBe('beginner');
  expect(
    slots.read('Пробежать 10 км быстрее', ['Бегаю четыре раза в неделю, но ахилл после длинных пробежек болит.']).level,
  ).toBe('beginner');
  // A runner with no injury stays active.
  expect(slots.read('Run a faster half marathon', ['I run five times a week.']).level).toBe('active');
});

it('reads after school and «вечером» as an evening window', () => {
  expect(slots.read('Learn to code', ['I can only do it after school.']).values.window?.id).toBe('evenings');
  expect(
    slots.read('Научиться программировать', ['Заниматься могу только вечером.'], undefined).values.window?.id,
  ).toBe('evenings');
  expect(slots.read('Подтянуть математику', ['Заниматься могу после уроков.']).values.window?.id).toBe('evenings');
  expect(
    slots.read('Подтянуть математику', ['После уроков хожу на тренировки, заниматься могу в выходные.']).values.window
      ?.id,
  ).toBe('weekends');
  // A weekend stays a weekend.
  expect(slots.read('Learn to code', ['I have time at weekends.']).values.window?.id).toBe('weekends');
});

it('reads «уже не» (no longer) and «опыта ноль» as no sign of doing it now', () => {
  expect(slots.read('научиться вязать', ['Мама сама уже не может вязать, а опыта у меня ноль.']).level).toBe(
    'beginner',
  );
  expect(slots.read('научиться вязать', ['Бабушка уже не видит спицы.']).level).not.toBe('active');
  // Near miss: «уже не первый год» is still doing it now.
  expect(slots.read('научиться вязать жаккард', ['Вяжу уже не первый год, хочу сложные узоры.']).level).toBe('active');
});

it('keeps the gentle start for a goal the classifier reads as vague, however long its description', () => {
  const understood = createReader(pack, readsVague, slots, holdings).understand(
    aCoachContext({
      goal: {
        id: 'g',
        title: 'work out what I want from life',
        description: "I'm 38, good job, nice home, and none of it feels like mine any more.",
        goalType: null,
      },
      clarifications: [{ question: 'Which is closest?', answer: pack.generic.other.en }],
      mayAsk: false,
    }),
  );
  expect(understood.path.some((item) => item.key.startsWith('gen-act-'))).toBe(false);
});
