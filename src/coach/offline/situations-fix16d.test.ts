import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the sixteenth blind read, fixed in general (helper fix16d)', () => {
  it('gives a draft already half-written the rest planned and the next scene, never free-writing or a first scene', async () => {
    const ru = await firstFive(
      'writing',
      'Дописать роман к осени',
      'Половина уже есть, двенадцать глав, а дальше застрял. Пишу по выходным.',
      'ru',
    );
    expect(ru.keys.some((key) => key === 'write-half-next' || key === 'write-act-next')).toBe(true);
    expect(ru.keys).not.toContain('write-01');
    expect(ru.keys).not.toContain('write-05');
    const en = await firstFive(
      'writing',
      'Finish my crime novel',
      "It's half-written, about 40,000 words, and stalled.",
    );
    expect(en.keys.some((key) => key === 'write-half-next' || key === 'write-act-next')).toBe(true);
    expect(en.keys.some((key) => key === 'write-01' || key === 'write-05' || key === 'write-04')).toBe(false);
  });

  it('gives a radio play sound-only steps, not free-writing or a screenplay layout', async () => {
    const en = await firstFive(
      'writing',
      'Write an audio drama for a podcast competition',
      "I've written novels but never for sound.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['write-radio-rules', 'write-radio-listen']));
    expect(en.keys.some((key) => key === 'write-01' || key.startsWith('write-script-'))).toBe(false);
    const ru = await firstFive(
      'writing',
      'Написать радиоспектакль',
      'Есть идея про старый маяк, пьес раньше не писал.',
      'ru',
    );
    expect(ru.keys).toContain('write-radio-scene');
    expect(ru.keys).not.toContain('write-01');
  });

  it('tunes no accordion, garmon or harmonica with a tuner app, and reads «аккордеон» as no chords', async () => {
    const ru = await firstFive(
      'instrument',
      'Снова играть на аккордеоне',
      'Лет пятнадцать не брал в руки, хочу сыграть на юбилее отца.',
      'ru',
    );
    expect(ru.keys).not.toContain('inst-01');
    expect(ru.text).not.toMatch(/тюнер/);
    expect(ru.keys.some((key) => key.includes('chord'))).toBe(false);
    const en = await firstFive('instrument', 'Learn the harmonica', 'Never played anything, bought a cheap one in C.');
    expect(en.keys).toContain('inst-01-reeds');
    expect(en.text).not.toMatch(/tuner app/);
    const guitar = await firstFive('instrument', 'Learn the guitar', 'Complete beginner, borrowed one from a friend.');
    expect(guitar.keys).toContain('inst-01');
  });

  it('gives a business that only gave things away for free no "you already sell" steps', async () => {
    const ru = await firstFive(
      'business',
      'Начать продавать свои торты',
      'Пеку давно, друзьям и коллегам бесплатно на праздники. Хочу брать за это деньги.',
      'ru',
    );
    expect(ru.keys).not.toContain('biz-numbers');
    expect(ru.keys).not.toContain('biz-ask-customers');
    const en = await firstFive(
      'business',
      'Turn my photography into a paid side business',
      "I've shot friends' weddings for free for years and want to start charging.",
    );
    expect(en.keys).not.toContain('biz-numbers');
  });

  it('gives a deed of gift the giver, a notary and the papers, not a deadline, a form or court steps', async () => {
    const ru = await firstFive(
      'admin',
      'Оформить договор дарения дома от отца',
      'Папа хочет подарить мне дом в деревне, сестра недовольна и говорит, что пойдёт в суд.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['adm-gift-talk', 'adm-gift-notary']));
    expect(ru.keys.some((key) => key === 'adm-01' || key === 'adm-05' || key.startsWith('adm-court-'))).toBe(false);
    const en = await firstFive(
      'admin',
      'Sign the house over to my daughter',
      'Deed of gift, I want it done this year.',
    );
    expect(en.keys).toContain('adm-gift-notary');
    expect(en.keys).not.toContain('adm-01');
  });

  it('gives a special needs plan a read of the draft, free advice and a written response, no form or appointment', async () => {
    const en = await firstFive(
      'admin',
      'Sort out the EHC plan for my daughter',
      'The draft names the wrong support and we must reply within 15 days.',
    );
    expect(en.keys).toEqual(expect.arrayContaining(['adm-send-read', 'adm-send-advice', 'adm-send-reply']));
    expect(en.keys.some((key) => key === 'adm-04' || key === 'adm-05' || key === 'adm-02')).toBe(false);
    const ru = await firstFive(
      'admin',
      'Получить заключение ПМПК для сына',
      'В проекте указали не ту программу, хотим адаптированную и тьютора.',
      'ru',
    );
    expect(ru.keys).toContain('adm-send-reply');
    expect(ru.keys).not.toContain('adm-05');
  });
});
