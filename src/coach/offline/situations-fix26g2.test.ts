import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createSlotReader } from './slots.js';

const { coach, pack } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const reader = createSlotReader(pack.slots);

describe('the twenty-sixth blind read, fixed in general (helper fix26g2)', () => {
  it("gives an experienced driver switching sides the new side's rules and roundabouts — not a new driver's loops", async () => {
    const en = await firstFive(
      'skill',
      'Get confident driving on the left',
      "We've just moved to Dublin. I've driven in Texas since I was 16, but the mini roundabouts here scare me.",
    );
    expect(en.keys[0]).toBe('skill-side-instructor');
    expect(en.keys).toContain('skill-side-roundabout');
    expect(en.keys).not.toContain('skill-drive-route');
    expect(en.keys).not.toContain('skill-drive-car');
    const ru = await firstFive(
      'skill',
      'Привыкнуть к левостороннему движению',
      'Переехали на Кипр, за рулём пятнадцать лет, но только по правой стороне.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-side-instructor');
    expect(ru.keys).not.toContain('skill-drive-route');
    expect(ru.keys).not.toContain('skill-drive-quiet');
    // A first-time driver keeps the new driver's path.
    const first = await firstFive('skill', 'Learn to drive', "I'm 30 and I've never driven a car.");
    expect(first.keys).toContain('skill-drive-route');
    expect(first.keys).not.toContain('skill-side-instructor');
  });

  it('gives touch typing the next keys before real messages and no second scheduling step', async () => {
    const ru = await firstFive(
      'skill',
      'Освоить слепую печать',
      'Набираю одним-двумя пальцами, глаза всё время на клавишах.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(['skill-type-test', 'skill-type-home', 'skill-type-daily', 'skill-type-next']);
    expect(ru.keys).not.toContain('skill-07');
    expect(ru.keys).not.toContain('skill-21');
    const en = await firstFive('skill', 'Learn to touch type', 'I can practise in the evenings after work.');
    expect(en.keys.indexOf('skill-type-next')).toBeLessThan(en.keys.indexOf('skill-type-real'));
    expect(en.keys).not.toContain('skill-21');
    expect(en.keys).not.toContain('skill-07');
    // Another skill keeps the weekly sessions in the calendar.
    const other = await firstFive('skill', 'Learn to solve a Rubik cube', 'No idea where to start.');
    expect(other.keys).not.toContain('skill-type-next');
  });

  it('reads a weekday named as free time as no date: months away gets no last-days cramming', async () => {
    const ruText = 'Хочу сдать до конца весны. Готовиться могу после работы по часу, в воскресенье больше.';
    expect(reader.read('Сдать экзамен AWS Solutions Architect', [ruText]).horizon).not.toBe('days');
    const ru = await firstFive('exam', 'Сдать экзамен AWS Solutions Architect', `Давно работаю с AWS. ${ruText}`, 'ru');
    expect(ru.keys).not.toContain('exam-days-weak');
    expect(ru.keys).not.toContain('exam-days-logistics');
    const enText = 'I want to sit it before the summer. I can only study on Saturday mornings, a few hours.';
    const en = reader.read('Pass the PMP certification', [enText]);
    expect(en.horizon).not.toBe('days');
    expect(en.deadline).toBe(true);
    expect(reader.read('Learn to knit', ['I am free on Sunday afternoons.']).deadline).toBe(false);
    // An exam that is on Saturday is still days away.
    const near = reader.read('Pass my CCNA', ['The exam is on Saturday and I feel behind on subnetting.']);
    expect(near.horizon).toBe('days');
    expect(reader.read('Сдать зачёт', ['Зачёт в субботу, а я не готов.']).horizon).toBe('days');
  });

  it("gives a tractor licence the tractor's own check and theory — not a forklift's forks and load centre", async () => {
    const ru = await firstFive(
      'exam',
      'Получить удостоверение тракториста',
      'Трактор вожу давно, помогал в хозяйстве, а билеты по ПДД ни разу не открывал. Экзамен весной.',
      'ru',
    );
    expect(ru.keys).toContain('exam-tractor-checks');
    expect(ru.keys).toContain('exam-tractor-theory');
    expect(ru.keys).not.toContain('exam-plant-checks');
    expect(ru.keys).not.toContain('exam-plant-theory');
    const en = await firstFive(
      'exam',
      'Pass my tractor driving test',
      'I grew up on a farm but never studied the theory.',
    );
    expect(en.keys).toContain('exam-tractor-checks');
    expect(en.keys).not.toContain('exam-plant-checks');
    // A forklift keeps the forklift's checks.
    const forklift = await firstFive('exam', 'Get my forklift licence', 'The course is next month at the depot.');
    expect(forklift.keys).toContain('exam-plant-checks');
    expect(forklift.keys).not.toContain('exam-tractor-checks');
  });

  it('reads a newsletter named as a yardstick as no channel to run', async () => {
    expect(
      reader.read('Write my first short story', ["I've never written anything longer than a blog post."]).values.shape
        ?.id,
    ).not.toBe('channel');
    expect(reader.read('Написать повесть', ['Длиннее поста в телеграме ничего не писала.']).values.shape?.id).not.toBe(
      'channel',
    );
    const en = await firstFive(
      'writing',
      'Finish a first draft of a novel',
      "I've never written anything longer than a newsletter.",
    );
    expect(en.keys).not.toContain('write-ch-ideas');
    // A newsletter to run is still a channel.
    expect(reader.read('Start a weekly newsletter', ['About gardening.']).values.shape?.id).toBe('channel');
  });

  it('reads an injury said without the word (an Achilles that flares up) as a gentle start', () => {
    expect(
      reader.read('Run a faster half marathon', ['I run five times a week but my Achilles flares up on long runs.'])
        .level,
    ).toBe('beginner');
    expect(
      reader.read('Пробежать 10 км быстрее', ['Бегаю четыре раза в неделю, но ахилл после длинных пробежек болит.'])
        .level,
    ).toBe('beginner');
    // A runner with no injury stays active.
    expect(reader.read('Run a faster half marathon', ['I run five times a week.']).level).toBe('active');
  });

  it('reads after school and «вечером» as an evening window', () => {
    expect(reader.read('Learn to code', ['I can only do it after school.']).values.window?.id).toBe('evenings');
    expect(
      reader.read('Научиться программировать', ['Заниматься могу только вечером.'], undefined).values.window?.id,
    ).toBe('evenings');
    expect(reader.read('Подтянуть математику', ['Заниматься могу после уроков.']).values.window?.id).toBe('evenings');
    expect(
      reader.read('Подтянуть математику', ['После уроков хожу на тренировки, заниматься могу в выходные.']).values
        .window?.id,
    ).toBe('weekends');
    // A weekend stays a weekend.
    expect(reader.read('Learn to code', ['I have time at weekends.']).values.window?.id).toBe('weekends');
  });
});
