import { describe, expect, it } from 'vitest';
import type { Exercise } from '../programs/program.js';
import { readMessage } from './message-meaning.js';
import { withMeaning } from './route-decision.js';

describe('what a message plainly says, before the exercise router’s guess', () => {
  it.each([
    ['I want to learn to swim', 'Learn to swim'],
    ['I’d like to start cooking healthier meals.', 'Start cooking healthier meals'],
    ['My goal is to run a 10k in spring', 'Run a 10k in spring'],
    ['хочу начать бегать по утрам', 'Начать бегать по утрам'],
    ['Я очень хочу научиться играть на гитаре!', 'Научиться играть на гитаре'],
    ['моя цель — выучить английский', 'Выучить английский'],
  ])('«%s» is a goal of the person’s own: «%s»', (text, title) => {
    expect(readMessage(text)).toEqual({ goal: title });
  });

  it.each([
    'I want to cry',
    'I want to disappear',
    'I want to talk to someone',
    'I don’t want to go to court',
    'do I want to learn to swim?',
    'хочу, чтобы она вернула сына',
    'хочу плакать',
    'не хочу ничего',
    'хочу домой',
    'I need to prepare for court',
  ])('«%s» is not offered as a goal', (text) => {
    expect(readMessage(text).goal).toBeUndefined();
  });

  it.each([
    ["my daughter wouldn't look at me at the handover, it hurts", true],
    ['сын сказал, что не хочет меня видеть, сердце разрывается', true],
    ['дочь не посмотрела на меня при передаче, мне больно', true],
    ['the hearing went badly and it hurts so much', false],
    ['мне так больно после суда', false],
  ])('«%s» names pain (about the child: %s)', (text, child) => {
    expect(readMessage(text)).toEqual({ pain: { child } });
  });
});

describe('the router’s decision, corrected by what the message says', () => {
  const exercise = { id: 'emotional_checkin', track: 'self_work', action: 'checkin' } as Exercise;

  it('offers a goal of one’s own instead of a guess, keeping a guessed exercise one tap away, but never a sure one', () => {
    const goal = { goal: 'Learn to swim' };
    expect(withMeaning({ kind: 'unclear' }, goal)).toEqual({
      decision: { kind: 'offer_goal', title: 'Learn to swim' },
    });
    expect(withMeaning({ kind: 'small_talk', intent: 'off_topic' }, goal).decision.kind).toBe('offer_goal');
    expect(withMeaning({ kind: 'confirm_exercise', exercise }, goal)).toEqual({
      decision: { kind: 'offer_goal', title: 'Learn to swim', exercise },
    });
    expect(withMeaning({ kind: 'start_exercise', exercise }, goal).decision.kind).toBe('start_exercise');
    expect(withMeaning({ kind: 'distress', checkin: exercise }, goal).decision.kind).toBe('distress');
  });

  it('acknowledges pain first and then starts nothing unasked', () => {
    const pain = { pain: { child: true } };
    expect(withMeaning({ kind: 'start_exercise', exercise }, pain)).toEqual({
      decision: { kind: 'confirm_exercise', exercise },
      acknowledge: 'child_pain',
    });
    expect(withMeaning({ kind: 'small_talk', intent: 'thanks' }, { pain: { child: false } })).toEqual({
      decision: { kind: 'unclear' },
      acknowledge: 'pain',
    });
    expect(withMeaning({ kind: 'distress', checkin: exercise }, pain).acknowledge).toBe('child_pain');
  });
});
