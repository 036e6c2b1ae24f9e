import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { pack, coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

/** The keys of a kind's steps that match a test (vigorous, reflective…). */
const keysOf = (kind: string, test: (step: (typeof pack.types)[number]['steps'][number]) => boolean) =>
  new Set(
    pack.types
      .find((type) => type.id === kind)!
      .steps.filter(test)
      .map((step) => step.key),
  );

describe('situations inside a kind (issue 16, helper d)', () => {
  it('writing: a best man speech gets stories, an outline, a timed read-aloud and a rehearsal; a grandfather’s memories are recorded first', async () => {
    const speech = await firstFive(
      'writing',
      'Write my best man speech',
      "My brother's wedding is on 21 June. I go red just thinking about standing up in front of 120 people.",
    );
    expect(speech.keys).toEqual([
      'write-speech-stories',
      'write-speech-outline',
      'write-speech-draft',
      'write-speech-aloud',
      'write-speech-rehearse',
    ]);
    expect(speech.text).not.toMatch(/free-write|word-count|word count|writing slot/i);
    expect(speech.text).toMatch(/slow breath out/);

    const grandad = await firstFive(
      'writing',
      'Записать воспоминания деда',
      'Деду 88, он много рассказывает про детство в войну и про целину. Хочу собрать всё в книжку для семьи, пока он жив.',
      'ru',
    );
    expect(grandad.keys).toEqual(
      expect.arrayContaining([
        'write-mem-questions',
        'write-mem-recorder',
        'write-mem-session',
        'write-mem-transcribe',
      ]),
    );
    expect(grandad.text).toMatch(/диктофон/);
    expect(grandad.keys).not.toContain('write-01');
    expect(grandad.text).not.toMatch(/журнал слов|без остановки/i);

    // Someone who has died cannot be recorded: the memoir is written from memories and papers.
    const late = await firstFive(
      'writing',
      'Написать книгу воспоминаний об отце',
      'Папы не стало два года назад, хочу сохранить память о нём',
      'ru',
    );
    expect(late.keys.some((key) => key!.startsWith('write-mem-'))).toBe(false);
    expect(late.keys).toContain('write-memo-list');

    // A cover letter is not a letter to a loved one.
    const cover = await firstFive('writing', 'Write a cover letter for a marketing job', 'The deadline is next week.');
    expect(cover.keys.every((key) => key!.startsWith('write-cover-'))).toBe(true);
  });

  it('creative: a channel about a craft films real work without a voice-over; finishing a track finishes it instead of starting a loop', async () => {
    const channel = await firstFive(
      'creative',
      'Start a YouTube channel about my woodworking',
      "I've been building furniture in my garage for ten years. Never filmed anything and I hate the sound of my own voice.",
    );
    expect(channel.keys).toEqual(['cre-ch-setup', 'cre-ch-film', 'cre-ch-edit', 'cre-ch-upload', 'cre-ch-feedback']);
    expect(channel.text).toMatch(/no talking needed/);
    expect(channel.text).toMatch(/captions instead of a voice-over/);
    expect(channel.text).toMatch(/unlisted/);
    expect(channel.keys).not.toContain('cre-wood-kit');

    const track = await firstFive(
      'creative',
      'Довести до конца свой первый трек',
      'Полгода делаю биты в FL Studio, но ни один не закончил, бросаю на середине. Хочу выложить трек во ВКонтакте до конца лета.',
      'ru',
    );
    expect(track.keys).toEqual(['cre-fin-pick', 'cre-fin-missing', 'cre-fin-date', 'cre-fin-work', 'cre-fin-out']);
    expect(track.keys).not.toContain('cre-music-first');
    expect(track.text).not.toMatch(/восьмитактовую петлю|20 идей/);
  });

  it('skill: named gaps (pivot tables, VLOOKUP) come first, with no Day-1 redo of what the person can already do; swimming keeps its own path', async () => {
    const excel = await firstFive(
      'skill',
      'Разобраться в Excel',
      'Перевели в отдел планирования, а я умею только столбики складывать. Сводные таблицы и ВПР для меня тёмный лес. Заниматься могу только в обед, минут 30.',
      'ru',
    );
    expect(excel.keys[0]).toBe('skill-xl-pivot');
    expect(excel.keys).toContain('skill-xl-lookup');
    expect(excel.keys).not.toContain('skill-14');
    expect(excel.keys).not.toContain('skill-15');
    expect(excel.text).not.toMatch(/День 1/);

    const python = await firstFive(
      'skill',
      'Level up my Python',
      'I can write small scripts but classes and testing are a mystery to me.',
    );
    expect(python.keys).toContain('skill-gap-first');
    expect(python.keys).not.toContain('skill-code-plan');

    const swim = await firstFive(
      'skill',
      'Научиться плавать в 50 лет',
      'В детстве так и не научилась. Боюсь воды, если не чувствую дна.',
      'ru',
    );
    expect(swim.keys.every((key) => key!.startsWith('skill-swim-'))).toBe(true);
  });

  it('instrument: thin walls get quiet practice and a place to sing out, never "a room where no one hears"', async () => {
    const singing = await firstFive(
      'instrument',
      'Научиться петь',
      'В караоке стесняюсь, голос дрожит и срывается. Живу в панельке, заниматься дома боюсь — соседи услышат.',
      'ru',
    );
    expect(singing.keys).toEqual(expect.arrayContaining(['inst-quiet-voice', 'inst-quiet-hum']));
    expect(singing.keys).not.toContain('inst-20');
    expect(singing.text).toMatch(/трубочк/);

    const drums = await firstFive(
      'instrument',
      'Learn the drums',
      'I live in an apartment, so a full kit is out of the question.',
    );
    expect(drums.keys).toEqual(expect.arrayContaining(['inst-quiet-drums', 'inst-04']));
  });

  it('sport: a team sport gets no distances or race days, and a breathless comeback starts with a check and a gentle base', async () => {
    const vigorous = keysOf('sport', (step) => Boolean(step.vigorous));
    const volleyball = await firstFive(
      'sport',
      'Вернуться в волейбол',
      'В универе играла за сборную, потом десять лет ничего. Нашла любительскую лигу, набор в сентябре, а я сейчас на четвёртом этаже уже запыхаюсь.',
      'ru',
    );
    expect(volleyball.keys[0]).toBe('sport-check');
    expect(volleyball.keys).toEqual(expect.arrayContaining(['sport-team-find', 'sport-team-base', 'sport-team-ball']));
    expect(volleyball.text).not.toMatch(/дистанци|лучшие времена|половину от прежней|старт/i);
    expect(volleyball.keys.filter((key) => vigorous.has(key!))).toEqual([]);

    const tennis = await firstFive('sport', 'Learn to play tennis', 'Never held a racket.');
    expect(tennis.keys[0]).toBe('sport-check');
    expect(tennis.keys.slice(1).every((key) => key!.startsWith('sport-racket-'))).toBe(true);
    expect(tennis.text).not.toMatch(/target distance|race/i);

    // A race still gets its race steps.
    const half = await firstFive(
      'sport',
      'Run the Cardiff Half under 2 hours',
      "I run 3x a week and my 10k PB is 57:40. Race is 5 October and the entry's already paid.",
    );
    expect(half.keys).toContain('sport-03');
  });

  it('fitness: a lunch break with a slipped disc gets a physio check, low-sweat options within 20 minutes, and no heavy lifting', async () => {
    const vigorous = keysOf('fitness', (step) => Boolean(step.vigorous));
    const lunch = await firstFive(
      'fitness',
      'Exercise on my lunch break',
      "I only have 20 minutes at lunch and there's no shower at work. My lower back is dodgy since a slipped disc two years ago.",
    );
    expect(lunch.keys[0]).toBe('fit-back-check');
    expect(lunch.keys).toEqual(expect.arrayContaining(['fit-work-walk', 'fit-work-kit']));
    expect(lunch.keys).not.toContain('fit-04');
    expect(lunch.keys).not.toContain('fit-03');
    expect(lunch.keys.filter((key) => vigorous.has(key!))).toEqual([]);
    expect(lunch.text).toMatch(/no heavy lifting/);
    expect(Math.max(...lunch.minutes)).toBeLessThanOrEqual(20);

    const postnatal = await firstFive(
      'fitness',
      'Прийти в форму после родов',
      'Дочке пять месяцев, из дома могу выйти только когда муж вернётся с работы. Живот так и не ушёл, поясница болит.',
      'ru',
    );
    expect(postnatal.keys[0]).toBe('fit-post-check');
    expect(postnatal.keys).toEqual(expect.arrayContaining(['fit-post-pram', 'fit-pelvic']));
    expect(postnatal.keys.filter((key) => vigorous.has(key!))).toEqual([]);
  });
});
