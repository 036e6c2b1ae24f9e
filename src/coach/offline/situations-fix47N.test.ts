import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-seventh blind read, fixed in general (helper fix47N)', () => {
  it('walks a bereaved cook through the dead one’s dishes — a grief goal with no cooking gets none of it', async () => {
    const en = await tap(
      'grief',
      "Learn to make my husband's curries",
      'Raj died in January. He did all the cooking for thirty years and I mostly lived on toast since. His recipe folder is full of notes I only half understand.',
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['grief-dish-pick', 'grief-dish-ask', 'grief-dish-cook']);
    const ru = await tap(
      'grief',
      'Научиться готовить, как готовила мама',
      'Мамы не стало осенью. Осталась её тетрадь с рецептами, но половину сокращений я не понимаю, а сам умею только пельмени сварить.',
      'ru',
    );
    expect(ru.keys[0]).toBe('grief-dish-pick');
    // Near misses: evenings alone with no cooking named; a dish cooked for the anniversary stays the anniversary's.
    const evenings = await tap(
      'grief',
      'Get through the evenings after my wife died',
      'She died in May. The evenings are the worst, the house is too quiet.',
    );
    expect(some(evenings.keys, 'grief-dish-')).toEqual([]);
    const year = await tap(
      'grief',
      'Годовщина смерти папы',
      'Через месяц год, как папы нет. Хочу в этот день приготовить его любимый плов по его рецепту.',
      'ru',
    );
    expect(some(year.keys, 'grief-dish-')).toEqual([]);
  });

  it('reads a shared bedroom, not a wish to sit in the same room with a teenager', async () => {
    const en = await tap(
      'family',
      'Get on with my partner’s daughter',
      "She's 14 and we barely talk. I'd just like us to be in the same room without silence.",
      'en',
    );
    expect(some(en.keys, 'fam-room-')).toEqual([]);
    const ru = await tap(
      'family',
      'Наладить отношения с падчерицей',
      'Ей 13, со мной не разговаривает. Хочу хотя бы спокойно сидеть с ней в одной комнате.',
      'ru',
    );
    expect(some(ru.keys, 'fam-room-')).toEqual([]);
    // Near misses: people who really share a bedroom keep the room steps.
    const shared = await tap(
      'family',
      'Make it work with grandma moving in',
      'My son (12) and my mother will sleep in the same room from next month.',
    );
    expect(shared.keys[0]).toBe('fam-room-needs');
    const sharedRu = await tap(
      'family',
      'Бабушка переезжает к нам',
      'Сын 12 лет и бабушка будут жить в одной комнате, другой у нас нет.',
      'ru',
    );
    expect(sharedRu.keys[0]).toBe('fam-room-needs');
  });

  it('starts an elder’s recorded stories from the recordings, never a manuscript’s next chapter', async () => {
    const en = await tap(
      'writing',
      "Turn grandad's stories into something the family can keep",
      "He's 88 and tells the same war stories every Sunday. I already have voice memos of five of them on my phone.",
      'en',
    );
    expect(en.keys[0]).toBe('write-elder-save');
    expect(en.keys).not.toContain('write-elder-record');
    expect(some(en.keys, 'write-act-')).toEqual([]);
    const ru = await tap(
      'writing',
      'Записать рассказы бабушки для внуков',
      'Бабушке 90, рассказывает про деревню и войну. У меня уже есть записи на телефоне, штук пять.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-elder-save');
    expect(some(ru.keys, 'write-act-')).toEqual([]);
    // Near miss: nothing recorded yet — the first talk is recorded first.
    const fresh = await tap(
      'writing',
      "Write down grandma's stories",
      'She is 93 and tells wonderful stories about her village, but nobody has ever written them down.',
    );
    expect(fresh.keys).toContain('write-elder-record');
    expect(fresh.keys).not.toContain('write-elder-save');
  });
});
