import { describe, expect, it } from 'vitest';
import { hazardKeys, tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fiftieth blind read, fixed in general (helper fix50A)', () => {
  it('sends hearing worse in one ear to the GP first, never to a free shop test, and asks company once', async () => {
    const en = await tap(
      'checkup',
      'sort out my right ear',
      'Since the flu last week my right ear sounds like it is under water and there is a whooshing noise. I am 58 and thought I might just pop into a hearing shop.',
      'en',
      ['A hearing test'],
    );
    expect(en.keys[0]).toBe('chk-hear-one-gp');
    expect(en.keys).not.toContain('chk-hear-book');
    expect(en.keys.filter((key) => key === 'chk-hear-company' || key === 'chk-09')).toHaveLength(1);
    expect(en.texts.join(' ')).not.toMatch(/do them free/);
    const ru = await tap(
      'checkup',
      'проверить слух',
      'После простуды левое ухо будто ватой заложено уже дней десять, и в нём шипит. Думаю, может, просто сходить в салон слуховых аппаратов.',
      'ru',
      ['Проверка слуха'],
    );
    expect(ru.keys[0]).toBe('chk-hear-one-gp');
    expect(ru.keys).not.toContain('chk-hear-book');
    // Both ears, the TV too loud: the ordinary hearing test stays.
    const near = await tap(
      'checkup',
      'get my hearing tested',
      'My family keep saying the telly is too loud and I miss bits in restaurants.',
      'en',
      ['A hearing test'],
    );
    expect(near.keys).toContain('chk-hear-book');
    expect(near.keys).not.toContain('chk-hear-one-gp');
  });

  it('books the GP once for a PSA test, and keeps the note for blood seen out of check-up', async () => {
    const psa = await tap(
      'checkup',
      'ask about a PSA test',
      'My dad had prostate cancer in his sixties and I am 55. I get up twice a night to pee.',
      'en',
      ['A prostate or PSA test'],
    );
    expect(psa.keys).toContain('chk-psa-book');
    expect(psa.keys).not.toContain('chk-gp-book');
    const blood = await tap(
      'checkup',
      'сходить к урологу',
      'Мне 60, последние недели моча розоватая, боли нет. К врачам не хожу.',
      'ru',
      ['Попасть к узкому специалисту'],
    );
    expect(blood.keys).toContain('hz-blood-doctor');
    expect(blood.keys).not.toContain('chk-04');
    // No blood named: the questions-and-symptoms note stays.
    const near = await tap('checkup', 'сходить к урологу', 'Мне 60, по ночам встаю в туалет, хочу провериться.', 'ru', [
      'Попасть к узкому специалисту',
    ]);
    expect(hazardKeys(near.keys)).toEqual([]);
  });

  it('reads "make myself sick" beside game meat as food safety, not purging', async () => {
    const en = await tap(
      'skill',
      'butcher a wild boar',
      'My mate is taking me pig hunting. I want to learn to break down the carcass properly and not make myself sick from bad meat.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('hz-purge-gp');
    expect(en.keys).not.toContain('hz-purge-tell');
    // Purging to lose weight: the eating-disorder steps still lead.
    const near = await tap(
      'fitness',
      'lose weight for the summer',
      'I make myself sick after big meals so I do not gain. I want to get fit instead.',
      'en',
      ['Just starting'],
    );
    expect(near.keys[0]).toBe('hz-purge-gp');
  });

  it('puts the management company first for a riser or a radiator in a block of flats', async () => {
    const ru = await tap(
      'repair',
      'заменить старый радиатор отопления',
      'Живу в пятиэтажке на третьем этаже, старая батарея подтекает. Хочу поставить новую сам, посмотрел ролики.',
      'ru',
      ['Только начинаю', 'Ничего из этого'],
    );
    expect(ru.keys[0]).toBe('hz-riser-company');
    expect(ru.keys).not.toContain('fix-03');
    expect(ru.keys).not.toContain('fix-04');
    const en = await tap(
      'repair',
      'replace the corroded water riser in our bathroom',
      'Our apartment building is from the sixties and the pipe that runs through all the floors is weeping at a joint. I want to do it myself.',
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('hz-riser-company');
    expect(en.keys).not.toContain('fix-02');
    // Bleeding a cold radiator in a flat: no riser steps.
    const near = await tap('repair', 'стравить воздух из батареи', 'В квартире батарея холодная сверху.', 'ru', [
      'Стравить воздух',
    ]);
    expect(near.keys).not.toContain('hz-riser-company');
  });

  it('keeps the fan out of the room for tinnitus when the partner needs silence', async () => {
    const en = await tap(
      'sleep',
      'fall asleep despite tinnitus',
      'The ringing is loud when everything is quiet. My husband needs silence to sleep, so no fans.',
      'en',
      ['Ringing in the ears'],
    );
    expect(en.keys).toContain('sleep-tin-pillow');
    expect(en.keys).not.toContain('sleep-tin-sound');
    const ru = await tap(
      'sleep',
      'уснуть, когда звенит в ушах',
      'Шум в ушах после отита, ночью в тишине не могу уснуть. Мужу мешает вентилятор, он спит только в тишине.',
      'ru',
      ['Шум в ушах'],
    );
    expect(ru.keys).toContain('sleep-tin-pillow');
    expect(ru.keys).not.toContain('sleep-tin-sound');
    // Living alone: the sound in the room stays.
    const near = await tap(
      'sleep',
      'fall asleep despite tinnitus',
      'The ringing is loud when the flat is quiet.',
      'en',
      ['Ringing in the ears'],
    );
    expect(near.keys).toContain('sleep-tin-sound');
    expect(near.keys).not.toContain('sleep-tin-pillow');
  });

  it('turns down a cash-out of a family grant before any budgeting, and names no note after the title', async () => {
    const ru = await tap(
      'finance',
      'продать сертификат на материнский капитал?',
      'Предлагают через покупку доли в доме оформить сделку, а мне вернут наличными половину. Денег совсем нет.',
      'ru',
    );
    expect(hazardKeys(ru.keys)).toEqual(['hz-cashout-no', 'hz-cashout-legal']);
    expect(ru.texts.join(' ')).not.toContain('«продать сертификат');
    // Maternity capital put on a mortgage: no cash-out steps.
    const near = await tap(
      'finance',
      'погасить ипотеку маткапиталом',
      'Хотим направить материнский капитал на досрочное погашение ипотеки.',
      'ru',
    );
    expect(hazardKeys(near.keys)).toEqual([]);
    const save = await tap('finance', 'save up for a new boiler, ours is dying', 'About £2,500 by October.', 'en', [
      'Saving',
    ]);
    expect(save.texts.join(' ')).not.toContain("'save up for a new boiler, ours is dying'");
  });

  it('gives a goal about deciding alone its own steps, never "ask someone you trust"', async () => {
    const ru = await tap(
      'generic',
      'перестать советоваться со всеми по каждой мелочи',
      'Даже продукты не могу выбрать, пока не напишу сестре. Хочу доверять своему мнению.',
      'ru',
    );
    expect(ru.keys.filter((key) => key.startsWith('hab-dec-')).length).toBeGreaterThanOrEqual(4);
    expect(ru.keys).not.toContain('gen-05');
    const en = await tap(
      'generic',
      'trust my own judgement',
      'I text three friends before buying anything and my boss says I check everything with her.',
      'en',
    );
    expect(en.keys.filter((key) => key.startsWith('hab-dec-')).length).toBeGreaterThanOrEqual(4);
    expect(en.texts.join(' ')).not.toMatch(/ask one person you trust/i);
    // A vague goal about life: the generic path stays.
    const near = await tap('generic', 'стать лучше', 'Хочу что-то изменить.', 'ru');
    expect(near.keys.some((key) => key.startsWith('hab-dec-'))).toBe(false);
  });
});
