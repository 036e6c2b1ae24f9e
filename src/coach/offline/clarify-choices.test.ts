import { describe, expect, it } from 'vitest';
import type { Locale } from '../../core/goals/model.js';
import { aCoachContext } from '../../../test/factories/coach-context.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createSlotReader } from './slots.js';

const { pack, coach } = shippedOfflineCoach();
const slots = createSlotReader(pack.slots);

/** A goal of each kind that names no value of the slot it needs ("a language", "an instrument"). */
const UNNAMED: Record<string, Record<Locale, string>> = {
  language: { en: 'Learn a new language', ru: 'Выучить иностранный язык' },
  instrument: { en: 'Learn to play an instrument', ru: 'Научиться играть на музыкальном инструменте' },
};

describe('the question a kind asks for its missing slot', () => {
  const kinds = pack.types.filter((kind) => kind.needs);

  it('is asked with buttons for every kind that needs a slot', () => {
    expect(kinds.map((kind) => kind.id).sort()).toEqual(Object.keys(UNNAMED).sort());
    for (const kind of kinds) expect(kind.clarifyChoices, kind.id).toBeDefined();
  });

  for (const kind of kinds)
    for (const locale of ['en', 'ru'] as const)
      it(`${kind.id} (${locale}): each button, tapped, settles the question and the steps follow`, async () => {
        const goal = { id: 'g', title: UNNAMED[kind.id]![locale], description: null, goalType: null };
        const asked = await coach.firstStep(aCoachContext({ goal, locale, mayAsk: true }));
        expect(asked).toMatchObject({ status: 'need_clarification', choices: kind.clarifyChoices![locale] });
        const question = asked.status === 'need_clarification' ? asked.question : '';
        for (const choice of kind.clarifyChoices![locale]) {
          // Read as a value of the slot, as the same word typed would be.
          expect(slots.read(goal.title, [choice]).values[kind.needs!], choice).toBeDefined();
          const clarifications = [{ question, answer: choice }];
          const next = await coach.firstStep(aCoachContext({ goal, locale, mayAsk: true, clarifications }));
          // The question is not asked again.
          expect(next.status === 'need_clarification' ? next.question : '', choice).not.toBe(question);
        }
      });
});
