import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the fifteenth blind read, fixed in general (helper fix15c)', () => {
  it('sends a decongestant nasal spray someone depends on to a pharmacist or GP, never a quit date or the bin', async () => {
    const en = await firstFive(
      'quit',
      'Stop using my nose spray',
      "Otrivine every night for a year, I can't breathe without it.",
    );
    expect(en.keys[0]).toBe('quit-spray-ask');
    expect(en.text).toMatch(/pharmacist/i);
    expect(en.text).not.toMatch(/quit date|throw the supplies away|triggers/i);
    const ru = await firstFive(
      'quit',
      'Отказаться от капель в нос',
      'Капаю нафтизин пять раз в день уже два года.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-spray-ask');
    expect(ru.text).not.toMatch(/дату отказа|выброс|триггер/i);
    const rebound = await firstFive(
      'quit',
      'Break my decongestant habit',
      'My doctor called it rebound congestion; I use it four times a day.',
    );
    expect(rebound.keys.every((key) => key.startsWith('quit-spray-'))).toBe(true);
  });

  it('keeps painkillers on the GP path and an ordinary habit on the quit path', async () => {
    const pills = await firstFive('quit', 'Come off co-codamol', 'Since the prescription ended I buy them myself.');
    expect(pills.keys[0]).toBe('quit-meds-gp');
    expect(pills.keys.some((key) => key.startsWith('quit-spray-'))).toBe(false);
    const vape = await firstFive('quit', 'Quit vaping', 'I vape all day at work.');
    expect(vape.keys.some((key) => key.startsWith('quit-spray-'))).toBe(false);
  });

  it('gives always running late real times and a leave-by alarm, not a quit date or cravings', async () => {
    const en = await firstFive('quit', 'Stop being late all the time', 'I am always late for work by ten minutes.');
    expect(en.keys[0]).toBe('quit-late-log');
    expect(en.keys).toContain('quit-late-leave');
    expect(en.text).not.toMatch(/quit date|triggers|urge/i);
    const ru = await firstFive(
      'quit',
      'Перестать опаздывать',
      'Опаздываю к врачу и к друзьям, всегда думаю, что успею.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-late-log');
    expect(ru.text).not.toMatch(/дату отказа|триггер|тяга/i);
  });
});
