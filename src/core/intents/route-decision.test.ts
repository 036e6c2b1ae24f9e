import { describe, expect, it } from 'vitest';
import type { Exercise } from '../programs/program.js';
import type { DetectedIntent } from './intent.port.js';
import { routeDecision } from './route-decision.js';

const exercise = (id: string, track: string, action: string) => ({ id, track, action }) as Exercise;
const program = {
  exercises: [
    exercise('quest_builder', 'child_connection', 'quest_created'),
    exercise('checkin', 'self_work', 'checkin'),
  ],
  actions: [
    {
      id: 'quest_created',
      name: { en: 'Quest', ru: 'Квест' },
      impacts: [
        { track: 'child_connection', delta: 10 },
        { track: 'self_work', delta: 5 },
      ],
    },
    { id: 'checkin', name: { en: 'Check-in', ru: 'Чек-ин' }, impacts: [{ track: 'self_work', delta: 5 }] },
  ],
};
const intent = (over: Partial<DetectedIntent>): DetectedIntent => ({
  intent: 'create_quest',
  track: 'child_connection',
  confidence: 0.9,
  exercise: 'quest_builder',
  band: 'high',
  ...over,
});

describe('what the coach does with a message’s intent (the confidence bands)', () => {
  it('starts the exercise when sure, saying how it also helps when it is not the focus track', () => {
    expect(routeDecision(program, intent({}), 'self_work')).toEqual({
      kind: 'start_exercise',
      exercise: program.exercises[0],
      crossTrack: { track: 'child_connection', alsoHelps: ['self_work'] },
    });
    expect(routeDecision(program, intent({}), 'child_connection')).toEqual({
      kind: 'start_exercise',
      exercise: program.exercises[0],
    });
  });

  it('asks to confirm when fairly sure, and asks what would help when unsure', () => {
    expect(routeDecision(program, intent({ band: 'medium' }), 'self_work').kind).toBe('confirm_exercise');
    expect(routeDecision(program, intent({ band: 'low' }), 'self_work').kind).toBe('unclear');
    expect(routeDecision(program, intent({ exercise: 'gone' }), 'self_work').kind).toBe('unclear');
  });

  it('answers greetings, thanks and progress requests briefly, but never an unsure guess as small talk', () => {
    const smallTalk = (name: string, band: DetectedIntent['band']) =>
      routeDecision(program, intent({ intent: name, track: null, exercise: undefined, band }), undefined);
    expect(smallTalk('greeting', 'high')).toEqual({ kind: 'small_talk', intent: 'greeting' });
    // «завтра суд, я в панике» was read as thanks at 0.296 (medium) and answered «Пожалуйста».
    expect(smallTalk('thanks', 'medium')).toEqual({ kind: 'unclear' });
    expect(smallTalk('show_progress', 'high')).toEqual({ kind: 'small_talk', intent: 'show_progress' });
    expect(smallTalk('weather', 'high')).toEqual({ kind: 'small_talk', intent: 'off_topic' });
    expect(smallTalk('thanks', 'low')).toEqual({ kind: 'unclear' });
  });

  it('meets fear and panic with grounding and a check-in offered, never started unasked', () => {
    const checkin = program.exercises[1];
    const distress = (band: DetectedIntent['band']) =>
      routeDecision(
        program,
        intent({ intent: 'distress', track: 'self_work', exercise: 'checkin', band }),
        'self_work',
      );
    expect(distress('high')).toEqual({ kind: 'distress', checkin });
    expect(distress('medium')).toEqual({ kind: 'distress', checkin });
    expect(distress('low')).toEqual({ kind: 'unclear' });
  });
});
