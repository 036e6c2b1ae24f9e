import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const GSPRING = ['fix-gspring-safe', 'fix-gspring-photo', 'fix-gspring-quotes', 'fix-gspring-car', 'fix-gspring-after'];
const SPRUNG = ['fix-sprung-stop', 'fix-sprung-describe', 'fix-sprung-who', 'fix-sprung-split', 'fix-sprung-book'];
const EARTH = ['fix-earth-look', 'fix-earth-ask', 'fix-earth-test', 'fix-earth-prep', 'fix-earth-foot'];
const FREEZER = ['home-frz-day', 'home-frz-sort', 'home-frz-defrost', 'home-frz-zones', 'home-frz-list'];
const PESTS = ['home-pest-clean', 'home-pest-gaps', 'home-pest-raise', 'home-pest-tins', 'home-pest-check'];
const LETTERS = ['cre-letter-strokes', 'cre-letter-curves', 'cre-letter-model', 'cre-letter-word', 'cre-letter-check'];
const ANIMALS = ['cre-animal-refs', 'cre-animal-shapes', 'cre-animal-compare', 'cre-animal-poses', 'cre-animal-legs'];
const GENERIC_FIX = ['fix-01', 'fix-02', 'fix-03', 'fix-04', 'fix-05', 'fix-06', 'fix-07'];

