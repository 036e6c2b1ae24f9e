import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-ninth blind read, fixed in general (helper fix49E)', () => {
  it('shares a parent’s care between siblings instead of the dementia visit steps', async () => {
    const en = await tap(
      'family',
      'Sort out caring for Dad with my sister',
      'Dad has dementia and lives alone. My sister and I share the care, but we never agree on who does what for Dad or who should pay for his care.',
      'en',
      ['A family member with dementia'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['fam-sib-jobs']));
    expect(en.keys).not.toContain('fam-dem-slot');
    expect(en.keys).not.toContain('fam-dem-list');
    const ru = await tap(
      'family',
      'Поделить заботу о маме с братом',
      'У мамы деменция. Мы с братом ухаживаем по очереди, но всё время ругаемся, кто сколько делает и кто платит за сиделку.',
      'ru',
      ['Близкий человек с деменцией'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fam-sib-jobs']));
    expect(ru.keys).not.toContain('fam-dem-slot');
    // Dementia with no care shared out: the dementia visit steps stay.
    const near = await tap(
      'family',
      'Make my visits with Mum better',
      'Mum has dementia and I see her every Sunday at the home; the visits feel empty.',
      'en',
      ['A family member with dementia'],
    );
    expect(near.keys).toContain('fam-dem-slot');
    expect(near.keys).not.toContain('fam-sib-jobs');
  });

  it('makes a relative’s cooker safe, not the person’s own, when they leave the gas on', async () => {
    const en = await tap(
      'family',
      'Help my gran stay in her own flat',
      'Gran is 88 and lately she forgets to turn off the hob; last week she left the gas on all afternoon.',
      'en',
    );
    expect(en.keys[0]).toBe('hz-cooker-other-safe');
    expect(en.keys).not.toContain('hz-cooker-safe');
    const ru = await tap(
      'family',
      'Чаще бывать у отца',
      'Папе 82, живёт один, и в последнее время он забывает выключить газ — соседка дважды звонила.',
      'ru',
    );
    expect(ru.keys[0]).toBe('hz-cooker-other-safe');
    expect(ru.keys).not.toContain('hz-cooker-safe');
    // The person's own cooker: the self steps stay.
    const near = await tap(
      'reading',
      'Read before bed again',
      'I got lost in a book and left the gas on under the soup until it boiled dry.',
      'en',
    );
    expect(near.keys[0]).toBe('hz-cooker-safe');
    expect(near.keys).not.toContain('hz-cooker-other-safe');
  });

  it('gives homework battles short timed blocks and a word with the teacher, not the partner-away steps', async () => {
    const en = await tap(
      'family',
      'stop yelling at my son over his spellings',
      'He is 8, homework takes two hours and ends with both of us in tears. My wife is deployed with the navy until June.',
      'en',
      ['I lose my temper'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['fam-hw-blocks', 'fam-hw-school']));
    expect(en.keys).not.toContain('fam-away-calls');
    expect(en.keys).not.toContain('fam-away-letters');
    const ru = await tap(
      'family',
      'не орать на дочку за домашним заданием',
      'Дочке 8, домашние задания делаем по два часа, я срываюсь. Муж на вахте, всё на мне.',
      'ru',
      ['Срываюсь и кричу на детей'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fam-hw-blocks', 'fam-hw-school']));
    expect(ru.keys).not.toContain('fam-away-calls');
    expect(ru.keys.filter((key) => key === 'fam-25' || key === 'fam-temper-map')).toHaveLength(1);
    // A partner away and the goal about them: the away steps stay, no homework steps.
    const near = await tap(
      'family',
      'Stay close to my husband while he is away',
      'He works offshore on the rigs, three weeks on, and our calls keep dropping.',
      'en',
    );
    expect(near.keys).toContain('fam-away-calls');
    expect(near.keys).not.toContain('fam-hw-blocks');
  });

  it('gives a single parent of fighting children a line of their own, not one agreed with the other parent', async () => {
    const en = await tap(
      'family',
      'stop my daughters fighting',
      "I'm a single mum and I'm on my own with the kids every evening; my two girls fight from tea to bedtime.",
      'en',
      ['The children fighting'],
    );
    expect(en.keys).toContain('fam-sib-solo');
    expect(en.keys).not.toContain('fam-sib-script');
    expect(en.texts.join(' ')).not.toMatch(/with the other parent/);
    const ru = await tap(
      'family',
      'чтобы сыновья не дрались',
      'Воспитываю их одна, сыновьям 7 и 9, дети дерутся каждый вечер.',
      'ru',
      ['Дети ссорятся'],
    );
    expect(ru.keys).toContain('fam-sib-solo');
    expect(ru.keys).not.toContain('fam-sib-script');
    // Two parents at home: the shared script stays.
    const near = await tap(
      'family',
      'stop my daughters fighting',
      'My husband and I are worn out: our two girls fight from tea to bedtime.',
      'en',
      ['The children fighting'],
    );
    expect(near.keys).toContain('fam-sib-script');
    expect(near.keys).not.toContain('fam-sib-solo');
  });

  it('grieves a horse kept at a yard with its tack, not a dog’s bowl or a choir’s first half', async () => {
    const en = await tap(
      'grief',
      'face the stables again',
      'My old pony Maisie was put to sleep last month and her saddle and rugs are still at the livery.',
      'en',
      ['Going back'],
    );
    expect(en.keys).toContain('grief-yard-tack');
    expect(en.keys).not.toContain('grief-pet-things');
    expect(en.keys).not.toContain('grief-back-part');
    const ru = await tap(
      'grief',
      'пережить смерть моей лошади',
      'Моего коня усыпили две недели назад, седло и попоны до сих пор на конюшне, а я не могу туда поехать.',
      'ru',
      ['Вернуться'],
    );
    expect(ru.keys).toContain('grief-yard-tack');
    expect(ru.keys).not.toContain('grief-pet-things');
    // A dog: the bowl and lead stay, no tack.
    const near = await tap(
      'grief',
      'get through losing my dog',
      'We had to put our dog down last week after fourteen years.',
      'en',
    );
    expect(near.keys).toContain('grief-pet-things');
    expect(near.keys).not.toContain('grief-yard-tack');
  });
});
