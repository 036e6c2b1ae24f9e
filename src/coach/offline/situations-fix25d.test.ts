import { describe, expect, it } from 'vitest';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { tapThrough } from '../../../test/factories/converse.js';

const firstFive = tapThrough(shippedOfflineCoach().coach);

describe('the twenty-fifth blind read, fixed in general (helper fix25d)', () => {
  it('gives paying a work patent on time the paid-until date and reminders — not a document list or a form', async () => {
    const ru = await firstFive(
      'admin',
      'Не пропустить оплату патента',
      'В прошлом году опоздал с оплатой на два дня — патент аннулировали. Следующий платёж до 12-го.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['adm-pat-date', 'adm-pat-remind']);
    expect(ru.keys).not.toContain('adm-02');
    expect(ru.keys).not.toContain('adm-04');
    expect(ru.keys).not.toContain('adm-05');
    const en = await firstFive('admin', 'Never miss my work patent payment', 'I work on a building site in Moscow.');
    expect(en.keys[0]).toBe('adm-pat-date');
    expect(en.keys).not.toContain('adm-02');
    // Renewing a patent keeps the renewal path.
    const renew = await firstFive('admin', 'Продлить патент на работу', 'Патент заканчивается через месяц.', 'ru');
    expect(renew.keys).not.toContain('adm-pat-date');
  });

  it('gives health cover and a tax number after arriving the order of the numbers — not residence conditions', async () => {
    const en = await firstFive(
      'admin',
      'Sort out Medicare and a tax file number',
      'I moved to Brisbane in March on a partner visa and every form seems to ask for a number from another form.',
    );
    expect(en.keys[0]).toBe('adm-ids-order');
    expect(en.keys).toContain('adm-ids-costs');
    expect(en.keys).not.toContain('adm-res-eligible');
    expect(en.keys).not.toContain('adm-res-trips');
    expect(en.keys).not.toContain('adm-01');
    const ru = await firstFive('admin', 'Получить СНИЛС и полис ОМС', 'Переехала в Россию по ВНЖ полгода назад.', 'ru');
    expect(ru.keys[0]).toBe('adm-ids-order');
    expect(ru.keys).not.toContain('adm-res-eligible');
    // A partner visa itself keeps its own path.
    const visa = await firstFive('admin', 'Apply for a partner visa for my wife', 'She lives in Manila.');
    expect(visa.keys).not.toContain('adm-ids-order');
  });

  it('gives someone already selling their profit per hour — not "price a first version"', async () => {
    const en = await firstFive(
      'business',
      'Turn my furniture flipping into a proper side business',
      "I've done about 12 in the last year at roughly £80 profit each.",
      'en',
      ['Already doing it, want to get better'],
    );
    expect(en.keys).toContain('biz-price-hour');
    expect(en.keys).not.toContain('biz-price');
    const ru = await firstFive(
      'business',
      'Превратить продажу свечей в настоящий бизнес',
      'Продаю свечи на Авито уже год.',
      'ru',
      ['Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys).toContain('biz-price-hour');
    expect(ru.keys).not.toContain('biz-price');
    // Someone not selling yet keeps pricing a first version.
    const start = await firstFive('business', 'Start selling my candles', 'Never sold anything yet.', 'en', [
      'Just starting',
    ]);
    expect(start.keys).not.toContain('biz-price-hour');
  });

  it('sets up a blog that does not exist yet before the first post is published', async () => {
    const en = await firstFive(
      'writing',
      'Keep a blog going during my year teaching in Japan',
      "Family and friends want updates. I've never blogged, but my evenings will mostly be free.",
    );
    expect(en.keys).toContain('write-ch-setup');
    expect(en.keys.indexOf('write-ch-setup')).toBeLessThan(en.keys.indexOf('write-ch-first'));
    const ru = await firstFive(
      'writing',
      'Вести телеграм-канал о жизни в Португалии',
      'Канала пока нет, никогда не вела блог.',
      'ru',
    );
    expect(ru.keys.indexOf('write-ch-setup')).toBeGreaterThanOrEqual(0);
    expect(ru.keys.indexOf('write-ch-setup')).toBeLessThan(ru.keys.indexOf('write-ch-first'));
    // A blog that already exists gets no set-up step.
    const old = await firstFive('writing', 'Post on my travel blog every week', "I've had the blog for two years.");
    expect(old.keys).not.toContain('write-ch-setup');
  });

  it('books the teacher already found and practises between lessons — the lesson time is no practice window', async () => {
    const en = await firstFive(
      'instrument',
      "Learn to play my dad's old sitar",
      "The only music I ever did was recorder at school. There's a teacher who does lessons on Zoom on Sunday mornings.",
    );
    expect(en.keys[0]).toBe('inst-teacher-book');
    expect(en.keys).not.toContain('inst-27');
    expect(en.keys).not.toContain('inst-13');
    expect(en.keys).not.toContain('inst-stored-wind');
    const ru = await firstFive(
      'instrument',
      'Научиться играть на гитаре',
      'Нашла преподавателя, занятия по зуму по субботам утром.',
      'ru',
    );
    expect(ru.keys[0]).toBe('inst-teacher-book');
    expect(ru.keys).not.toContain('inst-27');
    // A practice window with no teacher keeps its scheduling step.
    const own = await firstFive(
      'instrument',
      'Learn the guitar',
      'Complete beginner, I can practise on Sunday mornings.',
    );
    expect(own.keys).toContain('inst-27');
    expect(own.keys).not.toContain('inst-teacher-book');
  });

  it('gives someone who cannot sing and play at once a strum under spoken words — not a harder piece from tabs', async () => {
    const ru = await firstFive(
      'instrument',
      'Научиться играть на укулеле для детей в садике',
      'Знаю четыре аккорда. Хочу аккомпанировать детям три песни, а пока не получается играть и петь одновременно.',
      'ru',
      ['Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys[0]).toBe('inst-sing-speak');
    expect(ru.keys).not.toContain('inst-06');
    const en = await firstFive(
      'instrument',
      'Sing and play guitar at the same time',
      'I know about ten chords, but my hand stops when I sing.',
      'en',
      ['Already doing it, want to get better'],
    );
    expect(en.keys[0]).toBe('inst-sing-speak');
    // Getting better at chords with no singing keeps the harder piece.
    const harder = await firstFive(
      'instrument',
      'Get better at ukulele',
      'I know four chords and want to play some harder pieces.',
      'en',
      ['Already doing it, want to get better', 'Playing songs by chords'],
    );
    expect(harder.keys).not.toContain('inst-sing-speak');
    expect(harder.keys).toContain('inst-06');
  });
});
