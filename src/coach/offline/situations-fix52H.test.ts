import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);
const SKILL = ['Learning a skill', 'Освоение навыка'];
const SEW = [...SKILL, 'Knitting', 'Рукоделие'];
const CUISINE = [...SKILL, 'Another country', 'Кухня другой'];

describe('the fifty-first blind read, sewing and cooking in skill (fix52H)', () => {
  it('a sewing machine already in use is tuned on a scrap, not readied before a first seam; an unused one keeps the readying', async () => {
    const ru = await tap(
      'skill',
      'хочу шить себе юбки на маминой машинке',
      'Мамина «Подольская» стоит у меня, я уже шила на ней наволочки и фартук, заправлять умею. Хочу научиться шить юбки.',
      'ru',
      SEW,
    );
    expect(ru.keys).not.toContain('skill-sew-old');
    expect(ru.keys).not.toContain('skill-sew-setup');
    expect(ru.keys).toContain('skill-sew-scrap');
    expect(ru.texts.join(' ')).not.toMatch(/до первой строчки|спицы/);
    const en = await tap(
      'skill',
      "get better at sewing on my grandma's old treadle",
      "I inherited my grandma's treadle machine, had it serviced last year and I already sew tote bags on it. I'd like to make curtains and simple tops.",
      'en',
      SEW,
    );
    expect(en.keys).not.toContain('skill-sew-old');
    expect(en.keys).not.toContain('skill-sew-setup');
    expect(en.keys).toContain('skill-sew-scrap');
    expect(en.texts.join(' ')).not.toMatch(/before the first seam|yarn and needles/);
    const near = await tap(
      'skill',
      'научиться шить на бабушкиной машинке',
      'От бабушки осталась ножная «Чайка», стоит лет десять, ни разу её не включала. Хочу подшивать брюки и шить простые вещи.',
      'ru',
      SEW,
    );
    expect(near.keys).toContain('skill-sew-old');
    expect(near.keys).not.toContain('skill-sew-scrap');
  });

  it('sewing to other people’s measurements for orders starts from measuring them, not "your own size" on an envelope pattern', async () => {
    const en = await tap(
      'skill',
      'start sewing kurtas for customers',
      "I've sewn my own clothes for a few years. Neighbours keep asking, so I want to take orders and cut kurtas to their measurements.",
      'en',
      SEW,
    );
    expect(en.keys).toContain('skill-sew-measure');
    expect(en.keys).not.toContain('skill-sew-pattern');
    expect(en.texts.join(' ')).not.toMatch(/your own measurements, not your shop size/);
    const ru = await tap(
      'skill',
      'научиться шить на заказ',
      'Шью для себя уже пару лет, хочу брать заказы у знакомых и шить по меркам.',
      'ru',
      SEW,
    );
    expect(ru.keys).toContain('skill-sew-measure');
    expect(ru.keys).not.toContain('skill-sew-pattern');
    const near = await tap(
      'skill',
      'sew myself a dress that fits',
      "I've sewn skirts and cushion covers for a couple of years, now I want a fitted dress from a bought pattern.",
      'en',
      SEW,
    );
    expect(near.keys).toContain('skill-sew-pattern');
    expect(near.keys).not.toContain('skill-sew-measure');
  });

  it('taking clothes in by hand gets a side seam taken in, not a worn patch; holes to mend keep the patch', async () => {
    const ru = await tap(
      'skill',
      'научиться самой ушивать одежду',
      'Похудела, все брюки и платья велики, в ателье дорого. Иголка и нитки есть, хочу сама ушивать и подшивать.',
      'ru',
      SKILL,
    );
    expect(ru.keys).toContain('skill-mend-takein');
    expect(ru.keys).not.toContain('skill-mend-worn');
    const en = await tap(
      'skill',
      'learn to take in my clothes and hem trousers by hand',
      "I'm short and everything I buy is too long and too big for me. I have needles and thread, no machine.",
      'en',
      SKILL,
    );
    expect(en.keys).toContain('skill-mend-takein');
    expect(en.keys).not.toContain('skill-mend-worn');
    const near = await tap(
      'skill',
      'научиться зашивать и подшивать',
      'У детей постоянно дырки на коленках и протёртые джинсы, хочу сама чинить.',
      'ru',
      SKILL,
    );
    expect(near.keys).toContain('skill-mend-worn');
    expect(near.keys).not.toContain('skill-mend-takein');
  });

  it('the food the person grew up on is learnt by watching their mum cook, not from "your partner, their family"', async () => {
    const en = await tap(
      'skill',
      'cook the Nigerian food I grew up on',
      'I moved to Leeds for uni and miss home. I grew up on my mum’s jollof and egusi but mine never tastes like hers. She measures nothing.',
      'en',
      CUISINE,
    );
    expect(en.keys).toContain('skill-cuisine-home');
    expect(en.keys).not.toContain('skill-cuisine-ask');
    expect(en.texts.join(' ')).not.toMatch(/your partner, their family/);
    const ru = await tap(
      'skill',
      'научиться готовить узбекскую кухню как мама',
      'Уехала учиться в Питер, скучаю по маминой еде — плов, лагман, на которых я выросла. Мама объясняет «на глаз».',
      'ru',
      CUISINE,
    );
    expect(ru.keys).toContain('skill-cuisine-home');
    expect(ru.keys).not.toContain('skill-cuisine-ask');
    const near = await tap(
      'skill',
      "learn to cook my husband's Georgian food",
      "My husband is from Tbilisi and misses Georgian food. I'm a decent cook but have never made any of it.",
      'en',
      CUISINE,
    );
    expect(near.keys).toContain('skill-cuisine-ask');
    expect(near.keys).not.toContain('skill-cuisine-home');
  });

  it('a cook with a few basics who wants more everyday dishes gets new simple dishes, not "Day 1", its review and an intermediate lesson', async () => {
    const generic = ['skill-14', 'skill-15', 'skill-16'];
    const ru = await tap(
      'skill',
      'научиться готовить больше блюд',
      'Мне 19, живу с младшим братом. Умею варить макароны и гречку, жарить яйца. Хочу освоить простые блюда из курицы и овощей, чтобы кормить нас нормально.',
      'ru',
      [...SKILL, 'Ничего'],
    );
    for (const key of generic) expect(ru.keys).not.toContain(key);
    expect(ru.keys).toContain('skill-cook-more-plan');
    expect(ru.texts.join(' ')).not.toMatch(/среднего уровня|«День 1»/);
    // a dish offered by «пельмени» and not tapped leaves the new-dishes steps in place
    const offered = await tap(
      'skill',
      'научиться готовить нормальную еду на семью',
      'Мне 16, готовлю теперь я. Умею только жарить яйца и варить пельмени, хочу освоить простые блюда из курицы и картошки.',
      'ru',
      [...SKILL, 'Уже', 'Ничего'],
    );
    for (const key of generic) expect(offered.keys).not.toContain(key);
    const en = await tap(
      'skill',
      'learn to cook proper meals for me and my little brother',
      "I'm 18 and I can do pasta, eggs and toast. Dad works nights so I cook now, and I want a few more dishes from what we usually have.",
      'en',
      [...SKILL, 'None'],
    );
    for (const key of generic) expect(en.keys).not.toContain(key);
    expect(en.keys).toContain('skill-cook-more-plan');
    const near = await tap('skill', 'learn to cook', "I've never cooked anything, I live on takeaways.", 'en', [
      ...SKILL,
      'Just starting',
      'None',
    ]);
    expect(near.keys).toContain('skill-cook-plan');
    expect(near.keys).not.toContain('skill-cook-more-plan');
  });
});
