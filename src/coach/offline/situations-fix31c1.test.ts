import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the thirty-first blind read, fixed in general (helper fix31c1)', () => {
  it('never makes today day one for a drinker — the first alcohol-free day is planned with the doctor', async () => {
    const ru = await tap(
      'quit',
      'Бросить пить, пока не потеряла работу',
      'Мне 44, работаю бухгалтером. После развода почти каждый вечер бутылка вина, иногда больше. Начальница сказала, что это последнее предупреждение. Вечером одной дома очень тяжело.',
      'ru',
    );
    expect(ru.keys[0]).toMatch(/^quit-alcohol-doctor/);
    expect(ru.keys).toContain('quit-alcohol-start');
    expect(ru.keys).not.toContain('quit-now');
    expect(ru.keys).not.toContain('quit-date');
    expect(ru.text).toContain('вместе с врачом');
    expect(ru.text).not.toContain('Сделай сегодняшний день первым');
    const en = await tap(
      'quit',
      'Stop drinking before I lose my job',
      'Since the divorce it has been a bottle of wine most nights. I was late on Monday and got a final warning.',
      'en',
    );
    expect(en.keys[0]).toMatch(/^quit-alcohol-doctor/);
    expect(en.keys).toContain('quit-alcohol-start');
    expect(en.keys).not.toContain('quit-now');
    expect(en.keys).not.toContain('quit-date');
    expect(en.text).toContain('together with the doctor');
    expect(en.text).not.toMatch(/alcohol-free evenings for this week/);
    // A smoker keeps a quit day of their own.
    const smoke = await tap('quit', 'Quit smoking', 'Ten years of smoking, I want to stop this week.', 'en');
    expect(smoke.keys.some((key) => key === 'quit-now' || key === 'quit-date')).toBe(true);
    expect(smoke.keys).not.toContain('quit-alcohol-start');
  });

  it('starts skipping school from the next school day — no quit date two weeks off', async () => {
    const en = await tap('quit', 'stop skipping school to play pool at the shops', '', 'en', ['Quitting']);
    expect(en.keys.slice(0, 2)).toEqual(['quit-skip-next', 'quit-skip-when']);
    expect(en.keys).toContain('quit-skip-catchup');
    expect(en.keys).not.toContain('quit-date');
    expect(en.keys).not.toContain('quit-now');
    expect(en.texts[0]).toContain('next school day');
    const ru = await tap(
      'quit',
      'Перестать прогуливать пары',
      'Второй курс колледжа, по понедельникам прогуливаю почти всё, сидим с друзьями в торговом центре.',
      'ru',
      ['Бросить'],
    );
    expect(ru.keys[0]).toBe('quit-skip-next');
    expect(ru.keys).not.toContain('quit-date');
    // A walk («прогулка») is no truancy: the phone on walks keeps its own steps.
    const walk = await tap(
      'quit',
      'Перестать сидеть в телефоне на прогулке',
      'Гуляю с сыном в парке и всё время листаю ленту.',
      'ru',
      ['Бросить'],
    );
    expect(walk.keys.some((key) => key.startsWith('quit-skip'))).toBe(false);
  });

  it('gives a phone game no quit date two weeks off — the game goes today', async () => {
    const ru = await tap(
      'quit',
      'перестать играть в телефон на работе',
      'Сижу на ресепшене в бизнес-центре, за смену в три в ряд набегает часов шесть.',
      'ru',
      ['Бросить'],
    );
    expect(ru.keys).toContain('quit-pgame-off');
    expect(ru.keys).not.toContain('quit-date');
    const en = await tap(
      'quit',
      'Stop playing Candy Crush at work',
      'I play it for hours on my shifts at the front desk.',
      'en',
      ['Quitting'],
    );
    expect(en.keys).toContain('quit-pgame-off');
    expect(en.keys).not.toContain('quit-date');
    // Scrolling (no game) keeps its quit date.
    const scroll = await tap(
      'quit',
      'Stop doomscrolling',
      'I already tried app limits once; I want to be off it by next month.',
      'en',
    );
    expect(scroll.keys).toContain('quit-date');
  });

  it('helps someone whose sight came back read the paper — no talking books, no book shortlist', async () => {
    const en = await tap(
      'reading',
      'Read the paper again after my cataract operation',
      "I'm 71 and got out of the habit after three years of only listening to the radio.",
      'en',
      ['Reading', 'Coming back'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['read-eyes-check', 'read-eyes-light']);
    expect(en.keys).toContain('read-paper-get');
    expect(en.keys).not.toContain('read-sight-talking');
    expect(en.keys).not.toContain('read-audio-home');
    expect(en.keys).not.toContain('read-return');
    expect(en.keys).not.toContain('read-pick-short');
    expect(en.text).toContain('reading glasses');
    const ru = await tap(
      'reading',
      'Снова читать газеты после операции на катаракту',
      'Мне 74, три года только слушала радио, теперь глаз видит, а привычка пропала.',
      'ru',
      ['Чтение', 'Возвращаюсь'],
    );
    expect(ru.keys[0]).toBe('read-eyes-check');
    expect(ru.keys).toContain('read-paper-get');
    expect(ru.keys).not.toContain('read-sight-talking');
    // Sight still failing keeps the talking books and large print.
    const failing = await tap(
      'reading',
      'Keep reading with glaucoma',
      'My eyesight is going and the print is too small even with my glasses.',
      'en',
      ['Reading'],
    );
    expect(failing.keys).toContain('read-sight-talking');
    expect(failing.keys).not.toContain('read-eyes-check');
  });

  it('keeps a job already chosen on its way in — no skills inventory or ten other professions', async () => {
    const ru = await tap(
      'career',
      'Устроиться на краболов после армии',
      'Мне 21, из Ольги в Приморье, отслужил на флоте мотористом. На краболовах нормально платят, пацаны ходят. Но там дипломы, ПДНВ, медкомиссия, я в этом путаюсь, а крюинги в Находке и во Владике, и некоторые ещё деньги берут за трудоустройство. Хочу выйти в рейс к осени.',
      'ru',
      ['Карьера'],
    );
    // Agencies that take money for the job: never pay for one first (the `job_fee` hazard, fix round 36).
    expect(ru.keys.slice(0, 3)).toEqual(['hz-jobfee-stop', 'hz-jobfee-check', 'car-route-reqs']);
    expect(ru.keys.some((key) => key.startsWith('car-ch-'))).toBe(false);
    const en = await tap(
      'career',
      'Get a job on the ferries after leaving the navy',
      "I was an engine room rating for four years. I don't know which courses I need, who to contact or whether I'd pass the medical.",
      'en',
      ['Career'],
    );
    expect(en.keys[0]).toBe('car-route-reqs');
    expect(en.keys.some((key) => key.startsWith('car-ch-'))).toBe(false);
    // No target in view keeps the exploration.
    const next = await tap(
      'career',
      'Понять, что делать дальше после завода',
      'Мне 50, двадцать лет токарем, цех закрывают.',
      'ru',
    );
    expect(next.keys[0]).toBe('car-ch-skills');
  });

  it('reads "not getting shortlisted" as applications with no replies — their shortlist asked about, not a chat about work', async () => {
    const en = await tap(
      'career',
      'Get a permanent teaching post after three years of supply',
      "I qualified in 2022 (primary, KS2) and have done supply round Wolverhampton ever since. Now I want a class of my own from September but I keep not getting shortlisted. I can't move area.",
      'en',
      ['Career', 'Applying'],
    );
    expect(en.keys[0]).toBe('car-reply-log');
    expect(en.keys).toContain('car-reply-inside');
    expect(en.keys).not.toContain('car-08');
    expect(en.text).toContain('shortlist there');
    expect(en.text).not.toContain('how they got in');
    const ru = await tap(
      'career',
      'Найти работу бухгалтером в Казани',
      'Десять лет в бухгалтерии, полгода ищу новое место, но меня не зовут на собеседования.',
      'ru',
      ['Карьера', 'Откликаюсь'],
    );
    expect(ru.keys[0]).toBe('car-reply-log');
    expect(ru.keys).not.toContain('car-08');
    // A search with no trouble named keeps the ordinary path.
    const plain = await tap(
      'career',
      'Find a job in marketing',
      'I want to move to a bigger company this year.',
      'en',
      ['Career'],
    );
    expect(plain.keys).not.toContain('car-reply-log');
  });
});
