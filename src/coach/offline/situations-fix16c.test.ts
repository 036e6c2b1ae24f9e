import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

describe('the sixteenth blind read, fixed in general (helper fix16c)', () => {
  it('gives nibbling seeds or finishing the children’s plates a rule for the moment, no supplies or nail steps', async () => {
    const en = await firstFive(
      'quit',
      "Quit finishing food off the children's plates",
      'Every teatime I eat the crusts and leftovers my two girls leave, then have my own dinner.',
    );
    expect(en.keys).toContain('quit-nibble-rule');
    expect(en.keys).not.toContain('quit-clear');
    const ru = await firstFive(
      'quit',
      'Бросить щёлкать семечки',
      'Каждый вечер за сериалом съедаю пакет семечек.',
      'ru',
    );
    expect(ru.keys).toContain('quit-nibble-rule');
    expect(ru.keys.some((key) => key.startsWith('quit-nails'))).toBe(false);
    const nails = await firstFive('quit', 'Перестать грызть ногти', 'Грызу ногти на работе, когда нервничаю.', 'ru');
    expect(nails.keys).toContain('quit-nails');
  });

  it('does not tell a father-to-be to see his own obstetrician', async () => {
    const ru = await firstFive(
      'quit',
      'Бросить курить, пока жена беременна',
      'Жена беременна, к родам хочу не курить.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-baby-support');
    expect(ru.text).not.toMatch(/своему акушеру/);
  });

  it('skips the visa step when the work permit is sorted, and the trial stay when the flat is sold', async () => {
    const en = await firstFive(
      'moving',
      'Relocate from Leeds to Sydney',
      'The transfer is confirmed and the work permit is sorted; we go in March with the kids.',
    );
    expect(en.keys).not.toContain('abroad-visa');
    const ru = await firstFive(
      'moving',
      'Переехать в свой дом за городом',
      'Продали трёшку в Самаре и купили частный дом за городом, переезжаем в июле.',
      'ru',
    );
    expect(ru.keys).not.toContain('own-trial');
  });

  it('gives a fell or trail runner who loses time downhill descending steps, not a hike or a gentle build-up', async () => {
    const en = await firstFive(
      'sport',
      'Beat my time at a fell race',
      'Been fell running for years; I lose minutes on the descents and the scree scares me.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['sport-descent-drill', 'sport-descent-guide']);
    expect(en.keys.some((key) => key.startsWith('sport-mt-'))).toBe(false);
    const ru = await firstFive(
      'sport',
      'Пробежать горный забег быстрее',
      'Бегаю трейл пятый год, но на спусках по курумнику теряю кучу времени.',
      'ru',
    );
    expect(ru.keys).toContain('sport-descent-split');
  });

  it('reads a 100 km ride in a day as a long ride, with the ride’s own long session', async () => {
    const ru = await firstFive(
      'sport',
      'Проехать 100 км за день',
      'Катаюсь второй сезон по 50 км в выходные, хочу в сентябре проехать сотню с друзьями.',
      'ru',
    );
    expect(ru.keys).toContain('sport-ride-long');
    expect(ru.keys).not.toContain('sport-08');
  });

  it('listens to classics in the car: audiobook steps, no reading print alongside', async () => {
    const ru = await firstFive(
      'reading',
      'Слушать классику за рулём',
      'Езжу на работу час в одну сторону, хочу слушать аудиокниги — классику, до которой не дошли руки.',
      'ru',
    );
    expect(ru.keys).toContain('read-audio-app');
    expect(ru.keys.some((key) => /^read-classic-(audio|summary|words|adapt)$/.test(key))).toBe(false);
  });

  it('gives an adult into a trade and a candidate failing the tests their own steps, not a CV headline', async () => {
    const trade = await firstFive(
      'career',
      'Become a trainee bricklayer at 40',
      'Every apprenticeship advert seems to want 16-year-olds.',
    );
    expect(trade.keys.slice(0, 3)).toEqual(['car-trade-route', 'car-trade-basics', 'car-trade-firms']);
    const ru = await firstFive(
      'career',
      'Пойти учеником каменщика',
      'Мне 35, работаю на стройке, хочу освоить ремесло.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-trade-route');
    const tests = await firstFive(
      'career',
      'Get a job with the fire service',
      'Applied twice and failed the online aptitude tests both times.',
    );
    expect(tests.keys[0]).toBe('car-tests-which');
    expect(tests.keys).toContain('car-tests-practice');
    const nurse = await firstFive('career', 'Retrain as a nurse', 'I am 40 and want to train as a nurse.');
    expect(nurse.keys.some((key) => key.startsWith('car-trade-'))).toBe(false);
  });

  it('takes GCSE or school-programme texts as the list already chosen: no "pick any short book"', async () => {
    const en = await firstFive(
      'reading',
      "Read my daughter's GCSE English texts with her",
      'She has Macbeth and Jekyll and Hyde and I never read them.',
    );
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.keys).not.toContain('read-pick-next');
  });
});
