import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('fix round 34 read against the earlier review goals (lead)', () => {
  it('sends a pounding heart to the doctor, but not being shaken up after an argument', async () => {
    const heart = await tap(
      'quit',
      'Бросить пить кофе литрами',
      'Пью по шесть чашек за смену, и сердце по вечерам часто колотится.',
      'ru',
    );
    expect(heart.keys[0]).toBe('quit-heart-doctor');
    const shaken = await tap(
      'quit',
      'Перестать ругаться в чатах',
      'После каждой перепалки меня весь вечер колотит от злости.',
      'ru',
    );
    expect(shaken.keys).not.toContain('quit-heart-doctor');
  });

  it('keeps the prescriber steps for medicines, not for a fasting plan alone', async () => {
    const fasting = await tap(
      'fitness',
      'Lose 8 kg by summer',
      "I'm 40 and healthy, I tried intermittent fasting and one meal a day but I always give up after a week.",
      'en',
    );
    expect(fasting.keys).not.toContain('fit-med-plan');
    const insulin = await tap(
      'fitness',
      'Сбросить 15 кг',
      'Колю инсулин, хочу бегать натощак и есть раз в день.',
      'ru',
    );
    expect(insulin.keys).toContain('fit-med-plan');
    expect(insulin.keys).toContain('fit-med-meals');
  });

  it('reads a loan shark by the card held, not by a licensed moneylender', async () => {
    const lender = await tap(
      'finance',
      'Save for the rent deposit',
      'Every year I borrow from a moneylender to make it; I earn cash by the day.',
      'en',
    );
    expect(lender.keys).not.toContain('fin-shark-card');
    const shark = await tap(
      'finance',
      'Pay back what I owe',
      'The man I borrowed from keeps my bank card and takes my wages every month.',
      'en',
    );
    expect(shark.keys[0]).toBe('fin-shark-advice');
  });

  it('keeps "research the organisation" for a deputy interviewing elsewhere', async () => {
    const outside = await tap(
      'interview',
      'Interview for a head of department post',
      "I've been assistant head of science for six years; this is an external interview at another school.",
      'en',
    );
    expect(outside.keys).not.toContain('intv-int-talk');
    const inside = await tap(
      'interview',
      'Собеседование на должность заведующей',
      'Работаю замом в этом же детском саду восемь лет, освободилась должность заведующей.',
      'ru',
    );
    expect(inside.keys).toContain('intv-int-talk');
  });
});
