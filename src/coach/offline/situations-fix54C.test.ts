import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-third blind read, helper fix54C: harmful steps', () => {
  it('asks the doctor and keeps a piper with lungs that limit breath on the practice chanter; no full set from memory', async () => {
    const en = await tap(
      'instrument',
      'start piping again with the pipe band',
      'I played the highland bagpipes for twenty years, then stopped. I have emphysema now and get tired quickly, but the band has asked me back. My pipes have been in the attic since 2010 and the bag is probably shot.',
      'en',
      ['An instrument unplayed'],
    );
    expect(en.keys).toContain('inst-lungs-ask');
    expect(en.keys).toContain('inst-lungs-chanter');
    expect(en.keys).not.toContain('inst-25');
    expect(en.keys).not.toContain('inst-stored-check');
    expect(en.keys).not.toContain('inst-01');
    expect(en.texts.join(' ')).not.toMatch(/strings|luthier|chord sequence/i);
    const ru = await tap(
      'instrument',
      'снова играть на волынке',
      'Десять лет играл на шотландской волынке, потом бросил. Сейчас у меня ХОБЛ, одышка, врачи говорят беречь лёгкие. Волынка лежит в кладовке.',
      'ru',
      ['Инструмент годами'],
    );
    expect(ru.keys).toContain('inst-lungs-ask');
    expect(ru.keys).toContain('inst-lungs-chanter');
    expect(ru.keys).not.toContain('inst-25');
    const wind = await tap(
      'instrument',
      'вернуться к саксофону',
      'Играл на саксофоне в молодости, сейчас у меня астма, хочу понемногу начать снова.',
      'ru',
      [],
    );
    expect(wind.keys).toContain('inst-lungs-ask');
    expect(wind.keys).toContain('inst-lungs-short');
    expect(wind.keys).not.toContain('inst-wind-tone');
    const near = await tap(
      'instrument',
      'get back to the guitar',
      'I played guitar in a band for years. I have COPD now but my hands are fine and I want to play again.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('inst-lungs-ask');
    const piper = await tap(
      'instrument',
      'get my old bagpipes going again',
      'I played the pipes in a band as a teenager. The set has been in the basement for years and needs a new bag and reeds.',
      'en',
      ['An instrument unplayed'],
    );
    expect(piper.keys).toContain('inst-stored-pipes');
    expect(piper.keys).not.toContain('inst-stored-check');
    expect(piper.keys).not.toContain('inst-lungs-ask');
  });

  it('gives hand block printing on fabric wooden blocks, a padded table and a mallet for sore hands; a T-shirt screen keeps the squeegee', async () => {
    const en = await tap(
      'creative',
      'print cushion covers with my grandmother’s wooden blocks',
      'My grandmother did hand block printing in Bagru. I still have her blocks in a box. I have rheumatoid arthritis in my hands, so I cannot press hard for long. I want to print four cushion covers for my new flat.',
      'en',
      ['Screen printing'],
    );
    expect(en.keys).toContain('cre-block-table');
    expect(en.keys).toContain('cre-block-test-hands');
    expect(en.keys).toContain('cre-block-old');
    expect(en.keys).not.toContain('cre-block-test');
    expect(en.keys.filter((key) => key.startsWith('cre-print-'))).toEqual([]);
    expect(en.texts.join(' ')).not.toMatch(/squeegee|T-shirt|mesh/i);
    const ru = await tap(
      'creative',
      'освоить ручную набойку на льне',
      'Хочу напечатать скатерть и салфетки деревянными штампами, штампов пока нет. Артроз пальцев, сильно давить не могу.',
      'ru',
      ['Шелкография'],
    );
    expect(ru.keys).toContain('cre-block-choose');
    expect(ru.keys).toContain('cre-block-test-hands');
    expect(ru.keys).not.toContain('cre-print-test');
    expect(ru.texts.join(' ')).not.toMatch(/ракел|футболк/);
    const plain = await tap(
      'creative',
      'block print a tablecloth',
      'I want to learn hand block printing on cotton and print a tablecloth for my mum.',
      'en',
      [],
    );
    expect(plain.keys).toContain('cre-block-test');
    expect(plain.keys).not.toContain('cre-block-test-hands');
    const near = await tap(
      'creative',
      'screen print T-shirts for our band',
      'We want to print 30 shirts for gigs with our logo. No exposure unit, just a kitchen table.',
      'en',
      ['Screen printing'],
    );
    expect(near.keys).toContain('cre-print-test');
    expect(near.keys.filter((key) => key.startsWith('cre-block-'))).toEqual([]);
  });
});

