import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fiftieth blind read, fixed in general (helper fix50F)', () => {
  it('reads a winter road named as a road as the hard road: a skid course and the car readied, not a car park', async () => {
    const ru = await tap(
      'skill',
      'научиться водить по зимним дорогам',
      'Права у меня с весны, по городу езжу. Зимой надо будет ездить к родителям за 200 км, а по морозу я ещё ни разу не ездила.',
      'ru',
    );
    expect(ru.keys).toContain('skill-road-course');
    expect(ru.keys).toContain('skill-road-car');
    expect(ru.keys).not.toContain('skill-drive-quiet');
    const en = await tap(
      'skill',
      'feel safe on winter roads',
      'I got my licence this year and only drive around town. I will have to drive to my parents over the hills in December.',
      'en',
    );
    expect(en.keys).toContain('skill-road-course');
    // Learning to drive in town, no hard road named: the first-drives path stays.
    const near = await tap(
      'skill',
      'научиться уверенно водить машину',
      'Права получила летом, пока боюсь выезжать со двора, хочу ездить по городу на работу.',
      'ru',
    );
    expect(near.keys).not.toContain('skill-road-course');
    expect(near.keys).toContain('skill-drive-instructor');
  });

  it('cooks for a food allergy: the names on labels, labels read, nothing crossing over, a trial bake', async () => {
    const en = await tap(
      'skill',
      'cook more than pasta for my daughter',
      "She's 6 and allergic to peanuts and milk, and I'm scared of getting it wrong. I want to bake her a cake for school too.",
      'en',
      ['Already doing it'],
    );
    expect(en.keys).toContain('skill-allergy-names');
    expect(en.keys).toContain('skill-allergy-labels');
    expect(en.keys).toContain('skill-allergy-bake');
    expect(en.keys).not.toContain('skill-14');
    const ru = await tap(
      'skill',
      'научиться готовить разнообразнее',
      'У сына пищевая аллергия, готовлю одно и то же, боюсь пробовать новое. Хочу научиться читать составы.',
      'ru',
      ['Уже делаю'],
    );
    expect(ru.keys).toContain('skill-allergy-names');
    expect(ru.keys).not.toContain('skill-allergy-bake');
    // Cooking for the family with no allergy named: no allergy steps.
    const near = await tap(
      'skill',
      'cook more than pasta for my kids',
      "I'm a dad of two and I cook the same four dinners every week. I want more variety.",
      'en',
      ['Already doing it'],
    );
    expect(near.keys.filter((key) => key.startsWith('skill-allergy'))).toEqual([]);
  });

  it('spares a player with arthritic hands the barre drills: a setup for sore hands and lighter shapes first', async () => {
    const en = await tap(
      'instrument',
      'pick up the guitar again',
      'I played in a covers band for years. Now my fingers have osteoarthritis and the F barre chord kills me.',
      'en',
    );
    expect(en.keys[0]).toBe('inst-arth-setup');
    expect(en.keys).toContain('inst-arth-spare');
    expect(en.keys).not.toContain('inst-barre-form');
    expect(en.keys).not.toContain('inst-barre-small');
    const ru = await tap(
      'instrument',
      'снова играть на гитаре',
      'Играл двадцать лет во дворе и на праздниках, теперь артроз пальцев, баррэ даётся через боль.',
      'ru',
    );
    expect(ru.keys).toContain('inst-arth-setup');
    expect(ru.keys).not.toContain('inst-barre-form');
    // A buzzing barre with no joint trouble keeps the barre drills.
    const near = await tap(
      'instrument',
      'get my barre chords clean',
      "I've played guitar for a year and my F barre chord still buzzes on two strings.",
      'en',
    );
    expect(near.keys).toContain('inst-barre-form');
    expect(near.keys).not.toContain('inst-arth-setup');
  });

  it('reads «в жизни ни на чём не играла» as a beginner: no pieces from memory', async () => {
    const ru = await tap(
      'instrument',
      'научиться играть на флейте',
      'Мне 45, флейту подарили на юбилей, а я в жизни ни на чём не играл, даже нот не знаю.',
      'ru',
    );
    expect(ru.keys).not.toContain('inst-25');
    expect(ru.keys).not.toContain('inst-08');
    // Someone who played as a child is still coming back.
    const near = await tap(
      'instrument',
      'вернуться к флейте',
      'Играла на флейте в музыкальной школе, потом бросила, флейта лежит дома.',
      'ru',
    );
    // fix52G: a returning wind player's comeback starts from long tones and a remembered scale.
    expect(near.keys).toContain('inst-wind-tone');
  });

  it('takes a wall out oneself after the engineer: what is inside it and the kit, no builders quotes', async () => {
    const en = await tap(
      'repair',
      'remove a wall between the lounge and the hall',
      "We'll do it ourselves over two weekends to keep the cost down. Dad has done some building work.",
      'en',
      ['Removing a wall'],
    );
    expect(en.keys).toContain('fix-struct-engineer');
    expect(en.keys).toContain('fix-struct-diy-inside');
    expect(en.keys).not.toContain('fix-struct-quotes');
    expect(en.keys).not.toContain('fix-struct-schedule');
    const ru = await tap(
      'repair',
      'снести стену между кухней и комнатой',
      'Хочу сделать всё своими руками, на бригаду денег нет, дом панельный.',
      'ru',
      ['Снос стены'],
    );
    expect(ru.keys).toContain('fix-struct-engineer');
    expect(ru.keys).toContain('fix-struct-diy-inside');
    expect(ru.keys).not.toContain('fix-struct-quotes');
    // A wall to come out with a builder doing it: the quotes stay.
    const near = await tap(
      'repair',
      'remove a wall between the lounge and the hall',
      'We want one open room and will get a builder in to do the work in the spring.',
      'en',
      ['Removing a wall'],
    );
    expect(near.keys).toContain('fix-struct-quotes');
    expect(near.keys).not.toContain('fix-struct-diy-inside');
  });

  it('plans a clutch or timing belt at home around axle stands, the manual and the parts by VIN', async () => {
    const en = await tap(
      'repair',
      'change the timing belt on my van at home',
      "The garage wants a lot for it. I've only ever changed oil and wipers, a friend will help on Saturday.",
      'en',
      ['Servicing a car'],
    );
    expect(en.keys[0]).toBe('fix-drive-safe');
    expect(en.keys).toContain('fix-drive-parts');
    expect(en.keys).not.toContain('fix-svc-spec');
    expect(en.keys).not.toContain('fix-07');
    const ru = await tap(
      'repair',
      'поменять сцепление самому',
      'Машина старая, в сервисе дорого. Гараж есть, ямы нет, друг обещал помочь.',
      'ru',
      ['Обслуживание машины'],
    );
    expect(ru.keys[0]).toBe('fix-drive-safe');
    expect(ru.keys).not.toContain('fix-svc-spec');
    // An oil change keeps the service path.
    const near = await tap(
      'repair',
      'do my own oil change',
      "I want to stop paying the garage for oil changes on my car. I've got a driveway and some tools.",
      'en',
      ['Servicing a car'],
    );
    expect(near.keys).toContain('fix-svc-spec');
    expect(near.keys).not.toContain('fix-drive-safe');
  });
});
