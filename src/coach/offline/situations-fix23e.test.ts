import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { kindProblems } from '../../content/check-coach-pack.js';

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

// fix23a gave fitness a doctor's go-ahead (`cleared`); the sport path's own check with a doctor kept asking for it.
describe('a doctor’s go-ahead in a sport goal', () => {
  it('skips the check with a doctor once the person says they are cleared, and keeps it while they wait', async () => {
    const cleared = await firstFive(
      'sport',
      'Start playing squash again',
      "I had a heart stent fitted last year; my cardiologist cleared me to exercise in May. I'm 58.",
    );
    expect(cleared.keys).not.toContain('sport-check');
    const waiting = await firstFive(
      'sport',
      'Start playing squash again',
      "I had a heart stent fitted last year and I'm 58; still waiting for the all-clear.",
    );
    expect(waiting.keys[0]).toBe('sport-check');
    const ru = await firstFive(
      'sport',
      'Начать играть в бадминтон',
      'Мне 61, врач разрешил нагрузки после осмотра.',
      'ru',
    );
    expect(ru.keys).not.toContain('sport-check');
  });
});

// Blind read 24: a smoker who had relapsed twice was told to "step down — a fixed amount less each week".
describe('a relapse in quitting', () => {
  it('gets support from day one as the new method, never a step-down of the habit', async () => {
    const ru = await firstFive(
      'quit',
      'Бросить курить, когда на стройке курят все',
      'Курю с армии, пачка в день. Два раза бросал, оба раза продержался неделю.',
      'ru',
    );
    expect(ru.keys).toContain('quit-again-method');
    expect(ru.text).not.toMatch(/постепенн|меньше каждую/);
    const en = await firstFive('quit', 'Quit smoking for good', 'I tried twice and lasted a week each time.');
    expect(en.text).not.toMatch(/step down|less each week/i);
  });

  it('the content check refuses a step-down in a quitting path outside caffeine and sugar in drinks', () => {
    const { pack } = shippedOfflineCoach();
    const quit = pack.types.find((kind) => kind.id === 'quit')!;
    const method = quit.steps.find((step) => step.key === 'quit-again-method')!;
    const taper = {
      ...method,
      key: 'quit-smoke-taper',
      text: {
        en: 'Step down instead: a fixed amount less each week.',
        ru: 'Снижай постепенно: каждую неделю чуть меньше.',
      },
    };
    const problems = kindProblems('quit', { ...quit, steps: [...quit.steps, taper] }, pack.never, pack.slots);
    expect(problems.join('\n')).toMatch(/quit-smoke-taper: a step-down in a quitting path/);
    expect(kindProblems('quit', quit, pack.never, pack.slots)).toEqual([]);
  });
});
