import { describe, expect, it } from 'vitest';
import type { CoachContext } from '../../core/goals/coach.port.js';
import { aCoachContext, contextFrom } from '../../../test/factories/coach-context.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { pack, coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('a situation that claims a goal the generic path would get', () => {
  it('gives a medicine someone depends on the GP steps even when the goal was placed outside every kind', async () => {
    const placed = await firstFive(
      'generic',
      'Sort out the co-codamol thing',
      'Two years now, I feel awful if I miss a day.',
    );
    expect(placed.keys[0]).toBe('quit-meds-gp');
    expect(placed.keys.some((key) => key.startsWith('gen-'))).toBe(false);
    const ru = await firstFive('generic', 'Разобраться с феназепамом', 'Пью каждый вечер, без него не сплю.', 'ru');
    expect(ru.keys[0]).toBe('quit-meds-gp');
  });

  it('claims after "Something else" too, from the words of the goal, not of the answer', async () => {
    const other = pack.generic.other.en;
    const ctx = aCoachContext({
      goal: { id: 'g', title: 'Get my life back from the tramadol', description: '', goalType: null },
      clarifications: [{ question: 'Which is closest?', answer: other }],
      mayAsk: false,
    });
    const first = await coach.nextStep(contextFrom(ctx, [] as CoachContext['history']));
    expect(first.status === 'ok' && first.coachKey).toBe('quit-meds-gp');
    // An answer naming a medicine does not move a goal that says nothing of one.
    const vague = aCoachContext({
      goal: { id: 'g', title: 'Feel like myself again', description: '', goalType: 'generic' },
      clarifications: [{ question: 'What would done look like?', answer: 'no more painkillers' }],
      mayAsk: false,
    });
    const step = await coach.nextStep(contextFrom(vague, []));
    expect(step.status === 'ok' && step.coachKey?.startsWith('gen-')).toBe(true);
  });

  it('leaves a generic goal that names no medicine on the generic path', async () => {
    const plain = await firstFive('generic', 'Get my life in order', 'Everything feels a bit much lately.');
    expect(plain.keys.every((key) => key.startsWith('gen-'))).toBe(true);
  });
});
