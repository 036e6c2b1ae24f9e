import { expect, it } from 'vitest';
import { talkWith, tapping } from '../../../../test/factories/converse.js';
import { coach, pack, talk, tap, walk } from '../../../../test/factories/offline-cases.js';
import type { PathStep } from '../../../content/coach-pack.schema.js';
import { pressingFirst, problemSentences } from '../understand.js';

// The generic path, for a goal no kind fits.
const step = (key: string, topics?: string[]) => ({ key, topics }) as unknown as PathStep;

/** Wordings that tell the person to carry things out of a space themselves. */
const CARRY_OUT =
  /take everything out of the (?:shed|garage|loft|room)|take out everything|carry (?:those|the|both)\b[^.;]*?\b(?:out|to the bins|down)\b|take the '?(?:throw out'? )?bags|take the bags away|вынеси (?:всё|все|пакет|то)|отнеси пакет|снеси пакет|вынести и разобрать/i;

const elsewhere = (title: string, description: string, locale: 'en' | 'ru') =>
  talkWith(coach)(null, title, description, locale, tapping([locale === 'en' ? 'Something else' : 'Другое']));

it('reads a problem sentence and moves a situation named in it to the front, behind a leading safety check', () => {
  expect(
    problemSentences(['Learn to draw', 'Landscapes are fine. The problem is that faces come out lopsided.']),
  ).toMatch(/faces/);
  expect(problemSentences(['Научиться рисовать', 'Пейзажи получаются. А вот лица не получается нарисовать.'])).toMatch(
    /лица/,
  );
  expect(problemSentences(['Learn to draw', 'I like landscapes and I have a sketchbook.'])).toBe('');
  const path = [step('gate'), step('general'), step('faces-1', ['portrait']), step('faces-2', ['portrait'])];
  const isGate = (item: PathStep) => item.key === 'gate';
  expect(pressingFirst(path, ['portrait'], isGate).map((item) => item.key)).toEqual([
    'gate',
    'faces-1',
    'faces-2',
    'general',
  ]);
  expect(pressingFirst(path, [], isGate)).toBe(path);
});

it('names no club, organiser or employer in the generic "find out what it takes" step', () => {
  const find = pack.generic.steps.find((item) => item.key === 'gen-act-find')!;
  expect(find.text.en).not.toMatch(/club|organiser|employer/i);
  expect(find.text.ru).not.toMatch(/клуб|организатор|работодател/);
});

it('gives a feeling of being behind the gentle start, not an official page with rules and costs', async () => {
  const en = await walk(
    'generic',
    "Stop feeling like I'm behind everyone my age",
    "I'm 31, renting, single, and every wedding or house photo on my feed makes it worse. I can't even say what exactly I'm behind on.",
  );
  expect(en.keys[0]).toBe('gen-01');
  expect(en.keys.some((key) => key.startsWith('gen-act-'))).toBe(false);
  expect(en.text).not.toMatch(/official page|rules, costs or dates/);
  const ru = await walk(
    'generic',
    'Перестать чувствовать, что отстаю от всех',
    'Мне 34, живу с родителями, и каждая новость о чьей-то свадьбе или ипотеке добивает. Не могу даже сказать, в чём именно отстаю.',
    'ru',
  );
  expect(ru.keys.some((key) => key.startsWith('gen-act-'))).toBe(false);
  expect(ru.text).not.toMatch(/официальной странице/);
});

it('names the official page in the generic acting path only when rules or fees are involved', async () => {
  const other = (title: string, description: string, locale: 'en' | 'ru', elsewhere: string) =>
    talkWith(coach)(null, title, description, locale, tapping([elsewhere]));
  // A specific, checkable goal that fits no kind ("Have more fun" alone reads as vague and keeps the gentle start).
  const en = await other(
    'Go to one live concert every month',
    "I'm 38 and somewhere along the way I got really boring.",
    'en',
    'Something else',
  );
  expect(en.keys).toContain('gen-act-find');
  expect(en.text).not.toMatch(/any rules, costs or dates that apply/);
  expect(en.text).toMatch(/someone who already does it/);
  const ru = await other(
    'Каждый месяц ходить на один концерт',
    'Мне 38, и где-то по дороге я стала совсем скучной.',
    'ru',
    'Другое',
  );
  expect(ru.keys).toContain('gen-act-find');
  expect(ru.text).not.toMatch(/правила, расходы или сроки/);
});

it('shows no home step that says to carry things out to anyone who named `no_carry` (by construction)', () => {
  const home = pack.types.find((kind) => kind.id === 'home')!;
  const offenders = home.steps
    .filter((step) => !step.exceptTopics?.includes('no_carry'))
    .filter((step) =>
      [step.text, step.smaller, step.concrete, step.smallerConcrete]
        .flatMap((wording) => (wording ? [wording.en, wording.ru] : []))
        .some((text) => CARRY_OUT.test(text)),
    )
    .filter((step) => !(step.alsoTopics ?? []).includes('no_carry'))
    .map((step) => step.key);
  expect(offenders).toEqual([]);
});

