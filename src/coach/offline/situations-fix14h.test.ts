import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('leftovers of the third to eighth blind reads, fixed in general (helper fix14h)', () => {
  it('asks for the reason of a refusal the person could not read before any challenge', async () => {
    const ru = await firstFive(
      'admin',
      'Получить пособие на ребёнка',
      'Подавала заявление, получила отказ, а из ответа непонятно, почему.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-dec-reason');
    expect(ru.keys).not.toContain('adm-01');
    const en = await firstFive(
      'admin',
      'Get the child benefit sorted',
      "I applied and got refused, and I don't know why.",
    );
    expect(en.keys[0]).toBe('adm-dec-reason');
    // A refusal whose reason is known keeps the challenge steps without the reason step.
    const known = await firstFive(
      'admin',
      'Challenge my PIP decision',
      'They gave me zero points for mobility although I cannot walk 50 metres.',
    );
    expect(known.keys).not.toContain('adm-dec-reason');
    expect(known.keys).toContain('adm-dec-deadline');
  });

  it('gives a hobby maker with a first stall no "you are already selling" steps', async () => {
    const en = await firstFive(
      'business',
      'Sell my soap at the spring fair',
      "I've made soap as a hobby for three years and have no idea what to charge.",
    );
    expect(en.keys).not.toContain('biz-numbers');
    expect(en.keys).not.toContain('biz-ask-customers');
    const ru = await firstFive(
      'business',
      'Продавать свои свечи на ярмарке',
      'Делаю свечи как хобби уже два года, ни разу не продавала и не знаю, сколько брать.',
      'ru',
    );
    expect(ru.keys).not.toContain('biz-numbers');
    expect(ru.keys).not.toContain('biz-ask-customers');
  });

  it('asks for the flexible days themselves, not a raise or a promotion', async () => {
    const ru = await firstFive(
      'interview',
      'Попросить у руководителя гибкий график',
      'Хочу два дня работать из дома, разговор в пятницу.',
      'ru',
    );
    expect(ru.keys).toContain('intv-req-ask');
    expect(ru.keys).not.toContain('intv-raise-ask');
    expect(ru.text).not.toMatch(/прибавку, новую должность/);
    const en = await firstFive('interview', 'Ask for a four-day week', 'Meeting my manager on Thursday.');
    expect(en.keys).not.toContain('intv-raise-ask');
    // A pay rise keeps its ask.
    const raise = await firstFive('interview', 'Ask for a pay rise', 'My review is next month.');
    expect(raise.keys).toContain('intv-raise-ask');
  });

  it('gives a throwing or knitting problem no generic inspiration folder', async () => {
    const en = await firstFive(
      'creative',
      'Make a set of even bowls on the wheel',
      'I took a pottery course but my bowls all come out different sizes.',
    );
    expect(en.keys).not.toContain('cre-02');
    const ru = await firstFive('creative', 'Связать себе кардиган', 'Вяжу только шарфы, схем не читала.', 'ru');
    expect(ru.keys).not.toContain('cre-02');
  });

  it('sizes a big job to a first session and keeps an abroad move free of a second budget', async () => {
    const room = await firstFive('home', 'Make the spare room a study', 'It is full of boxes from the move.');
    expect(room.text).toMatch(/Start clearing the room/);
    const abroad = await firstFive(
      'moving',
      'Move to Berlin for my PhD',
      'I start in October, never lived abroad, budget €1,000 a month.',
    );
    expect(abroad.keys).toContain('abroad-money');
    expect(abroad.keys).not.toContain('move-02');
    const garden = await firstFive('home', 'Grow vegetables in the back garden', 'Just lawn, never grown anything.');
    // What the patch needs is bought before the patch is cleared and composted.
    expect(garden.keys.indexOf('home-garden-plant')).toBeLessThan(garden.keys.indexOf('home-garden-clear'));
  });

  it('speaks of an inheritance from a mother without a masculine pronoun', async () => {
    const ru = await firstFive(
      'admin',
      'Вступить в наследство после мамы',
      'Мамы не стало весной, осталась квартира и вклад.',
      'ru',
    );
    expect(ru.text).not.toMatch(/он был должен/);
  });

  it('gives a pickup point or franchise the partner terms, premises and an owner talk — nothing to "sell"', async () => {
    const ru = await firstFive(
      'business',
      'Открыть ПВЗ Wildberries у себя в селе',
      'Все ездят за посылками в город, есть помещение, но не знаю, сколько это приносит.',
      'ru',
    );
    expect(ru.keys).toContain('biz-partner-terms');
    expect(ru.keys).toContain('biz-partner-owner');
    expect(ru.keys).not.toContain('biz-offer');
    expect(ru.keys).not.toContain('biz-five');
    const en = await firstFive('business', 'Open a parcel shop franchise', 'I have savings and a unit in mind.');
    expect(en.keys[0]).toBe('biz-partner-terms');
    // A bakery keeps its offer.
    const bakery = await firstFive('business', 'Start a home bakery', 'Never sold anything yet.');
    expect(bakery.keys).toContain('biz-offer');
  });

  it('cooks for a medical diet from a trusted source, not "dinners you would like"', async () => {
    const en = await firstFive(
      'skill',
      'Learn to cook for my mum',
      'She has type 2 diabetes and I can only make toast.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['skill-cook-diet-rules', 'skill-cook-diet-plan']);
    expect(en.keys).not.toContain('skill-cook-plan');
    const ru = await firstFive(
      'skill',
      'Научиться готовить без глютена',
      'У сына целиакия, а я готовлю три блюда.',
      'ru',
    );
    expect(ru.keys).toContain('skill-cook-diet-rules');
    const plain = await firstFive('skill', 'Learn to cook dinners', "I've never cooked anything.");
    expect(plain.keys).toContain('skill-cook-plan');
  });

  it('teaches a new smartphone by one real task shown and written on paper, not lesson links', async () => {
    const ru = await firstFive(
      'skill',
      'Освоить смартфон',
      'Мне 68, хочу сама звонить внукам по видео и записываться к врачу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('skill-phone-ready');
    expect(ru.keys).not.toContain('skill-03');
    expect(ru.keys).not.toContain('skill-04');
    const en = await firstFive('skill', 'Learn to use my smartphone', 'My son gave me one; I want to video call him.');
    expect(en.keys).toContain('skill-phone-shown');
    const knit = await firstFive('skill', 'Learn to juggle', 'Never tried.');
    expect(knit.keys.some((key) => key.startsWith('skill-phone-'))).toBe(false);
  });

  it('plans a first river trip with an outfitter and water rules, not a campsite with showers', async () => {
    const ru = await firstFive('travel', 'Сплав на байдарках по Вуоксе', 'Первый раз, снаряжения нет, нас трое.', 'ru');
    expect(ru.keys).toContain('river-outfit');
    expect(ru.keys).toContain('river-safety');
    expect(ru.keys).not.toContain('camp-site');
    const en = await firstFive('travel', 'Canoe down the Spey', 'Never paddled, two of us, in June.');
    expect(en.keys).not.toContain('camp-site');
    expect(en.keys).toContain('river-outfit');
    const camp = await firstFive('travel', 'First camping trip with the kids', 'We have no tent yet.');
    expect(camp.keys).toContain('camp-site');
  });

  it('shortlists towns and a scouting trip before viewings when the region is unknown', async () => {
    const ru = await firstFive(
      'moving',
      'Переехать на юг после пенсии',
      'Думаем про Крым или Анапу, но никогда там не были.',
      'ru',
    );
    expect(ru.keys).toContain('move-scout-towns');
    expect(ru.keys).not.toContain('move-09');
    const en = await firstFive('moving', 'Retire to Cornwall', "We've never lived there and don't know which town.");
    expect(en.keys).toContain('move-scout-trip');
    const local = await firstFive('moving', 'Move to a bigger flat', 'Same area, two bedrooms by spring.');
    expect(local.keys).toContain('move-09');
  });

  it('publishes a blog from the drafts already written, after deciding the name it carries', async () => {
    const en = await firstFive(
      'writing',
      'Start my blog about living with epilepsy',
      "I have three drafts and nothing published — I'm worried colleagues will find it.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['write-pen-name', 'write-ch-draft']);
    expect(en.keys).not.toContain('write-ch-first');
    const ru = await firstFive(
      'writing',
      'Вести блог о жизни с диабетом',
      'Пять постов лежат в черновиках, хочу публиковать анонимно.',
      'ru',
    );
    expect(ru.keys).toContain('write-ch-draft');
    expect(ru.keys).toContain('write-pen-name');
    const fresh = await firstFive('writing', 'Start a newsletter about gardening', 'Weekly, for my allotment friends.');
    expect(fresh.keys).toContain('write-ch-first');
    expect(fresh.text).toMatch(/star the three/);
  });

  it('gives a job search with a disability the limits, the employment service, inclusive employers and telling', async () => {
    const ru = await firstFive(
      'career',
      'Устроиться на работу с инвалидностью',
      'Вторая группа, раньше был сварщиком, теперь нельзя стоять долго.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['car-dis-limits', 'car-dis-service']);
    expect(ru.keys).toContain('car-dis-employers');
    const en = await firstFive(
      'career',
      'Find a job that works with my disability',
      'I have MS and need part-time office work.',
    );
    expect(en.keys).toContain('car-dis-tell');
    const plain = await firstFive('career', 'Find a new job in logistics', 'Ten years as a warehouse supervisor.');
    expect(plain.keys.some((key) => key.startsWith('car-dis-'))).toBe(false);
  });

  it('gives a yard guitarist chord changes, not sheet music, and a nodding in-law a beginner start', async () => {
    const ru = await firstFive(
      'instrument',
      'Снова играть на гитаре',
      'В юности бренчал во дворе, лет десять не брал в руки.',
      'ru',
    );
    expect(ru.keys).toContain('inst-chords-song');
    expect(ru.keys).not.toContain('inst-26');
    const en = await firstFive('instrument', 'Get back to guitar', 'Used to strum three chords round the campfire.');
    expect(en.keys).not.toContain('inst-26');
    const piano = await firstFive('instrument', 'Return to the piano', 'Grade 5 as a child, Chopin was my favourite.');
    expect(piano.keys).not.toContain('inst-chords-song');
    const polish = await firstFive(
      'language',
      'Learn Greek for my in-laws',
      "I've been nodding along at family lunches for years.",
    );
    expect(polish.keys).not.toContain('lang-16');
    const ru2 = await firstFive('language', 'Выучить армянский', 'За столом у родни мужа только киваю.', 'ru');
    expect(ru2.keys).not.toContain('lang-16');
    const app = await firstFive('language', 'Learn Italian by summer', 'I have a 90-day Duolingo streak.');
    expect(app.keys).not.toContain('lang-04');
  });

  it('decides where the cuttings go before the clearing starts', async () => {
    const ru = await firstFive('home', 'Расчистить заросший сад', 'Всё в крапиве и малине, лет пять не трогали.', 'ru');
    const at = (key: string) => ru.keys.indexOf(key);
    expect(at('home-garden-waste')).toBeGreaterThanOrEqual(0);
    expect(at('home-garden-waste')).toBeLessThan(at('home-garden-clear'));
    const en = await firstFive(
      'home',
      'Sort out the overgrown garden',
      "Brambles everywhere, haven't touched it in years.",
    );
    expect(en.keys.indexOf('home-garden-waste')).toBeLessThan(en.keys.indexOf('home-garden-clear'));
  });
});
