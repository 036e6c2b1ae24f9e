import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-fourth blind read, fixed in general (helper fix45P)', () => {
  it('checks and retires an old, wooden or cracked ladder before any climb — a staircase or a sound ladder gets none of it', async () => {
    const en = await tap(
      'repair',
      'flat roof over the kitchen extension leaking again',
      "I'm 55, a bus driver in Sheffield, and the flat roof over our kitchen extension drips whenever it rains hard. A roofer quoted £2,800 to replace it, which we can't do right now. I'm fairly handy, I've done tiling and some plumbing, but never any roofing. The only ladder I've got is an old wooden one that was my dad's.",
      'en',
      ['A leaking roof'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['hz-ladder-old', 'hz-ladder-sound']);
    const ru = await tap(
      'repair',
      'перекрыть крышу на даче, пока совсем не потекло',
      'Мне 69, дача в СНТ под Иркутском, домик ещё восьмидесятых. Рубероид на крыше весь потрескался, прошлым летом капало прямо на диван. Хочу перекрыть профлистом сам с соседом, на бригаду денег нет. Лестница у меня старая деревянная, одна ступенька уже треснула.',
      'ru',
      ['Забор, крыша сарая или теплица'],
    );
    // The ladder's own check first, then the climbing rules for an older man.
    expect(ru.keys.slice(0, 2)).toEqual(['hz-ladder-old', 'hz-ladder-stop']);
    // Other words, another kind: apples picked from a rickety ladder.
    const apples = await tap(
      'home',
      'Pick the apples from our big tree this year',
      'Last year most of them rotted on the branches. The ladder is rickety but it reaches the top.',
    );
    expect(apples.keys[0]).toBe('hz-ladder-old');
    // A wooden staircase that creaks is no ladder to climb; a borrowed ladder says nothing old.
    const stairs = await tap(
      'repair',
      'Починить деревянную лестницу на второй этаж',
      'Старая деревянная лестница в доме скрипит на каждой ступеньке, хочу сам подтянуть.',
      'ru',
    );
    expect(stairs.keys).not.toContain('hz-ladder-old');
    const sound = await tap(
      'repair',
      'Fix the leaking shed roof',
      "The felt has split along the ridge. I've borrowed my neighbour's ladder for the weekend.",
      'en',
    );
    expect(sound.keys).not.toContain('hz-ladder-old');
  });

  it('takes a fasting sugar reading first thing, before tea — never tied to coffee or lunch, nor "the smallest version now"', async () => {
    const en = await tap(
      'habit',
      'checking my sugar every morning like the doctor said',
      "I'm 65, a retired schoolteacher in Thrissur, Kerala. I was diagnosed with type 2 diabetes in September and the doctor wants me to test my fasting sugar every morning and write it down. I keep forgetting until after I've had my tea and puttu. My next review is in six weeks and I'd like to bring a proper record.",
      'en',
      ["Doctor's advice", 'I keep forgetting'],
    );
    expect(en.keys[0]).toBe('hab-fastread-first');
    expect(en.keys).toContain('hab-fastread-log');
    expect(en.keys).not.toContain('hab-forget-early');
    expect(en.keys).not.toContain('hab-05');
    const ru = await tap(
      'habit',
      'Мерить сахар натощак каждое утро',
      'Эндокринолог велел записывать сахар натощак до следующего приёма, а я вспоминаю про глюкометр, только когда уже позавтракала.',
      'ru',
      ['Советы врача', 'Постоянно забываю'],
    );
    expect(ru.keys[0]).toBe('hab-fastread-first');
    expect(ru.keys).not.toContain('hab-forget-early');
    expect(ru.keys).not.toContain('hab-05');
    // A morning habit forgotten, with no fasting reading, keeps its earlier anchor.
    const near = await tap(
      'habit',
      'Stretch for ten minutes every day',
      'I keep forgetting until it is time for bed and then I am too tired.',
      'en',
      ['I keep forgetting'],
    );
    expect(some(near.keys, 'hab-fastread')).toEqual([]);
    expect(near.keys).toContain('hab-forget-early');
  });

  it('puts a daily check-in and a personal alarm first when a fall at home went unnoticed for a day or two', async () => {
    const ru = await tap(
      'family',
      'папа один в Караганде, к нам ехать не хочет',
      'Мне 43, живу в Кёльне, работаю медсестрой в доме престарелых. Папе 79, после смерти мамы он один в Караганде, недавно упал дома и два дня никому не звонил. К нам в Германию переезжать отказывается наотрез, а я не могу бросить работу и уехать. Брат живёт рядом с ним, но они почти не разговаривают.',
      'ru',
      ['Семья'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['hz-unfound-daily', 'hz-unfound-alarm']);
    const en = await tap(
      'family',
      'Look after Mum better from a distance',
      "She's 82 and lives alone two hours from me. Last month she fell in the kitchen and lay on the floor until a neighbour found her the next morning. She won't hear of a care home.",
    );
    expect(en.keys[0]).toBe('hz-unfound-daily');
    // A fall the person got up from, with nothing unnoticed, brings no check-in chain.
    const near = await tap(
      'fitness',
      'Get up off the floor without using my hands',
      "I'm 63 and had a fall in the garden in the autumn, and I realised I couldn't get up without crawling to a chair. I've never been sporty and my left hip is stiff.",
    );
    expect(hazardKeys(near.keys).filter((key) => key.startsWith('hz-unfound'))).toEqual([]);
    const nearRu = await tap(
      'family',
      'Чаще звонить маме',
      'Мама упала на даче, ушибла руку, сейчас всё хорошо. Хочу звонить ей хотя бы раз в неделю.',
      'ru',
    );
    expect(some(nearRu.keys, 'hz-unfound')).toEqual([]);
  });
});
