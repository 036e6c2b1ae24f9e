import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

// Only a situation left standing cancels another (`standing` in understand.ts): open water cancels "in the pool", so
// the pool no longer cancels the long open-water swim it trains for.
describe('a situation another one cancelled cancels nothing itself', () => {
  it('gives a pool swimmer training for an open-water crossing the long-swim steps, in both languages', async () => {
    const en = await firstFive(
      'sport',
      'Finish the Great North Swim two-mile',
      'I swim about 1.5 km in the pool three mornings a week. It is a lake swim in June and open water scares me a bit.',
    );
    expect(en.keys).toContain('sport-swim-rules');
    expect(en.keys).toContain('sport-swim-open');
    expect(en.keys).not.toContain('sport-swim-turns');
    const ru = await firstFive(
      'sport',
      'Переплыть Волгу на заплыве',
      'Плаваю в бассейне по 2 км три раза в неделю. Заплыв через Волгу в июле, 2,5 км, в открытой воде ни разу не плавал.',
      'ru',
    );
    expect(ru.keys).toContain('sport-swim-rules');
    expect(ru.keys).not.toContain('sport-swim-turns');
  });

  it('still gives a pool swimmer with no open water in sight the pool steps (near miss)', async () => {
    const en = await firstFive(
      'sport',
      'Swim 1500 m without stopping',
      'I swim 800 m in lengths at my local pool twice a week and want to get to 1500 m by the summer.',
    );
    expect(en.keys).not.toContain('sport-swim-rules');
    expect(en.keys).not.toContain('sport-swim-open');
  });

  it('gives an early-shift worker sleeping round Ramadan no night-shift blocks (the early shift still stands as a fact)', async () => {
    const en = await firstFive(
      'sleep',
      'Get enough sleep during Ramadan',
      "I work early shifts at a warehouse and between iftar, late prayers and getting up for suhoor I'm running on four hours a night. Ramadan starts in about three weeks.",
    );
    expect(en.keys).toContain('sleep-ramadan-blocks');
    expect(en.keys).not.toContain('sleep-shiftwork-plan');
    expect(en.keys).not.toContain('sleep-shift');
  });
});
