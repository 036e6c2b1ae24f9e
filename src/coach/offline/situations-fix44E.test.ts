import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const own = (keys: string[]) => keys.filter((key) => !key.startsWith('hz-'));

describe('the forty-fourth blind read, fixed in general (helper fix44E)', () => {
  it('names the painkillers taken for a tooth that hurts, and books a nervous patient once', async () => {
    const ru = await tap(
      'checkup',
      'Сходить к стоматологу наконец',
      'Мне 41, живу в Улан-Баторе. Два года болит зуб слева, терплю на обезболивающих. Боюсь стоматологов с детства.',
      'ru',
      ['Болит или сломался зуб'],
    );
    expect(own(ru.keys)[0]).toBe('chk-dent-pills');
    expect(ru.keys).toContain('chk-dent-pain-fear');
    expect(ru.keys).not.toContain('chk-dent-book');
    expect(ru.keys).not.toContain('chk-dent-pain');
    const en = await tap(
      'checkup',
      'Finally see a dentist',
      "My tooth hurts and I've been living on ibuprofen for months. I'm scared stiff of dentists.",
      'en',
      ['A tooth that hurts'],
    );
    expect(own(en.keys)[0]).toBe('chk-dent-pills');
    expect(en.keys).not.toContain('chk-dent-book');
    // A tooth that hurts with no tablets named keeps the plain pain step.
    const near = await tap('checkup', 'Go to the dentist', 'My tooth hurts with cold drinks since last week.', 'en', [
      'A tooth that hurts',
    ]);
    expect(near.keys).not.toContain('chk-dent-pills');
    expect(near.keys).toContain('chk-dent-pain');
  });

  it('plans the journey to a clinic a day away, with no work-leave form or nerves step', async () => {
    const ru = await tap(
      'checkup',
      'Пройти диспансеризацию',
      'Мне 64, живу в деревне. ФАП у нас закрыли, до поликлиники в райцентре 40 км, автобус два раза в день. Анализы не сдавал года три.',
      'ru',
      ['Диспансеризация или чекап'],
    );
    expect(ru.keys).toContain('chk-far-trip');
    expect(ru.keys.indexOf('chk-far-trip')).toBeLessThan(ru.keys.indexOf('chk-annual-book'));
    expect(ru.keys).not.toContain('chk-annual-time');
    const en = await tap(
      'checkup',
      'Get my eyes tested and proper glasses',
      'I teach outside Moshi and my marking has become blurry. The nearest eye clinic is at KCMC and I have to take a day off and two daladalas to get there.',
      'en',
      ['Check-ups'],
    );
    expect(own(en.keys)[0]).toBe('chk-far-trip');
    expect(en.keys).not.toContain('chk-09');
    const near = await tap(
      'checkup',
      'Пройти диспансеризацию',
      'Работаю с девяти до шести, поликлиника рядом с домом.',
      'ru',
      ['Диспансеризация или чекап'],
    );
    expect(near.keys).not.toContain('chk-far-trip');
    expect(near.keys).toContain('chk-annual-time');
  });

  it('does not compare clinics after booking a colonoscopy as a screening, and skips "am I due" with a referral in hand', async () => {
    const ru = await tap(
      'checkup',
      'Сделать колоноскопию',
      'Мне 52. У отца нашли рак кишечника. Направление по ОМС дали, но ждать два месяца.',
      'ru',
      ['Скрининг рака'],
    );
    expect(ru.keys).toContain('chk-scr-book');
    expect(ru.keys).not.toContain('chk-proc-where');
    expect(ru.keys).not.toContain('chk-scr-invite');
    const en = await tap(
      'checkup',
      'Book my bowel cancer screening colonoscopy',
      'My mum had bowel cancer at 60.',
      'en',
      ['Cancer screening'],
    );
    expect(en.keys).not.toContain('chk-proc-where');
    // A gastroscopy is no screening: the places are compared as before.
    const near = await tap('checkup', 'Get a gastroscopy done', 'The GP referred me, I want it under sedation.', 'en', [
      'An MRI, endoscopy',
    ]);
    expect(near.keys).toContain('chk-proc-where');
  });

  it('books hidden-disability help and a picture story for an autistic child, not a phrase card', async () => {
    const en = await tap(
      'travel',
      'Take my son on his first flight',
      "We're planning Lanzarote in the October holidays with our 8-year-old, who's autistic and hates queues, noise and anything unexpected. He's never been on a plane.",
    );
    expect(en.keys).toContain('trip-sensory-assist');
    expect(en.keys).toContain('trip-sensory-story');
    expect(en.keys).not.toContain('trip-airport-help');
    const ru = await tap(
      'travel',
      'Первый полёт с дочкой',
      'Летим в Сочи, дочке 6, у неё аутизм, шум и очереди даются очень тяжело. На самолёте никогда не летали.',
      'ru',
    );
    expect(ru.keys).toContain('trip-sensory-assist');
    expect(ru.keys).not.toContain('trip-airport-help');
    const near = await tap(
      'travel',
      'Take my son on his first flight',
      "We're flying to Lanzarote in October with our 8-year-old. He's never been on a plane.",
    );
    expect(near.keys).not.toContain('trip-sensory-assist');
  });

  it('plans insulin once, with the other medicines, not again in a general medicines step', async () => {
    const ru = await tap(
      'travel',
      'Свозить маму на Байкал',
      'Маме 74, она плохо ходит на большие расстояния и сидит на инсулине, его надо как-то везти по жаре. Хотим в августе на неделю.',
      'ru',
      ['Коляска'],
    );
    expect(ru.keys).toContain('trip-insulin');
    expect(ru.keys).not.toContain('trip-health-meds-home');
    const en = await tap(
      'travel',
      'Take dad to the Highlands',
      'Dad is 80, diabetic and on insulin, and we want a week by a loch in July.',
    );
    expect(en.keys).not.toContain('trip-health-meds-home');
    // Tablets with no insulin keep the medicines step.
    const near = await tap(
      'travel',
      'Take dad to the Highlands',
      'Dad is 80 and has a heart condition with tablets every day; we want a week by a loch in July.',
    );
    expect(near.keys).toContain('trip-health-meds-home');
  });

  it('walks through a transit first when the person does not know how it works, and checks the transit country', async () => {
    const en = await tap(
      'travel',
      'Fly to Toronto to see my sister for her 70th',
      "I'm 60 and live in Linden. Her birthday is in August. I don't know how the transit in New York works or what to pack.",
      'en',
      ['A trip abroad'],
    );
    expect(en.keys.slice(0, 3)).toContain('trip-airport-walk');
    expect(en.texts[en.keys.indexOf('trip-documents')]).toMatch(/change planes in/);
    const ru = await tap(
      'travel',
      'Слетать к брату в Канаду',
      'Лечу с пересадкой во Франкфурте. Не понимаю, как проходит пересадка и нужна ли там виза.',
      'ru',
      ['Поездка за границу'],
    );
    expect(ru.keys).toContain('trip-airport-walk');
    const near = await tap(
      'travel',
      'Fly to Toronto to see my sister',
      'I fly a lot for work; her birthday is in August.',
      'en',
      ['A trip abroad'],
    );
    expect(near.keys).not.toContain('trip-airport-walk');
  });

  it("lets a grandmother in her son's home agree a reading time, and swaps books from her own stock", async () => {
    const ru = await tap(
      'reading',
      'Читать с внуком по-русски',
      'Мне 60, живу в Белграде с сыном и невесткой-сербкой. Внуку 6. Я привезла из Воронежа целый чемодан детских книг.',
      'ru',
      ['Чтение с ребёнком'],
    );
    expect(ru.keys).toContain('read-kids-grand-time');
    expect(ru.keys).not.toContain('read-kids-routine');
    expect(ru.keys).toContain('read-kids-rotate');
    expect(ru.keys).not.toContain('read-kids-basket');
    const en = await tap(
      'reading',
      'Read with my granddaughter',
      "I live with my son and daughter-in-law and their girl, who's 5. I brought a suitcase of children's books from home.",
      'en',
      ['Reading with or to a child'],
    );
    expect(en.keys).toContain('read-kids-grand-time');
    expect(en.keys).not.toContain('read-kids-basket');
    // A grandmother who has the children in her care keeps the bedtime order.
    const near = await tap(
      'reading',
      'Read with my grandchildren every evening',
      'I look after three grandchildren while their mother works away. We have very few books at home.',
      'en',
      ['Reading with or to a child'],
    );
    expect(near.keys).toContain('read-kids-routine');
    expect(near.keys).not.toContain('read-kids-grand-time');
  });

  it('gives a library book club member no library card step and no second pacing step', async () => {
    const en = await tap(
      'reading',
      'Finish the book club book before the meeting for once',
      'Retired, joined the book club at my local library in January. The next one is a 500-page novel and we meet on the 22nd.',
      'en',
      ['Already doing it', "A book club's next book"],
    );
    expect(en.keys).not.toContain('read-library-first');
    expect(en.keys).not.toContain('read-loan-pace');
    const ru = await tap(
      'reading',
      'Дочитывать книгу к встрече клуба',
      'Хожу в книжный клуб при библиотеке, следующая встреча через три недели, а я всё время не успеваю.',
      'ru',
      ['Уже занимаюсь', 'Книга для клуба'],
    );
    expect(ru.keys).not.toContain('read-library-first');
    // The library named only as near keeps the card first.
    const near = await tap(
      'reading',
      'Read more books',
      'The local library is round the corner from my flat and I never go in.',
      'en',
      ['Several books'],
    );
    expect(near.keys).toContain('read-library-first');
  });
});
