import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-eighth blind read, fixed in general (helper fix48F)', () => {
  it('gives gluten-free bread its own recipe, a safe corner in a shared kitchen and a small loaf, not a diabetes plate', async () => {
    const en = await tap(
      'skill',
      'bake gluten free bread at home',
      'My son is coeliac and the bought loaves crumble. My partner bakes with ordinary flour in the same kitchen.',
      'en',
      ['Cooking for a medical diet'],
    );
    expect(en.keys).toContain('skill-gfb-kitchen');
    expect(en.keys).toContain('skill-gfb-trial');
    expect(en.keys).not.toContain('skill-cook-diet-rules');
    expect(en.keys).not.toContain('skill-04');
    const ru = await tap(
      'skill',
      'научиться печь хлеб без глютена',
      'У дочки целиакия, магазинный хлеб дорогой и невкусный. Никогда не пекла.',
      'ru',
      ['Готовить по лечебной диете'],
    );
    expect(ru.keys).toContain('skill-gfb-kitchen');
    expect(ru.keys).not.toContain('skill-cook-diet-rules');
    // Cooking for diabetes, no bread: the diet's own steps stand.
    const near = await tap(
      'skill',
      'learn to cook for my diabetic husband',
      'He was diagnosed with type 2 diabetes and I only know how to make pasta.',
      'en',
      ['Cooking for a medical diet'],
    );
    expect(near.keys).toContain('skill-cook-diet-rules');
    expect(near.keys).not.toContain('skill-gfb-kitchen');
  });

  it('names no other country’s emergency number in the pregnancy warning signs', async () => {
    const result = await tap(
      'fitness',
      'keep doing yoga while pregnant',
      "I'm 18 weeks pregnant in Perth and had some spotting last week.",
      'en',
      ['Exercise during pregnancy'],
    );
    expect(result.keys).toContain('hz-pregsign-now');
    expect(result.texts.join(' ')).not.toMatch(/999|911/);
  });

  it('plans the heavy work of a room on the helpers when the person mustn’t lift', async () => {
    const ru = await tap(
      'home',
      'Переделать кабинет в спальню для мамы',
      'Мне нельзя поднимать тяжести после операции, мебель будут переносить сын и зять. Нужно успеть к маю.',
      'ru',
      ['Обустроить комнату под новое назначение'],
    );
    expect(ru.keys).toContain('home-room-helpers');
    expect(ru.keys).not.toContain('home-room-arrange');
    const en = await tap(
      'home',
      'turn the box room into a nursery',
      "I'm 30 weeks pregnant and the midwife says no heavy lifting, so my brother will move the furniture.",
      'en',
      ['Setting up a room'],
    );
    expect(en.keys).not.toContain('home-room-arrange');
    // Able to carry: the person sets the room up.
    const near = await tap(
      'home',
      'turn the spare room into a study',
      'I work from home three days a week and want a proper desk and shelves.',
      'en',
      ['Setting up a room'],
    );
    expect(near.keys).not.toContain('home-room-helpers');
  });

  it('talks hard sessions through with the doctor and keeps the reliever at hand when asthma is named', async () => {
    const en = await tap(
      'sport',
      'run a half marathon under 1:50',
      "I've been running for three years, 40 km a week. I'm asthmatic, I carry an inhaler and speed work leaves me short of breath.",
      'en',
      ['Already training'],
    );
    expect(en.keys).not.toContain('sport-07');
    expect(en.keys).toContain('sport-asthma-plan');
    const ru = await tap(
      'sport',
      'Пробежать 5 км быстрее 22 минут',
      'Бегаю три года, 5 км за 24 минуты. С детства астма, на ускорениях задыхаюсь.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys).not.toContain('sport-07');
    expect(ru.keys).toContain('sport-asthma-plan');
    const near = await tap(
      'sport',
      'run a 10k under 45 minutes',
      "I've been running for four years, about 40 km a week, and my 10k best is 48 minutes.",
      'en',
      ['Already training'],
    );
    expect(near.keys).not.toContain('sport-asthma-plan');
  });

  it('builds the arm after lymph nodes are removed with the nurse’s plan and a watch on it, no max-rep test', async () => {
    const en = await tap(
      'fitness',
      'get back to doing press-ups',
      'I had breast cancer surgery with some lymph nodes removed last year and I want to get my strength back slowly.',
      'en',
      ['Building up to push-ups'],
    );
    expect(en.keys).toContain('fit-lymph-check');
    expect(en.keys).not.toContain('fit-reps-max');
    const ru = await tap(
      'fitness',
      'научиться отжиматься 10 раз',
      'Мне 50, год назад мастэктомия, удалили лимфоузлы справа, врач говорит беречь руку от лимфостаза.',
      'ru',
      ['Больше отжиманий'],
    );
    expect(ru.keys).toContain('fit-lymph-check');
    expect(ru.keys).not.toContain('fit-reps-max');
    const near = await tap(
      'fitness',
      'build up to ten push-ups',
      "I'm 45 and can't do a single one yet. I'd like ten proper ones by summer.",
      'en',
      ['Building up to push-ups'],
    );
    expect(near.keys).toContain('fit-reps-test');
    expect(near.keys).not.toContain('fit-lymph-check');
  });

  it('keeps a quiet saving off the card a partner controls', async () => {
    const ru = await tap(
      'finance',
      'отложить немного денег для себя',
      'Муж следит за всеми тратами по моей карте. Хочу втайне от мужа накопить на курсы.',
      'ru',
      ['Накопить деньги'],
    );
    expect(ru.keys).toContain('fin-quiet-place');
    expect(ru.keys).not.toContain('fin-15');
    const en = await tap(
      'finance',
      'save some money of my own',
      'My husband checks every payment on our account. I want to save a bit without him knowing.',
      'en',
      ['Saving up money'],
    );
    expect(en.keys).toContain('fin-quiet-place');
    expect(en.keys).not.toContain('fin-15');
    const near = await tap(
      'finance',
      'save for a new laptop',
      "I'm a nurse and want to put aside money from each salary for a laptop by December.",
      'en',
      ['Saving up money'],
    );
    expect(near.keys).not.toContain('fin-quiet-place');
  });

  it('keeps a pregnant runner running, easier, with the stop signs written down — no yoga class in its place', async () => {
    const en = await tap(
      'fitness',
      'carry on running through my pregnancy',
      "I'm 16 weeks pregnant, I've been running 25 km a week for years and my doctor says I can keep going.",
      'en',
      ['Exercise during pregnancy'],
    );
    expect(en.keys).toContain('fit-preg-run');
    expect(en.keys).not.toContain('fit-preg-class');
    const ru = await tap(
      'fitness',
      'продолжать бегать во время беременности',
      'Мне 30, 15 недель беременности, бегаю три раза в неделю по 8 км, врач разрешила.',
      'ru',
      ['Тренировки во время беременности'],
    );
    expect(ru.keys).toContain('fit-preg-run');
    const near = await tap(
      'fitness',
      'stay active while pregnant',
      "I'm 20 weeks pregnant and I've never exercised much. My midwife says walking and swimming are good.",
      'en',
      ['Exercise during pregnancy'],
    );
    expect(near.keys).not.toContain('fit-preg-run');
  });
});