it('no longer files a first piece that does not exist yet', async () => {
  const { types } = pack;
  const step = types.find((kind) => kind.id === 'creative')!.steps.find((candidate) => candidate.key === 'cre-03')!;
  expect(step.text.en).not.toMatch(/today's first piece/);
  expect(step.text.ru).not.toMatch(/сегодняшнюю первую работу/);
});

it('gives a vague goal with a date one area and a plan, and someone unsure what they want things to try', async () => {
  const other = tapping(['Something else', 'Другое']);
  const en = await talk(
    null,
    'get my life together before the baby is born',
    'Due in June. No job, no savings, nothing ready.',
    'en',
    other,
  );
  expect(en.keys[0]).toBe('gen-02');
  expect(en.keys).not.toContain('gen-01');
  expect(en.keys).not.toContain('gen-25');
  const ru = await talk(
    null,
    'Навести порядок в жизни до рождения ребёнка',
    'Рожать в апреле, а у меня ни работы, ни денег, ни плана.',
    'ru',
    other,
  );
  expect(ru.keys[0]).toBe('gen-02');
  expect(ru.keys).not.toContain('gen-01');
  // With no date, a vague goal keeps the gentle start.
  const near = await talk(null, 'get out of this rut', '', 'en', other);
  expect(near.keys[0]).toBe('gen-01');
  // Not knowing yet what one wants: no checkable "done" asked for; the steps start from what she wrote.
  const unsure = await talk(
    null,
    'Чтобы дни не были такими одинаковыми',
    'Мне 69, переехали к дочери в другой город. Магазин, телевизор, звонки внукам — и так каждый день. Чего хочу, сама не знаю.',
    'ru',
    other,
  );
  expect(unsure.keys[0]).toBe('gen-own-outcome');
  expect(unsure.texts[0]).toContain('Мне 69, переехали к дочери в другой город');
  expect(unsure.keys).not.toContain('gen-act-done-open');
});

it('hears "used to come out and see to it" as a visit, not a result that comes out wrong', () => {
  expect(problemSentences(['The man who used to come out and see to it has retired.'])).toBe('');
  expect(problemSentences(['Someone from the council comes out to fix it once a year.'])).toBe('');
  expect(problemSentences(['My rice always comes out mushy.'])).not.toBe('');
});

it('mentions no "things to try" in the acting path after a dated "done", and reads a past give-up as no date', async () => {
  const dated = await elsewhere(
    'choose what to study next year',
    'Applications close in September and I honestly have no idea what I am good at.',
    'en',
  );
  expect(dated.keys).toContain('gen-act-find-set');
  expect(dated.keys).not.toContain('gen-act-find');
  const gaveUp = await elsewhere(
    'найти полчаса в день на себя',
    'Трое детей и работа, вечером срываюсь. Пробовала вести ежедневник, забросила через две недели.',
    'ru',
  );
  expect(gaveUp.keys.slice(0, 3)).toEqual(['gen-own-outcome', 'gen-own-obstacle', 'gen-own-action']);
  expect(gaveUp.keys).toContain('gen-act-find');
  const near = await elsewhere(
    'разобрать все долги по бумагам',
    'Через две недели проверка, хочу успеть всё разложить по папкам.',
    'ru',
  );
  expect(near.keys).not.toContain('gen-act-done-open');
});

it('gives a goal about deciding alone its own steps, never "ask someone you trust"', async () => {
  const ru = await tap(
    'generic',
    'перестать советоваться со всеми по каждой мелочи',
    'Даже продукты не могу выбрать, пока не напишу сестре. Хочу доверять своему мнению.',
    'ru',
  );
  expect(ru.keys.filter((key) => key.startsWith('hab-dec-')).length).toBeGreaterThanOrEqual(4);
  expect(ru.keys).not.toContain('gen-05');
  const en = await tap(
    'generic',
    'trust my own judgement',
    'I text three friends before buying anything and my boss says I check everything with her.',
    'en',
  );
  expect(en.keys.filter((key) => key.startsWith('hab-dec-')).length).toBeGreaterThanOrEqual(4);
  expect(en.texts.join(' ')).not.toMatch(/ask one person you trust/i);
  // A vague goal about life: the generic path stays.
  const near = await tap('generic', 'стать лучше', 'Хочу что-то изменить.', 'ru');
  expect(near.keys.some((key) => key.startsWith('hab-dec-'))).toBe(false);
});

it('names the thing to remove in the generic obstacle step', async () => {
  const en = await tap('generic', 'feel less stuck', 'Small town, same job, nothing changes.', 'en', [
    'Something else',
  ]);
  const ru = await tap('generic', 'перестать топтаться на месте', 'Маленький город, одна и та же работа.', 'ru', [
    'Другое',
  ]);
  expect(en.text).not.toMatch(/whatever is in the way/);
  expect(ru.text).not.toMatch(/то, что мешает\./);
});

it('claims a goal of doing things for the first time from the generic path, not the risky-skill teacher for a parachute named as a maybe', async () => {
  const ru = await tap(
    'generic',
    'сделать что-то впервые в жизни до юбилея',
    'Мне 59, всю жизнь по расписанию. Может, полететь на воздушном шаре, может, прыгнуть с парашютом, может, пойти на танцы.',
    'ru',
    ['Делать что-то впервые', 'Другое'],
  );
  expect(ru.keys).toContain('hab-firsts-list');
  expect(ru.keys).not.toContain('skill-risky-teacher');
  const en = await tap(
    'generic',
    'do something wild before I turn 40',
    "I've played it safe forever. Maybe skydiving, maybe a solo trip, maybe a tattoo — I don't know yet.",
    'en',
    ['Doing things for the first', 'Something else'],
  );
  expect(en.keys).toContain('hab-firsts-list');
  expect(en.keys).toContain('hab-firsts-big');
  const near = await tap('generic', 'learn to skydive', 'I want my own licence for solo jumps.', 'en', [
    'Something else',
  ]);
  expect(near.keys).not.toContain('hab-firsts-list');
});
