import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale, User } from '../../src/core/goals/model.js';
import { sharedContent } from '../factories/app-content.js';
import { type ApiHarness, startApi } from './api-harness.js';

const { pack } = sharedContent();

interface Asked {
  kind: string;
  title: string;
  text: string;
  choices: string[];
}

/** Goals whose question is known: a kind that needs a slot the title leaves out, and a title between kinds. */
const NAMED: Array<{ title: string; locale: Locale; choices: readonly string[] }> = [
  {
    title: 'Learn a new language',
    locale: 'en',
    choices: pack.types.find((k) => k.id === 'language')!.clarifyChoices!.en,
  },
  {
    title: 'Выучить иностранный язык',
    locale: 'ru',
    choices: pack.types.find((k) => k.id === 'language')!.clarifyChoices!.ru,
  },
  {
    title: 'Learn to play an instrument',
    locale: 'en',
    choices: pack.types.find((k) => k.id === 'instrument')!.clarifyChoices!.en,
  },
  {
    title: 'Научиться играть на музыкальном инструменте',
    locale: 'ru',
    choices: pack.types.find((k) => k.id === 'instrument')!.clarifyChoices!.ru,
  },
];

describe('the coach’s question over the API: its choices as a list, never as bullets in the text', () => {
  let harness: ApiHarness;
  let telegramId = 8100;
  beforeAll(async () => {
    harness = await startApi('sqlite');
  });
  afterAll(() => harness?.dispose());

  const create = async (user: User, title: string, description?: string) => {
    const created = await harness.call('POST', '/api/goals', user, { title, ...(description && { description }) });
    expect(created.status).toBe(201);
    return created.body;
  };

  it('gives every question with options its choices, for every goal kind’s examples, en and ru', async () => {
    const users = { en: await harness.user(++telegramId, 'en'), ru: await harness.user(++telegramId, 'ru') };
    const asked: Asked[] = [];
    for (const kind of pack.types)
      for (const example of kind.examples) {
        const { title, description } = example;
        const reply = await harness.call('POST', '/api/goals', users[example.lang], { title, description });
        // Words answered with help first (a funeral, a debt) create no goal: nothing is asked there.
        if (reply.status !== 201) continue;
        const state = reply.body;
        if (state.state === 'question') asked.push({ kind: kind.id, title: example.title, ...state.question });
      }
    const kinds = new Set(asked.map((question) => question.kind));
    const openOnes = asked.filter((question) => question.choices.length === 0).length;
    console.log(
      `questions asked: ${asked.length} over ${kinds.size} of ${pack.types.length} kinds; open (no choices): ${openOnes}`,
    );
    expect(kinds.size).toBeGreaterThan(5);
    for (const question of asked) {
      expect(question.text, question.title).not.toContain('•');
      // The one open question: what "done" would look like for a goal too vague to place.
      const open = [pack.generic.clarify.en, pack.generic.clarify.ru].includes(question.text);
      if (!open) expect(question.choices.length, `${question.kind}: ${question.text}`).toBeGreaterThan(1);
    }
  }, 120_000);

  it('asks which language or instrument with buttons, the same after a reload, and a tap moves on', async () => {
    for (const named of NAMED) {
      const user = await harness.user(++telegramId, named.locale);
      const created = await create(user, named.title);
      expect(created.state, named.title).toBe('question');
      expect(created.question.choices).toEqual(named.choices);
      expect(created.question.text).not.toContain('•');
      const path = `/api/goals/${created.goal.id}`;
      // Read back later (another device, a reload): the same words and buttons.
      expect((await harness.call('GET', `${path}/step`, user)).body.question).toEqual(created.question);
      const answered = await harness.call('POST', `${path}/clarification`, user, { answer: named.choices[1] });
      expect(answered.status).toBe(200);
      expect(answered.body.question?.id).not.toBe(created.question.id);
    }
  });

  it('still takes an answer typed in the person’s own words', async () => {
    const user = await harness.user(++telegramId, 'en');
    const created = await create(user, 'Learn a new language');
    const answered = await harness.call('POST', `/api/goals/${created.goal.id}/clarification`, user, {
      answer: 'Portuguese, to talk with my in-laws in Lisbon',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.state).not.toBe('closed');
    expect(answered.body.question?.id).not.toBe(created.question.id);
  });

  it.each<[Locale, string, string, string]>([
    ['en', 'Be better', 'I would stop snapping at my kids in the evening', 'I would get up without dreading work'],
    ['ru', 'Стать лучше', 'Я бы перестала срываться на детей по вечерам', 'Я бы вставал без ужаса перед работой'],
  ])('%s: a typed answer to "what would be different?" shapes the first step', async (locale, title, one, two) => {
    const firstStep = async (answer: string) => {
      const user = await harness.user(++telegramId, locale);
      const created = await create(user, title);
      expect(created.state).toBe('question');
      const path = `/api/goals/${created.goal.id}/clarification`;
      const answered = await harness.call('POST', path, user, { answer });
      expect(answered.body.state).toBe('step');
      return answered.body.step.text as string;
    };
    const [first, second] = [await firstStep(one), await firstStep(two)];
    expect(first).toContain(one);
    expect(second).toContain(two);
  });

  it.each<[Locale, string, string, RegExp]>([
    ['en', 'Learn to swim', 'There is no pool anywhere near me', /\bpools?\b/i],
    ['ru', 'Научиться плавать', 'Рядом нет бассейна', /бассейн/i],
  ])(
    '%s: a rephrase reason naming a missing thing keeps it out of every later step',
    async (locale, title, why, thing) => {
      /** The step the rephrase gives for `comment`, then the next three, each done. */
      const walk = async (comment: string) => {
        const user = await harness.user(++telegramId, locale);
        let state = await create(user, title);
        const path = `/api/goals/${state.goal.id}`;
        for (let asked = 0; state.state === 'question' && asked < 2; asked++)
          state = (await harness.call('POST', `${path}/clarification`, user, { answer: state.question.choices[0] }))
            .body;
        expect(state.state).toBe('step');
        const texts = [state.step.text as string];
        texts.push((await harness.call('POST', `${path}/step/rephrase`, user, { comment })).body.step.text);
        for (let at = 0; at < 3; at++) {
          await harness.call('POST', `${path}/step/done`, user);
          texts.push((await harness.call('POST', `${path}/step/next`, user)).body.step.text);
        }
        return texts;
      };
      const plain = await walk('something else please');
      expect(plain.join('\n')).toMatch(thing);
      const [, ...after] = await walk(why);
      expect(after.filter((text) => thing.test(text))).toEqual([]);
    },
  );
});
