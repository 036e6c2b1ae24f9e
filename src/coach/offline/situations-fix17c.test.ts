import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the seventeenth blind read, fixed in general (helper fix17c)', () => {
  it('plans a break away from the phone for scrolling at lunch or at work, with no charger out of the bedroom', async () => {
    const en = await firstFive(
      'quit',
      'Stop scrolling social media on my lunch hour',
      'I eat at my desk with Instagram open and the hour is gone.',
    );
    expect(en.keys).toContain('quit-phone-day');
    expect(en.keys).not.toContain('quit-phone-bedroom');
    const ru = await firstFive(
      'quit',
      'Не сидеть в телефоне в обеденный перерыв',
      'Весь перерыв листаю новости, а после обеда голова тяжёлая.',
      'ru',
    );
    expect(ru.keys).toContain('quit-phone-day');
    expect(ru.keys).not.toContain('quit-phone-bedroom');
    // The phone in bed keeps the charger step.
    const bed = await firstFive('quit', 'Stop scrolling in bed', 'I scroll TikTok until 2 am every night.');
    expect(bed.keys).toContain('quit-phone-bedroom');
    expect(bed.keys).not.toContain('quit-phone-day');
  });

  it('skips picking a quit date when the goal already names the day; the date step stays otherwise', async () => {
    const ru = await firstFive(
      'quit',
      'Бросить вейп вместе с подругой',
      'Парим обе уже три года. Решили бросить ко дню рождения подруги в мае.',
      'ru',
    );
    expect(ru.keys).not.toContain('quit-date');
    const en = await firstFive(
      'quit',
      'Give up cigarettes with my brother',
      'We both smoke twenty a day. Our quit date is set: we stop on my birthday in June.',
    );
    expect(en.keys).not.toContain('quit-date');
    const plain = await firstFive(
      'quit',
      'Give up cigarettes',
      'Twenty a day for ten years, I want to stop within a month.',
    );
    expect(plain.keys).toContain('quit-date');
  });

  it('gives someone already training with a club the gap to the target, not a half-volume comeback', async () => {
    const en = await firstFive(
      'sport',
      'Break 20 minutes for 5 km at parkrun',
      'I ran at school and came back to a running club last year; I run 30 km a week and my best this season is 20:40.',
    );
    expect(en.keys).toContain('sport-train-gap');
    expect(en.keys).not.toContain('sport-28');
    expect(en.keys).not.toContain('sport-29');
    expect(en.text).not.toMatch(/beginner plan|comeback target/i);
    const ru = await firstFive(
      'sport',
      'Проплыть 1500 м быстрее 25 минут',
      'В детстве занимался плаванием, теперь снова плаваю в клубе, 10 км в неделю. Мой лучший результат в этом сезоне — 26:30.',
      'ru',
    );
    expect(ru.keys).toContain('sport-train-gap');
    expect(ru.keys).not.toContain('sport-28');
    expect(ru.keys).not.toContain('sport-29');
  });
});