describe('the thirty-fourth blind read, fixed in general (helper fix34h)', () => {
  it('leaves a garage door spring to a technician — the door made safe, never a video or a kit to wind it', async () => {
    const en = await tap(
      'repair',
      'Get the garage door working again',
      'One of the springs above it went with a bang and the opener just hums. A friend lent me his winding bars.',
      'en',
      ['Repairs and DIY'],
    );
    expect(en.keys).toEqual(GSPRING);
    expect(en.text).toContain('garage door technicians');
    for (const key of GENERIC_FIX) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Починить подъёмные ворота в гараже',
      'Лопнула пружина на воротах, хочу сам поставить новую торсионную, инструмент есть.',
      'ru',
      ['Ремонт и починка'],
    );
    expect(ru.keys).toEqual(GSPRING);
    expect(ru.text).toContain('мастеров по гаражным воротам');
    // A squeaky garage door keeps the hinge's own steps.
    const near = await tap('repair', 'Stop the garage side door squeaking', 'The hinges creak every time.', 'en', [
      'A squeaky door',
    ]);
    expect(near.keys[0]).toBe('fix-squeak-find');
    expect(near.keys.some((key) => key.startsWith('fix-gspring') || key.startsWith('fix-sprung'))).toBe(false);
  });

  it('keeps other parts that store energy — car springs and struts, strained wire — for those with the kit', async () => {
    const en = await tap(
      'repair',
      'Swap the coil springs on my old pickup',
      'I picked up a pair of hand spring compressors and want to do it on the driveway this weekend.',
      'en',
      ['Repairs and DIY'],
    );
    expect(en.keys).toEqual(SPRUNG);
    for (const key of GENERIC_FIX) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'repair',
      'Поменять передние стойки на машине',
      'Стучит подвеска, купил стяжки пружин, хочу сделать сам в гараже.',
      'ru',
      ['Ремонт и починка'],
    );
    expect(ru.keys).toEqual(SPRUNG);
    expect(ru.text).toContain('стационарная стяжка');
    // A washing machine's dampers store nothing that maims.
    const near = await tap('repair', 'Fix the washing machine shock absorbers', 'It jumps around on the spin.', 'en', [
      'A broken household appliance',
    ]);
    expect(near.keys.some((key) => key.startsWith('fix-sprung'))).toBe(false);
  });

  it('re-plasters an earth wall with earth — the cause, a local mix tried on the wall — no model, valve or cattle gap', async () => {
    const en = await tap(
      'repair',
      'Patch the cob walls of our cottage',
      'Big pieces of the old clay plaster fell off over winter. The old folk used to mix in cow dung.',
      'en',
      ['Repairs and DIY'],
    );
    expect(en.keys).toEqual(EARTH);
    expect(en.text).toContain('not cement');
    expect(en.keys).not.toContain('fix-stock-gap');
    const ru = await tap(
      'repair',
      'Обмазать глиной стены мазанки',
      'Штукатурка за лето осыпалась, внизу стена сырая, раньше этим занималась бабушка.',
      'ru',
      ['Ремонт и починка'],
    );
    expect(ru.keys).toEqual(EARTH);
    for (const key of GENERIC_FIX) expect(ru.keys).not.toContain(key);
    // A fence the cows broke keeps the barrier for the animals.
    const near = await tap('repair', 'Mend the fence the cows pushed over', 'Two panels are flat.', 'en', []);
    expect(near.keys).toContain('fix-stock-gap');
    expect(near.keys.some((key) => key.startsWith('fix-earth'))).toBe(false);
  });

  it('sorts and defrosts a freezer as food and ice — no rooms, donation bags or before photos', async () => {
    const en = await tap(
      'home',
      'Defrost and organise our freezer',
      'It is full of mystery bags and the drawers are iced solid.',
      'en',
      ['Home'],
    );
    expect(en.keys).toEqual(FREEZER);
    expect(en.text).toContain('no knife');
    const ru = await tap(
      'home',
      'Разобрать морозилку',
      'Там льда больше, чем продуктов, и пакеты без подписей.',
      'ru',
      ['Дом'],
    );
    expect(ru.keys).toEqual(FREEZER);
    for (const key of ['home-12', 'home-13', 'home-15', 'home-17']) expect(ru.keys).not.toContain(key);
    // Pantry shelves with no freezer keep the declutter path.
    const near = await tap(
      'home',
      'Organise the pantry shelves',
      'Tins everywhere, I can never find the pasta.',
      'en',
      [],
    );
    expect(near.keys.some((key) => key.startsWith('home-frz') || key.startsWith('home-pest'))).toBe(false);
  });

  it('makes a food store pest-proof — clean safely, block the holes, off the floor, sealed bins, traps', async () => {
    const en = await tap(
      'home',
      'Keep the rats out of our grain store',
      'Sacks of maize sit on the floor of the shed and they chewed through two of them.',
      'en',
      ['Home'],
    );
    expect(en.keys).toEqual(PESTS);
    const ru = await tap(
      'home',
      'Сделать кладовку, где мыши не доберутся до круп',
      'Частный дом, мешки с мукой стоят на полу, на днях нашла мышиный помёт.',
      'ru',
      ['Дом'],
    );
    expect(ru.keys).toEqual(PESTS);
    expect(ru.text).toContain('никакого яда рядом с едой');
    expect(ru.keys).not.toContain('home-room-purpose');
    // A spare room turned into an office keeps its own steps.
    const near = await tap(
      'home',
      'Turn the spare room into a home office',
      'I work from home three days a week.',
      'en',
      ['A nursery, study or guest room'],
    );
    expect(near.keys.some((key) => key.startsWith('home-pest'))).toBe(false);
  });

  it('drills strokes, curves and a model alphabet for lettering — no colour swatches or project folder', async () => {
    const en = await tap(
      'creative',
      'Get better at hand lettering for our chalkboard signs',
      'I run a small café and my letters look childish, the round ones especially.',
      'en',
      ['Creative project', 'Sign-writing'],
    );
    expect(en.keys).toEqual(LETTERS);
    for (const key of ['cre-paint-first', 'cre-03', 'cre-04']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Освоить каллиграфию широким пером',
      'Купила перо и тушь, занимаюсь по вечерам, но буквы пляшут.',
      'ru',
      ['Творческий проект', 'Леттеринг'],
    );
    expect(ru.keys).toEqual(LETTERS);
    // Watercolour landscapes keep the painting path.
    const near = await tap('creative', 'Paint watercolour landscapes', 'Never painted before.', 'en', ['Painting']);
    expect(near.keys.some((key) => key.startsWith('cre-letter'))).toBe(false);
  });

  it('teaches an animal drawn in general from its proportions — not a mug, a shaded ball or one pet', async () => {
    const en = await tap(
      'creative',
      'Learn to draw cats that look like cats',
      "I'm ten and mine always come out like foxes.",
      'en',
      ['Creative project', 'Drawing animals'],
    );
    expect(en.keys).toEqual(ANIMALS);
    for (const key of ['cre-draw-first', 'cre-draw-lesson', 'cre-pet-photo']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Научиться рисовать коней',
      'Кони у меня выходят как собаки с длинными ногами.',
      'ru',
      ['Творческий проект', 'Рисовать животных'],
    );
    expect(ru.keys).toEqual(ANIMALS);
    // One pet's portrait keeps its own steps.
    const near = await tap(
      'creative',
      'Paint a portrait of our spaniel',
      "For my mum's birthday, from a photo.",
      'en',
      ['Painting or drawing a pet'],
    );
    expect(near.keys[0]).toBe('cre-pet-photo');
    expect(near.keys.some((key) => key.startsWith('cre-animal'))).toBe(false);
  });

  it('takes a high-altitude trek to the doctor first, then slow itineraries, cover and the signs — no camping route', async () => {
    const en = await tap(
      'travel',
      'Climb Kilimanjaro with my daughter',
      "I'm 58 and on blood thinners after a DVT. We like the look of the Machame route next year.",
      'en',
      ['Travel'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['trip-alt-doctor', 'trip-alt-pace', 'trip-alt-insure', 'trip-alt-signs']);
    for (const key of ['trip-trek-route', 'trip-wild-guide']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'travel',
      'Дойти до базового лагеря Эвереста',
      'Мне 50, гипертония, пью таблетки каждый день, хочу пойти с группой осенью.',
      'ru',
      ['Путешествие'],
    );
    expect(ru.keys[0]).toBe('trip-alt-doctor');
    expect(ru.keys).toContain('trip-alt-pace');
    expect(ru.keys).not.toContain('trip-trek-route');
    // A tent hike in the hills keeps the trek's route and registration.
    const near = await tap(
      'travel',
      'Hike across the Lake District with my brother',
      'Three days of wild camping, carrying our tents.',
      'en',
      [],
    );
    expect(near.keys).toContain('trip-trek-route');
    expect(near.keys.some((key) => key.startsWith('trip-alt'))).toBe(false);
  });

  it('reads a set of photos of a place before it changes as a photo series — a shot list, not a project folder', async () => {
    const en = await tap(
      'creative',
      'Photograph our farm before we hand it over',
      'I want a proper set of photos of the sheds, the dogs and my uncles at shearing. Only ever used a phone.',
      'en',
      ['Creative project', 'A photo series', 'Just starting'],
    );
    expect(en.keys).toContain('cre-series-list');
    expect(en.keys).not.toContain('cre-03');
    const ru = await tap(
      'creative',
      'Сфотографировать деревню, пока её не расселили',
      'Хочу сделать фотолетопись: дома, колодец, соседей, у меня старый зеркальный фотоаппарат.',
      'ru',
      ['Творческий проект', 'Фотосерия', 'Только начинаю'],
    );
    expect(ru.keys).toContain('cre-series-list');
    // A photo walk to learn the camera names no series.
    const near = await tap('creative', 'Learn to use my new camera', 'Never used anything but my phone.', 'en', [
      'Creative project',
      'Just starting',
    ]);
    expect(near.keys.some((key) => key.startsWith('cre-series'))).toBe(false);
  });
});
