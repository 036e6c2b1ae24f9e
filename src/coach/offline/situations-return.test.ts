import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

// Blind read 23: "Move back to the UK from Dubai after 11 years" got a visa search and a first month's short let.
describe('a move back to one’s own country (blind read 23)', () => {
  it('gives a family going home the dates, the school places from abroad, the pet’s import rules — never a visa', async () => {
    const en = await firstFive(
      'moving',
      'Move back to the UK from Dubai after 11 years',
      "Two kids, 8 and 12, and a cat. My contract ends in June and we're heading to Bristol, but we've got no house lined up and no school places yet.",
    );
    expect(en.keys).toEqual(['ret-date', 'ret-kids', 'ret-pet', 'ret-roof', 'ret-restart']);
    expect(en.text).not.toMatch(/visa|permit|apostille/i);
    const ru = await firstFive(
      'moving',
      'Вернуться на родину в Алматы',
      'Живу в Берлине восемь лет, двое детей-школьников, кошка.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['ret-date', 'ret-kids', 'ret-pet']);
    expect(ru.text).not.toMatch(/виз|апостил/);
  });

  it('gives someone going home alone no school or pet step, and no flat search twice', async () => {
    const en = await firstFive(
      'moving',
      'Move back home to Ireland after six years in Sydney',
      'Just me, I rent a room here. Flying out in October.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['ret-date', 'ret-roof', 'ret-restart']);
    expect(en.keys).not.toContain('ret-kids');
    expect(en.keys).not.toContain('ret-pet');
    expect(en.keys).not.toContain('move-09');
    expect(en.keys).not.toContain('back-notice');
  });

  it('keeps a move abroad on the visa path and a move back in with parents on theirs', async () => {
    const abroad = await firstFive(
      'moving',
      'Move to Lisbon with my partner',
      'We both work remotely and want to go next spring.',
    );
    expect(abroad.keys[0]).toBe('abroad-visa');
    const parents = await firstFive(
      'moving',
      'Move back in with my parents to save for a deposit',
      'My lease ends in March.',
    );
    expect(parents.keys[0]).toBe('back-notice');
    expect(parents.keys).not.toContain('ret-date');
  });
});
