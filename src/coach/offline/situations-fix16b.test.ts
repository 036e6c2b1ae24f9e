import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the sixteenth blind read, fixed in general (helper fix16b)', () => {
  it('drops the dates, first booking and place to stay from a trip that is already booked', async () => {
    const en = await firstFive(
      'travel',
      'Fly to Tenerife with our son who has autism',
      "We've booked flights and a hotel for February. He hates crowds and queues.",
    );
    expect(en.keys).not.toEqual(expect.arrayContaining(['trip-dates-budget']));
    expect(en.keys.some((key) => ['trip-book-first', 'kids-stay', 'trip-bed'].includes(key))).toBe(false);
    expect(en.keys).toContain('kids-journey');
    const ru = await firstFive(
      'travel',
      'Поехать с детьми в Турцию',
      'Путевку уже купили на июль, дочке 4, сыну 8.',
      'ru',
    );
    expect(ru.keys.some((key) => ['trip-dates-budget', 'trip-book-first', 'kids-stay'].includes(key))).toBe(false);
    const open = await firstFive(
      'travel',
      'Take the kids to Portugal',
      "We haven't booked anything yet, maybe August.",
    );
    expect(open.keys).toEqual(expect.arrayContaining(['trip-dates-budget', 'trip-book-first']));
  });

  it('books no exam date years ahead, and gives no calming routine to someone who says nerves are no problem', async () => {
    const far = await firstFive(
      'exam',
      'Pass the Swedish citizenship language test',
      'I need to pass it within three years and I am a beginner.',
    );
    expect(far.keys).not.toContain('exam-book');
    const calm = await firstFive(
      'exam',
      'Сдать аттестацию на электрика',
      'Работаю давно, практику не боюсь, но теорию забыл. Экзамен в мае.',
      'ru',
    );
    expect(calm.keys).not.toContain('exam-nerves');
    const nervous = await firstFive('exam', 'Pass my IELTS', 'I panic in exams and freeze. The test is in two months.');
    expect(nervous.keys).toContain('exam-nerves');
  });

  it('gives a manual gearbox the biting point and hill starts, not the rules of the road', async () => {
    const en = await firstFive(
      'skill',
      'Learn to drive a manual car',
      'I passed in an automatic and keep stalling at junctions.',
    );
    expect(en.keys).toEqual(expect.arrayContaining(['skill-drive-clutch', 'skill-drive-hill']));
    expect(en.keys).not.toContain('skill-drive-rules');
    const ru = await firstFive(
      'skill',
      'Освоить машину с механикой',
      'Права на автомате, а теперь у нас машина на механике, глохну на каждом светофоре.',
      'ru',
    );
    expect(ru.keys).toContain('skill-drive-clutch');
    expect(ru.keys).not.toContain('skill-drive-rules');
    const back = await firstFive(
      'skill',
      'Start driving again',
      "I passed my test ten years ago and haven't driven since.",
    );
    expect(back.keys).toContain('skill-drive-rules');
    expect(back.keys).not.toContain('skill-drive-clutch');
  });

  it('gives re-covering seats upholstery steps, with no model number, water valve or hinges', async () => {
    const en = await firstFive(
      'repair',
      'Reupholster four kitchen stools',
      'The vinyl is cracked and one has flat foam.',
    );
    expect(en.keys.slice(0, 4)).toEqual(['fix-uph-strip', 'fix-uph-base', 'fix-uph-fabric', 'fix-uph-first']);
    expect(en.keys.some((key) => ['fix-02', 'fix-03'].includes(key))).toBe(false);
    const ru = await firstFive(
      'repair',
      'Перетянуть сиденья стульев',
      'Шесть стульев, ткань в пятнах, одно сиденье провисло.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-uph-strip');
    expect(ru.keys.some((key) => key.startsWith('fix-hinge-'))).toBe(false);
  });

  it('gives a stitched piece of the person’s own design a sketch, a chart and a test patch, not a beginner kit', async () => {
    const en = await firstFive(
      'creative',
      'Cross-stitch a map of our village',
      "I've only done kits; I'd like to chart my own design.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-design-sketch', 'cre-design-chart', 'cre-design-sample']);
    expect(en.keys.some((key) => key.startsWith('cre-knit-'))).toBe(false);
    const ru = await firstFive(
      'creative',
      'Вышить портрет кота',
      'Раньше вышивала по наборам, хочу сама сделать свою схему по фото.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-design-sketch');
    expect(ru.keys.some((key) => key.startsWith('cre-face-'))).toBe(false);
    const knit = await firstFive('creative', 'Learn to knit', 'Never held needles.');
    expect(knit.keys[0]).toBe('cre-knit-kit');
  });

  it('gives scuba diving the medical form, a refresher and the dive centre told, in both languages', async () => {
    const en = await firstFive(
      'skill',
      'Do the SSI Advanced course',
      'I qualified years ago with 9 dives; nervous at depth.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-scuba-medical', 'skill-scuba-refresh', 'skill-scuba-centre']);
    const ru = await firstFive('skill', 'Вернуться в дайвинг', 'Сертификат PADI есть, но не нырял шесть лет.', 'ru');
    expect(ru.keys[0]).toBe('skill-scuba-medical');
  });
});
