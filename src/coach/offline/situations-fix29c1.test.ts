import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the twenty-ninth blind read, fixed in general (helper fix29c1)', () => {
  it('keeps a phone that is the baby monitor by the bed — alerts and a rule, never the charger moved out', async () => {
    const en = await tap(
      'quit',
      'Stop checking the baby monitor app all night',
      "She's ten months and sleeps through fine, but I open the camera app thirty times a night. My partner has started hiding my phone.",
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['quit-monitor-alerts', 'quit-monitor-rule', 'quit-monitor-partner']);
    expect(en.keys).not.toContain('quit-phone-bedroom');
    const ru = await tap(
      'quit',
      'Перестать ночью проверять видеоняню',
      'Сыну год, спит нормально, а я открываю камеру по двадцать раз за ночь и не высыпаюсь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-monitor-alerts');
    expect(ru.keys).not.toContain('quit-phone-bedroom');
    // Scrolling in bed, no monitor: the charger still leaves the bedroom.
    const bed = await tap('quit', 'Stop scrolling in bed', 'I scroll my phone in bed until 1am.', 'en', [
      'Phone in bed',
    ]);
    expect(bed.keys).toContain('quit-phone-bedroom');
    expect(bed.keys).not.toContain('quit-monitor-alerts');
  });

  it('plans cigarettes bummed at work around the break — not a night out or drinks', async () => {
    const ru = await tap(
      'quit',
      'Перестать стрелять сигареты у коллег',
      'Официально бросил три месяца назад, пачки не покупаю. Но в курилке у ворот бокса стреляю у ребят по две-три за смену.',
      'ru',
    );
    expect(ru.keys[0]).toBe('quit-social-break');
    expect(ru.keys).toContain('quit-social-work-tell');
    expect(ru.keys).not.toContain('quit-social-night');
    expect(ru.keys).not.toContain('quit-social-drinks');
    expect(ru.keys).not.toContain('quit-social-after');
    const en = await tap(
      'quit',
      'Stop bumming cigarettes at work',
      "I don't buy cigarettes any more, but I bum two or three off my workmates on my break every shift.",
      'en',
    );
    expect(en.keys[0]).toBe('quit-social-break');
    expect(en.keys).not.toContain('quit-social-drinks');
    // A social smoker on nights out keeps the night-out steps.
    const night = await tap(
      'quit',
      'Stop smoking on nights out',
      'I only smoke when I drink, and I bum cigarettes from friends at parties.',
      'en',
    );
    expect(night.keys).toContain('quit-social-night');
    expect(night.keys).not.toContain('quit-social-break');
  });

  it('plans food picked up on the way home around the family dinner — no packed meal, no dinner to make, no bed', async () => {
    const en = await tap(
      'quit',
      'stop eating in the car on the way home',
      "Meal deal and a share bag of crisps every day, then I'm not hungry when I sit down to dinner with the kids.",
      'en',
      ['Picking up food'],
    );
    expect(en.keys).toContain('quit-way-moment');
    expect(en.keys).toContain('quit-way-bite');
    expect(en.keys).not.toContain('quit-way-bag');
    expect(en.keys).not.toContain('quit-way-home');
    expect(en.keys).not.toContain('quit-way-rest');
    const ru = await tap(
      'quit',
      'Перестать есть в машине по дороге домой',
      'Каждый день беру по дороге домой шаурму, а потом не хочу есть за ужином с детьми.',
      'ru',
      ['Покупаю еду'],
    );
    expect(ru.keys).toContain('quit-way-bite');
    expect(ru.keys).not.toContain('quit-way-bag');
    // A night-shift worker coming home to no meal keeps the packed food and the meal ready at home.
    const shift = await tap(
      'quit',
      'Stop the drive-thru after night shifts',
      'I get a burger at the drive-thru on the way home from every night shift.',
      'en',
      ['Picking up food'],
    );
    expect(shift.keys).toContain('quit-way-bag');
    expect(shift.keys).not.toContain('quit-way-bite');
  });

  it('gives someone who does not know what comes next the exploration — no "role you want" or CV headline', async () => {
    const en = await tap(
      'career',
      'Work out what comes after trucking now my eyes are going',
      "I'm 58 and have driven long-haul for 26 years. My medical is in March and my left eye won't pass it. I never went to college.",
      'en',
    );
    expect(en.keys[0]).toBe('car-ch-skills');
    expect(en.keys).not.toContain('car-01');
    expect(en.keys).not.toContain('car-03');
    expect(en.keys).not.toContain('car-04');
    const ru = await tap(
      'career',
      'Понять, что делать дальше после завода',
      'Мне 50, двадцать лет токарем, цех закрывают.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-ch-skills');
    expect(ru.keys).not.toContain('car-01');
    // A return after a break that won't go back to the old field: no refresh of that field, no note to the old manager.
    const back = await tap(
      'career',
      'get back to work after burnout',
      "I was a marketing manager and got signed off in January. I don't think I want to go back to marketing, but I honestly don't know what else I'm good for.",
      'en',
      ['Returning to work'],
    );
    expect(back.keys).not.toContain('car-back-update');
    expect(back.keys).not.toContain('car-back-refresh');
    expect(back.keys).not.toContain('car-back-contacts');
    expect(back.keys).toContain('car-ch-skills');
    // A job search with a role in mind keeps the role note and the postings.
    const role = await tap('career', 'Find a new job as a data analyst', 'Three years as a junior analyst.', 'en');
    expect(role.keys).toContain('car-01');
    const returner = await tap(
      'career',
      'Go back to work after three years at home',
      'I was an accountant before the kids and want to go back to accounting.',
      'en',
      ['Returning to work'],
    );
    expect(returner.keys).toContain('car-back-update');
  });

  it('has two trades compared before any firm is asked, the exams step after the choice', async () => {
    const en = await tap(
      'career',
      'Get into a trade at 30',
      "Eight years in a call centre and I hate sitting all day. Plumbing or electrics, I'm not even sure which. We've got a mortgage.",
      'en',
      ['An apprenticeship'],
    );
    expect(en.keys[0]).toBe('car-trade-pick');
    expect(en.keys).not.toContain('car-trade-basics');
    expect(en.text).not.toMatch(/site work/);
    const ru = await tap(
      'career',
      'Пойти в ученики в 35 лет',
      'Десять лет в офисе. Сварщиком или плотником — не могу выбрать.',
      'ru',
      ['Рабочая профессия'],
    );
    expect(ru.keys[0]).toBe('car-trade-pick');
    // A trade chosen: no comparison, and the school-exams step keeps its place.
    const mason = await tap(
      'career',
      'Become a stonemason apprentice',
      'I have done labouring on building sites for years.',
      'en',
      ['An apprenticeship'],
    );
    expect(mason.keys).toContain('car-trade-basics');
    expect(mason.keys).not.toContain('car-trade-pick');
  });

  it('starts a script read letter by letter with the letters and one short piece — no book pipeline', async () => {
    const en = await tap(
      'reading',
      'Read Manto in Urdu',
      "I can read Urdu slowly from mosque school, more or less letter by letter. My dad has a shelf of Manto's short stories and I'd love to read them properly and then talk to him about them.",
      'en',
    );
    expect(en.keys).toContain('read-script-letters');
    expect(en.keys).toContain('read-script-story');
    for (const key of ['read-pick-next', 'read-challenge', 'read-library', 'read-shelf'])
      expect(en.keys).not.toContain(key);
    const ru = await tap('reading', 'Читать татарские книги', 'Татарский понимаю на слух, а читаю по слогам.', 'ru');
    expect(ru.keys[0]).toBe('read-script-letters');
    // A novel in a language being learnt keeps the graded-reader steps.
    const spanish = await tap('reading', 'Read a novel in Spanish', "I'm B1 and look up every other word.", 'en', [
      'A book in a language',
    ]);
    expect(spanish.keys).toContain('read-level-rule');
    expect(spanish.keys).not.toContain('read-script-letters');
  });

  it('gives the first book of a set read in order the next book only, and no days to divide without a date', async () => {
    const ru = await tap(
      'reading',
      'Прочитать всю «Дюну», все шесть книг',
      'Посмотрел фильмы и купил первую книгу, в ней больше 700 страниц. Читаю только в кровати, страниц по десять, и засыпаю.',
      'ru',
      ['Прочитать заданный'],
    );
    expect(ru.keys).toContain('read-list-next');
    expect(ru.keys).toContain('read-slot-awake');
    for (const key of ['read-list-get', 'read-list-pages', 'read-list-order']) expect(ru.keys).not.toContain(key);
    const en = await tap('reading', 'Read all six Dune books', "I've bought the first book and I'm on page 40.", 'en', [
      'A set list',
    ]);
    expect(en.keys).toContain('read-list-next');
    expect(en.keys).not.toContain('read-list-get');
    // A shortlist with a date keeps every book got now and the pages a day.
    const shortlist = await tap('reading', 'Read the whole Booker shortlist', 'Six novels in six weeks.', 'en', [
      'A set list',
    ]);
    expect(shortlist.keys.slice(0, 2)).toEqual(['read-list-get', 'read-list-pages']);
  });
});
