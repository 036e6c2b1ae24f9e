import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-eighth blind read, fixed in general (helper fix48O)', () => {
  it('walks someone back from a replaced joint or a broken bone: the physio asked, a flat daily walk, the target in stages', async () => {
    const en = await tap(
      'fitness',
      'walk to the shops again',
      "I'm 68 and had my knee replaced in March. I'm still on two crutches outdoors and I'd like to walk to the corner shop on my own by June.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['fit-mend-ask', 'fit-mend-flat', 'fit-mend-stages']));
    expect(en.keys).not.toContain('fit-02');
    const ru = await tap(
      'fitness',
      'снова ходить без трости',
      'Мне 55, в январе сломала ногу, гипс сняли месяц назад, хожу с тростью. Хочу к лету сама ходить на рынок.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fit-mend-ask', 'fit-mend-flat', 'fit-mend-stages']));
    expect(ru.keys).not.toContain('fit-24');
    // A stick with no operation or broken bone named: no rehab walks.
    const near = await tap(
      'fitness',
      'walk round the park every day',
      "I'm 80 and use a walking stick; I'd like to get round the park without sitting down.",
      'en',
      ['Just starting'],
    );
    expect(near.keys).not.toContain('fit-mend-flat');
    expect(near.keys).not.toContain('fit-mend-stages');
    // A joint replacement still to come: no rehab walks.
    const before = await tap(
      'fitness',
      'lose weight before my hip replacement',
      "I'm 64 and the surgeon wants me lighter before the operation in spring.",
      'en',
      ['Just starting'],
    );
    expect(before.keys).not.toContain('fit-mend-ask');
  });

  it('skips the set-up and the first go at a physio set already done most days', async () => {
    const en = await tap(
      'fitness',
      'a stronger back',
      'My physio gave me a sheet of exercises for my lower back and I do them every day, but I want to get stronger.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('fit-rx-home');
    expect(en.keys).not.toContain('fit-rx-first');
    expect(en.keys).toContain('fit-rx-log');
    const ru = await tap(
      'fitness',
      'укрепить спину',
      'Врач дал комплекс ЛФК от сколиоза, делаю его почти каждый день уже месяц.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('fit-rx-home');
    expect(ru.keys).not.toContain('fit-rx-first');
    const near = await tap(
      'fitness',
      'a stronger back',
      'My physio gave me a sheet of exercises for my lower back.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('fit-rx-home');
  });

  it('keeps the daily walk a doctor set instead of three sessions with rest days', async () => {
    const en = await tap(
      'fitness',
      'get my strength back',
      "I'm 62 and had a heart attack in spring. My doctor told me to walk every day and build up slowly.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('fit-doc-walk');
    expect(en.keys).not.toContain('fit-06');
    const ru = await tap(
      'fitness',
      'восстановиться после инсульта',
      'Мне 70, полгода назад был инсульт. Невролог велел гулять каждый день, а я сижу дома.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('fit-doc-walk');
    expect(ru.keys).not.toContain('fit-06');
    const near = await tap('fitness', 'get in shape', "I'm 35 and want to exercise more.", 'en', ['Just starting']);
    expect(near.keys).not.toContain('fit-doc-walk');
  });

  it('gives someone afraid to go alone company or an instructor, and no gym hunt while exercise therapy is prescribed', async () => {
    const ru = await tap(
      'fitness',
      'начать ходить в спортзал',
      'Мне 28, хочу подтянуть форму, но одной в зал идти страшно.',
      'ru',
      ['Начать ходить', 'Только начинаю'],
    );
    expect(ru.keys).toContain('fit-gym-alone');
    const en = await tap(
      'fitness',
      'start going to the gym',
      "I'm 30 and want to get stronger, but going to the gym alone scares me.",
      'en',
      ['Starting at a gym', 'Just starting'],
    );
    expect(en.keys).toContain('fit-gym-alone');
    const near = await tap(
      'fitness',
      'start going to the gym',
      "I'm 30 and want to get stronger; my friend is joining with me.",
      'en',
      ['Starting at a gym', 'Just starting'],
    );
    expect(near.keys).not.toContain('fit-gym-alone');
    expect(near.keys).toContain('fit-gym-pick');
    const rx = await tap(
      'fitness',
      'укрепить спину',
      'Невролог назначил ЛФК, хочу заниматься и потом, может быть, ходить в зал.',
      'ru',
      ['Только начинаю'],
    );
    expect(rx.keys).not.toContain('fit-gym-pick');
  });

  it('sends a weak swimmer to an instructor before lengths on their own', async () => {
    const ru = await tap(
      'fitness',
      'ходить в бассейн ради спины',
      'Протрузии в пояснице, врач посоветовал плавание. Плаваю плохо, голову держу над водой.',
      'ru',
      ['Регулярно ходить в бассейн', 'Только начинаю'],
    );
    expect(ru.keys).toContain('fit-pool-coach');
    expect(ru.keys).not.toContain('fit-pool-swim');
    expect(ru.keys).not.toContain('fit-pool-block');
    const en = await tap(
      'fitness',
      'swim for my back',
      "My doctor recommended swimming for my sciatica, but I'm a poor swimmer and only do a doggy paddle.",
      'en',
      ['Swimming regularly', 'Just starting'],
    );
    expect(en.keys).toContain('fit-pool-coach');
    expect(en.keys).not.toContain('fit-pool-swim');
    const near = await tap(
      'fitness',
      'swim twice a week',
      'I swim lengths easily but I keep skipping the pool after work.',
      'en',
      ['Swimming regularly', 'Coming back'],
    );
    expect(near.keys).not.toContain('fit-pool-coach');
  });

  it('books the doctor once for a driver nodding off at the wheel', async () => {
    const en = await tap(
      'checkup',
      'see my GP about my snoring',
      "I'm a bus driver and I've dozed off at the wheel at red lights; my partner says I stop breathing at night. I'm scared of what they'll say.",
      'en',
      ['A pain or symptom'],
    );
    expect(en.keys).toContain('hz-drowsy-doctor');
    expect(en.keys).not.toContain('chk-sym-book');
    expect(en.keys).not.toContain('chk-04');
    const near = await tap(
      'checkup',
      'get my shoulder checked',
      "My shoulder hurts when I lift my arm, and it won't go away. I'm scared of what they'll say.",
      'en',
      ['A pain or symptom'],
    );
    expect(near.keys).toContain('chk-sym-book');
  });

  it('names no Russian insurance policy to a parent in another country', async () => {
    const ru = await tap(
      'checkup',
      'Сводить дочку к окулисту',
      'Дочке 7, живём в Ташкенте, учительница говорит, что она щурится у доски. Платный приём дорогой.',
      'ru',
      ['Записать и сводить ребёнка'],
    );
    expect(ru.keys).toContain('chk-child-book');
    expect(ru.text).not.toMatch(/ОМС/);
  });

  it('skips finding swimming lessons when an adult class is already there', async () => {
    const en = await tap(
      'skill',
      'learn to swim',
      "I'm 40 and can't swim. There's an adult beginners' group at the leisure centre on Saturdays.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('skill-swim-plan');
    expect(en.keys).toContain('skill-swim-book');
    const ru = await tap(
      'skill',
      'научиться плавать',
      'Мне 38, плавать не умею. В бассейне у дома есть группа для взрослых по субботам.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('skill-swim-plan');
    const near = await tap('skill', 'learn to swim', "I'm 40 and can't swim; I need to find an adult class.", 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('skill-swim-plan');
  });
});
