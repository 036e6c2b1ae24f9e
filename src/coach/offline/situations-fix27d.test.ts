import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the twenty-seventh blind read, fixed in general (helper fix27d)', () => {
  it('gives a name change on every document its own order — not the steps for papers lost in a fire', async () => {
    const en = await firstFive(
      'admin',
      'Get my new name on all my documents',
      'The deed poll is next; then the passport, the bank and the payroll at work still show my old name.',
    );
    expect(en.keys[0]).toBe('adm-name-base');
    expect(en.keys).toContain('adm-name-list');
    expect(en.keys).toContain('adm-name-order');
    expect(en.keys).not.toContain('adm-lost-list');
    expect(en.keys).not.toContain('adm-lost-proof');
    expect(en.keys).not.toContain('adm-02');
    const ru = await firstFive(
      'admin',
      'Поменять фамилию во всех документах',
      'Вышла замуж в мае, а в паспорте, СНИЛС и банке всё ещё девичья.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-name-base');
    expect(ru.keys).toContain('adm-name-order');
    expect(ru.keys).not.toContain('adm-ids-order');
    expect(ru.keys).not.toContain('adm-lost-list');
    // Papers lost in a fire keep the lost-documents steps.
    const fire = await firstFive(
      'admin',
      'Replace all my documents',
      'Everything burned in the kitchen fire last week.',
    );
    expect(fire.keys[0]).toBe('adm-lost-list');
    expect(fire.keys).not.toContain('adm-name-base');
  });

  it('has someone who barely uses the internet ask a person who did it, then apply with the office — never fill in a form alone', async () => {
    const en = await firstFive(
      'admin',
      'Claim the bereavement benefit',
      "I'm 70, I hardly use the internet and I'm frightened of getting the paperwork wrong.",
    );
    expect(en.keys[0]).toBe('adm-off-call');
    expect(en.keys).toContain('adm-off-form');
    expect(en.keys.indexOf('adm-off-ask')).toBeGreaterThan(-1);
    expect(en.keys.indexOf('adm-off-ask')).toBeLessThan(en.keys.indexOf('adm-off-form'));
    expect(en.keys).not.toContain('adm-05');
    expect(en.keys).not.toContain('adm-09');
    const ru = await firstFive(
      'admin',
      'Оформить субсидию на коммуналку',
      'Мне 68, интернетом почти не пользуюсь, до МФЦ ехать далеко.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-off-call');
    expect(ru.keys).toContain('adm-off-form');
    expect(ru.keys).not.toContain('adm-02');
    expect(ru.keys).not.toContain('adm-05');
    // Someone applying online keeps the form.
    const online = await firstFive('admin', 'Apply for child benefit', "I'll do it online this weekend.");
    expect(online.keys).toContain('adm-05');
    expect(online.keys).not.toContain('adm-off-form');
  });

  it('saves for a party without borrowing — no debt payoff steps because a credit card is named as what to avoid', async () => {
    const en = await firstFive(
      'finance',
      "Save for my son's bar mitzvah",
      "It's next spring and I don't want to go into debt for it or put it on a credit card.",
    );
    expect(en.keys).toContain('fin-purchase-size');
    expect(en.keys).not.toContain('fin-18');
    expect(en.keys).not.toContain('fin-debt-plan');
    expect(en.keys).not.toContain('fin-debt-freeze');
    const ru = await firstFive(
      'finance',
      'Накопить на юбилей мамы',
      'Хочу снять кафе к осени, а брать кредит не хочу.',
      'ru',
    );
    expect(ru.keys).toContain('fin-purchase-size');
    expect(ru.keys).not.toContain('fin-18');
    expect(ru.keys).not.toContain('fin-debt-plan');
    // A card that is owed keeps the debt steps.
    const owed = await firstFive('finance', 'Pay off my credit card', 'I owe £2,000 and pay the minimum each month.');
    expect(owed.keys[0]).toBe('fin-18');
    expect(owed.keys).toContain('fin-debt-plan');
  });

  it('keeps a returning pianist who mentions the clefs or a sing-song returning — not a first lesson', async () => {
    const en = await firstFive(
      'instrument',
      'Play carols on the piano at Christmas',
      'I had lessons as a girl and can still read the treble clef, but the bass is shaky. My family loves a sing-song.',
    );
    expect(en.keys).toContain('inst-25');
    expect(en.keys).not.toContain('inst-05');
    expect(en.keys).not.toContain('inst-07');
    const ru = await firstFive(
      'instrument',
      'Играть песни на синтезаторе для бабушек в клубе',
      'В детстве ходила в музыкалку, скрипичный ключ помню, а басовый ключ забыла. Бабушки любят петь вместе.',
      'ru',
    );
    expect(ru.keys).toContain('inst-25');
    expect(ru.keys).not.toContain('inst-05');
    // A comeback on another instrument still starts from a first lesson.
    const other = await firstFive('instrument', 'Learn the piano', 'I played bass guitar in a band at uni.');
    expect(other.keys).toContain('inst-05');
    expect(other.keys).not.toContain('inst-25');
  });
});
