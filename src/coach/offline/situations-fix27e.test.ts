import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { tapThrough } from '../../../test/factories/converse.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const tapped = tapThrough(coach);

describe('the twenty-seventh blind read, fixed in general (helper fix27e)', () => {
  it('sends an animal bite or scratch to same-day care — never a vaccine course counted back from a date', async () => {
    const ru = await tapped(
      'checkup',
      'Уколы от бешенства',
      'Позавчера в деревне меня укусила чужая собака за руку, рана небольшая.',
      'ru',
      ['Прививка'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['chk-bite-wash', 'chk-bite-today']);
    expect(ru.keys).toContain('chk-bite-dates');
    expect(ru.keys).not.toContain('chk-vac-book');
    expect(ru.keys).not.toContain('chk-vac-schedule');
    expect(ru.keys).not.toContain('chk-02');
    const en = await tapped(
      'checkup',
      'Sort out rabies jabs',
      'A stray cat scratched my arm on holiday two days ago.',
      'en',
      ['A vaccination'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['chk-bite-wash', 'chk-bite-today']);
    expect(en.keys).not.toContain('chk-vac-book');
    // Filed under travel, the safety net still claims it.
    const trip = await firstFive('travel', 'Get seen after a monkey bit me in Ubud', 'We fly home next week.');
    expect(trip.keys[0]).toBe('chk-bite-wash');
    // Rabies jabs before a trip, with no bite, keep the course counted back from the date.
    const before = await tapped('checkup', 'Rabies vaccination before my trip to Nepal', 'We leave in March.', 'en', [
      'A vaccination',
    ]);
    expect(before.keys).not.toContain('chk-bite-wash');
    expect(before.keys).toContain('chk-vac-schedule');
  });

  it('gives a one-dose jab (flu, a booster) one booking — no schedule of doses and no next dose', async () => {
    const en = await tapped('checkup', 'Have the flu shot this autumn', 'First time; I have COPD.', 'en', [
      'A vaccination',
    ]);
    expect(en.keys[0]).toBe('chk-vac-one-book');
    expect(en.keys).toContain('chk-vac-one-year');
    expect(en.keys).not.toContain('chk-vac-schedule');
    expect(en.keys).not.toContain('chk-vac-next');
    const ru = await tapped('checkup', 'Поставить прививку от гриппа', 'Никогда не ставила, работаю в школе.', 'ru', [
      'Прививка',
    ]);
    expect(ru.keys[0]).toBe('chk-vac-one-book');
    expect(ru.keys).not.toContain('chk-vac-next');
    // A three-dose course keeps its schedule.
    const course = await tapped(
      'checkup',
      'Get the hepatitis B vaccination',
      'I start nursing school in September.',
      'en',
      ['A vaccination'],
    );
    expect(course.keys).toContain('chk-vac-schedule');
    expect(course.keys).not.toContain('chk-vac-one-book');
  });

  it('keeps the times a doctor set for a habit — never moved earlier or shrunk to a version done right now', async () => {
    const en = await tapped(
      'habit',
      'Do my glucose readings',
      'The diabetes nurse wants a reading before each meal, and I forget at lunchtime.',
      'en',
      ['I keep'],
    );
    expect(en.keys[0]).toBe('hab-set-times');
    expect(en.keys).toContain('hab-set-alarms');
    expect(en.keys).not.toContain('hab-forget-early');
    expect(en.keys).not.toContain('hab-05');
    expect(en.keys).not.toContain('hab-09');
    const ru = await tapped(
      'habit',
      'Не пропускать мазь для дочки',
      'Дерматолог велел мазать два раза в день, а я постоянно забываю.',
      'ru',
      ['Постоянно'],
    );
    expect(ru.keys[0]).toBe('hab-set-times');
    expect(ru.keys).not.toContain('hab-forget-early');
    // A habit with no set times keeps the earlier anchor.
    const free = await tapped('habit', 'Stretch every day', 'I keep forgetting by the evening.', 'en', ['I keep']);
    expect(free.keys).toContain('hab-forget-early');
    expect(free.keys).not.toContain('hab-set-times');
  });

  it('keeps the pill steps for vitamins a doctor prescribed even when "I keep forgetting" is tapped', async () => {
    const en = await tapped(
      'habit',
      'Remember my supplements',
      'My GP put me on vitamin B12 and I forget them.',
      'en',
      ['I keep'],
    );
    expect(en.keys[0]).toBe('hab-pills-schedule');
    expect(en.keys).not.toContain('hab-forget-early');
    expect(en.keys).not.toContain('hab-09');
    const ru = await tapped('habit', 'Пить витамины каждый день', 'Врач назначил витамин Д, а я забываю.', 'ru', [
      'Постоянно',
    ]);
    expect(ru.keys[0]).toBe('hab-pills-schedule');
    expect(ru.keys).not.toContain('hab-05');
    // A water habit is no medicine.
    const water = await tapped('habit', 'Drink more water', 'I forget during the day.', 'en', ['I keep']);
    expect(water.keys).not.toContain('hab-pills-schedule');
  });

  it("gives someone woken by a partner's return from a night shift a quiet arrival — not a shift-worker's plan", async () => {
    const ru = await tapped(
      'sleep',
      'Не просыпаться в три ночи',
      'Жена возвращается с ночной смены в больнице, хлопает дверью, и я до утра не сплю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sleep-partner-quiet');
    expect(ru.keys).toContain('sleep-partner-block');
    expect(ru.keys).not.toContain('sleep-shiftwork-plan');
    expect(ru.keys).not.toContain('sleep-shiftwork-home');
    const en = await tapped(
      'sleep',
      'Stop losing sleep at 5 am',
      'My husband gets home from his night shift at the depot and the kettle wakes me.',
    );
    expect(en.keys[0]).toBe('sleep-partner-quiet');
    expect(en.keys).not.toContain('sleep-shiftwork-plan');
    // Someone who works the nights keeps the shift-work plan.
    const self = await firstFive('sleep', 'Sleep well between night shifts', 'I work nights at a warehouse.');
    expect(self.keys).toContain('sleep-shiftwork-plan');
    expect(self.keys).not.toContain('sleep-partner-quiet');
  });

  it('gives a wheelchair user a gym session from the chair — no bike warm-up, even after "None of these"', async () => {
    const en = await tapped(
      'fitness',
      'Build upper-body strength for transfers',
      "I'm a paraplegic after a climbing fall and I want to start at the gym near work.",
    );
    expect(en.keys).toContain('fit-gym-first-chair');
    expect(en.keys).not.toContain('fit-gym-first');
    const ru = await tapped(
      'fitness',
      'Начать ходить в тренажёрный зал',
      'Я колясочник, хочу сильнее плечи и руки.',
      'ru',
    );
    expect(ru.keys).toContain('fit-gym-first-chair');
    expect(ru.keys).not.toContain('fit-gym-first');
    // Someone walking into the gym keeps the ordinary first session.
    const gym = await firstFive('fitness', 'Join a gym and go three times a week', 'Never been to one, 29, healthy.');
    expect(gym.keys).not.toContain('fit-gym-first-chair');
  });

  it('puts a daily walk in the time window the person named — not after lunch', async () => {
    const en = await tapped(
      'fitness',
      'Walk more every day',
      "I'm 58 and the afternoons are too hot here, so only early mornings work for me.",
      'en',
      ['Walking more'],
    );
    expect(en.keys).toContain('fit-walk-daily-window');
    expect(en.keys).not.toContain('fit-walk-daily');
    const ru = await tapped('fitness', 'Больше ходить пешком', 'Днём работаю, гулять могу только по вечерам.', 'ru', [
      'Больше ходить',
    ]);
    expect(ru.keys).not.toContain('fit-walk-daily');
    // No window named keeps the after-lunch walk.
    const plain = await tapped('fitness', 'Walk 7000 steps a day', 'I sit at a desk all day.', 'en', ['Walking more']);
    expect(plain.keys).not.toContain('fit-walk-daily-window');
  });
});
