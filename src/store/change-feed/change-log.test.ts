import { describe, expect, it } from 'vitest';
import { createChangeLog } from './change-log.js';

describe('when each person last changed, in bounded memory', () => {
  it("gives a person's stamp a new value after their change and leaves others' alone", () => {
    const log = createChangeLog(10);
    const [ann, bob] = [log.stampOf('ann'), log.stampOf('bob')];
    log.mark('ann');
    expect(log.stampOf('ann')).not.toBe(ann);
    expect(log.stampOf('bob')).toBe(bob);
  });

  it('never lets a person pushed out answer with an older stamp than their last change (the floor)', () => {
    const log = createChangeLog(3);
    log.mark('old');
    const stamped = log.stampOf('old');
    for (const person of ['p1', 'p2', 'p3']) log.mark(person);
    expect(log.stampOf('old')).toBeGreaterThanOrEqual(stamped);
    expect(log.stampOf('never-seen')).toBeGreaterThanOrEqual(stamped);
  });

  it('keeps no more people than it may remember', () => {
    const log = createChangeLog(3);
    for (const person of ['p1', 'p2', 'p3', 'p4']) log.mark(person);
    // p1 was pushed out: its stamp is the floor, which every later mark is above.
    expect(log.stampOf('p1')).toBeLessThan(log.stampOf('p2'));
    expect(log.stampOf('p1')).toBe(log.stampOf('unknown'));
  });
});