describe('the fifty-third blind read, helper fix54C: whole paths', () => {
  it('reads "never studied music" in another word order as no music before, so nothing carries over', async () => {
    const ru = await tap(
      'instrument',
      'научиться играть на гармошке пару песен для отца',
      'Гармонь досталась от дяди. Нот я вообще не знаю, в музыкальную школу никогда не ходил. Хочу сыграть отцу на юбилей.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).not.toContain('inst-transfer-list');
    expect(ru.keys).not.toContain('inst-transfer-piece');
    const en = await tap(
      'instrument',
      'learn a couple of songs on the accordion',
      "My grandad's accordion has been sitting in a cupboard. I never went to music school and never had music lessons.",
      'en',
      ['None'],
    );
    expect(en.keys).not.toContain('inst-transfer-list');
    const near = await tap(
      'instrument',
      'научиться играть на баяне',
      'Семь лет музыкалки по фортепиано, ноты знаю. Баян новый для меня.',
      'ru',
      ['Ничего'],
    );
    expect(near.keys).toContain('inst-transfer-list');
  });

  it('gives a wedding player of years with sore hands his old songs from memory, not a first lesson', async () => {
    const ru = await tap(
      'instrument',
      'снова взять в руки гармонь',
      'Играл на танцах и на свадьбах лет двадцать, потом бросил. Теперь полиартрит, пальцы по утрам не гнутся. Хочу сыграть на дне села.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys.some((key) => key === 'inst-25-years' || key === 'inst-25')).toBe(true);
    expect(ru.keys).not.toContain('inst-05');
    const en = await tap(
      'instrument',
      'play the accordion again',
      'I played at weddings all over the county for years. Now I have arthritis in my fingers and they are stiff in the mornings.',
      'en',
      ['None'],
    );
    expect(en.keys).not.toContain('inst-05');
    const near = await tap(
      'instrument',
      'научиться играть на баяне',
      'Никогда не играл, есть артрит пальцев, но врач разрешил. Хочу выучить пару песен.',
      'ru',
      ['Ничего'],
    );
    expect(near.keys).not.toContain('inst-25-years');
  });

  it('gives a zine of photos already taken words for its pages, not a photo walk', async () => {
    const en = await tap(
      'creative',
      'turn my photos of the old market into a zine',
      'I have three years of photos of the stalls at our market before it was redeveloped. I want a small printed zine with a few words from the stallholders.',
      'en',
      ['None'],
    );
    expect(en.keys).not.toContain('cre-photo-first');
  });

  it('keeps a counted set of sketches as the plan: no "one piece instead of a series"', async () => {
    const ru = await tap(
      'creative',
      'рисовать скетчи старых дворов',
      'Купила скетчбук и карандаши. Хочу к зиме сделать штук тридцать набросков дворов своего района.',
      'ru',
      ['Только начинаю', 'Ничего'],
    );
    expect(ru.keys).not.toContain('cre-04');
    const en = await tap(
      'creative',
      'paint the harbour in watercolour',
      'I want to finish 20 watercolours of the harbour boats by summer for a little show at the library.',
      'en',
      ['Just starting', 'None'],
    );
    expect(en.keys).not.toContain('cre-04');
  });
});
