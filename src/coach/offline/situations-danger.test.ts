import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const TEACHER_FIRST = ['skill-risky-teacher', 'skill-risky-rules', 'skill-risky-kit'];
// The practise-alone steps a risky skill must never reach: a lesson copied from a video, then repeated alone.
const ALONE = ['skill-05', 'skill-06', 'skill-gap-use', 'skill-gap-second'];

// Thirtieth session: no net named a camel, fire poi, a scythe or a horse to break in, and each got "repeat the
// first exercise along with the video", then "on your own". The goal's own words say why the task can hurt.
describe('a skill whose own words say it can hurt, though no net names the task', () => {
  it.each([
    ['en', "Learn to ride my uncle's camel", 'Last time it stood up suddenly and I nearly fell off.'],
    ['en', 'Learn fire poi spinning', 'I can spin practice poi a bit and want to do a fire show in August.'],
    ['en', 'Learn to use a scythe', "I've never held one and the blade looks lethal."],
    ['ru', 'Научиться объезжать молодого коня', 'Купили жеребца трёхлетку, на нём ещё никто не сидел.'],
    ['ru', 'Научиться работать с эпоксидной смолой', 'Слышал, что она токсичная, а у нас маленький ребёнок.'],
    ['ru', 'Научиться моржеванию', 'Подруга купается в проруби всю зиму. В холодной воде никогда не была.'],
  ] as const)('%s: %s starts with a teacher in person and never practises alone', async (lang, title, description) => {
    const steps = await firstFive('skill', title, description, lang);
    expect(steps.keys.slice(0, 3)).toEqual(TEACHER_FIRST);
    expect(steps.keys.filter((key) => ALONE.includes(key))).toEqual([]);
  });

  it('leaves a net written for the task in charge: a horse to ride keeps its own steps', async () => {
    const ride = await firstFive('skill', 'Научиться ездить верхом', 'Боюсь упасть, в детстве лошадь сбросила.', 'ru');
    expect(ride.keys.some((key) => key.startsWith('skill-horse-'))).toBe(true);
    expect(ride.keys.some((key) => key.startsWith('skill-risky-'))).toBe(false);
  });

  it('reads no danger in a deadline that "kicks in" or knives a cook would rather avoid', async () => {
    const books = await firstFive(
      'skill',
      'Learn to do my own bookkeeping in Xero',
      "Making Tax Digital kicks in for me next April and I've never used accounting software.",
    );
    const cook = await firstFive(
      'skill',
      'Learn to cook proper meals for myself',
      'My hands are a bit shaky, so nothing too fiddly with knives.',
    );
    for (const steps of [books, cook]) expect(steps.keys.some((key) => key.startsWith('skill-risky-'))).toBe(false);
  });
});
