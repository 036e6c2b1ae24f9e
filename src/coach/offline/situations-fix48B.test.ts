import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { createSlotReader } from './slots.js';

const { coach, pack } = shippedOfflineCoach();
const tap = tapThrough(coach);
const slots = createSlotReader(pack.slots);
const WEAK = ['skill-bees-doctor', 'skill-bees-mentor', 'skill-bees-weak', 'skill-bees-kit', 'skill-bees-first'];
const drives = (keys: string[]) => keys.filter((key) => key.startsWith('skill-drive-'));

describe('the forty-seventh blind read, fixed in general (helper fix48B)', () => {
  it('reads «уже не» (no longer) and «опыта ноль» as no sign of doing it now', () => {
    expect(slots.read('научиться вязать', ['Мама сама уже не может вязать, а опыта у меня ноль.']).level).toBe(
      'beginner',
    );
    expect(slots.read('научиться вязать', ['Бабушка уже не видит спицы.']).level).not.toBe('active');
    // Near miss: «уже не первый год» is still doing it now.
    expect(slots.read('научиться вязать жаккард', ['Вяжу уже не первый год, хочу сложные узоры.']).level).toBe(
      'active',
    );
  });

  it('looks at a weak colony with the beekeeper for someone new to hives', async () => {
    const ru = await tap(
      'skill',
      'освоить пасеку',
      'Мне 61. Тесть отдал нам два улья, сам уже не справляется. Опыта никакого. Одна семья слабая, боюсь, не перезимует.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toEqual(WEAK);
    const en = await tap(
      'skill',
      'Look after the two hives I inherited',
      "My uncle can't manage them any more and I've never kept bees. One colony looks weak and I'm not sure it will make it through the winter.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual(WEAK);
    // Near miss: no weak colony named keeps the ordinary first steps.
    const near = await tap(
      'skill',
      'Start keeping bees',
      'Bought one hive from a local club, never kept bees before.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).not.toContain('skill-bees-weak');
    expect(near.keys[0]).toBe('skill-bees-doctor');
  });

  it('reads a course some hours’ drive away as a distance, not a driving lesson', async () => {
    const en = await tap(
      'skill',
      'learn to use a chainsaw for our firewood',
      'The nearest chainsaw course is a 90 minute drive away and I work shifts.',
      'en',
      ['Just starting'],
    );
    expect(drives(en.keys)).toEqual([]);
    expect(en.keys).toContain('skill-hazard-kit');
    const ru = await tap(
      'skill',
      'научиться сварке',
      'Ближайшие курсы сварщиков — три часа езды, а у меня хозяйство.',
      'ru',
      ['Только начинаю'],
    );
    expect(drives(ru.keys)).toEqual([]);
    expect(ru.keys).toContain('skill-hazard-kit');
    // Near miss: learning to drive itself keeps the instructor, however far the test centre is.
    const near = await tap(
      'skill',
      'learn to drive',
      "I'm 30 and nervous; the test centre is an hour's drive from us.",
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('skill-drive-instructor');
  });

  it('lets a tool powered off a generator keep its own net, the generator moved out first', async () => {
    const en = await tap(
      'skill',
      'learn to weld fence posts',
      "I've never welded. The welder will run off a generator in the barn.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('skill-hazard-kit');
    expect(en.keys).not.toContain('skill-fuel-fire');
    const ru = await tap(
      'skill',
      'научиться варить металл',
      'Сварочный аппарат буду запитывать от генератора, никогда не варил.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('skill-hazard-kit');
    expect(ru.keys).not.toContain('skill-fuel-fire');
    // Near miss: gas named too keeps the fuel steps.
    const near = await tap(
      'skill',
      'learn to weld and braze',
      'The welder runs off a generator and I heat the joints with a propane torch in the garage.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('skill-fuel-place');
  });
});
