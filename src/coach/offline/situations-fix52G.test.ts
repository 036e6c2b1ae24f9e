import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-first and fiftieth blind reads, instrument and sport (fix52G)', () => {
  it('sends a wind player back after years to long tones and a scale, not a first lesson; a short childhood try keeps it', async () => {
    const en = await tap(
      'instrument',
      'get back into playing the clarinet',
      'I played clarinet all through school and college, then nothing for twenty years. Picked up an old one at a yard sale and I have forgotten everything.',
      'en',
      ['Coming back'],
    );
    expect(en.keys).toContain('inst-wind-tone');
    expect(en.keys).not.toContain('inst-forgot-lesson');
    expect(en.texts.join(' ')).not.toMatch(/first three notes/i);
    const ru = await tap(
      'instrument',
      'снова играть на трубе',
      'Восемь лет играл на трубе в школьном оркестре, потом бросил. Купил б/у трубу, всё забыл, звук ужасный.',
      'ru',
      ['Возвращаюсь'],
    );
    expect(ru.keys).toContain('inst-wind-tone');
    expect(ru.keys).not.toContain('inst-forgot-lesson');
    // Near miss: a pianist who learnt a little as a child and forgot it all still starts from a first lesson.
    const near = await tap(
      'instrument',
      'get back to the piano',
      'I had a few piano lessons as a kid and have forgotten everything.',
      'en',
      ['Coming back'],
    );
    expect(near.keys).toContain('inst-forgot-lesson');
    expect(near.keys).not.toContain('inst-wind-tone');
  });

  it('gives a folk wind beginner no tuner app or chords, and the breath before tunes; a guitar keeps its set-up', async () => {
    const ru = await tap(
      'instrument',
      'научиться играть на зурне',
      'Зурну привёз брат из Дагестана, я никогда ни на чём не играл, дыхания хватает на пару секунд.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).toContain('inst-01-folkwind');
    expect(ru.keys).toContain('inst-wind-breath');
    expect(ru.keys).not.toContain('inst-01');
    expect(ru.texts.join(' ')).not.toMatch(/по бесплатному приложению-тюнеру|два аккорда/i);
    const en = await tap(
      'instrument',
      'learn the duduk',
      'My uncle gave me his duduk. I have never played anything.',
      'en',
      ['None of these'],
    );
    expect(en.keys).toContain('inst-01-folkwind');
    expect(en.keys).toContain('inst-wind-breath');
    expect(en.texts.join(' ')).not.toMatch(/tuned with a free tuner app|two notes or chords/i);
    const near = await tap(
      'instrument',
      'learn the guitar',
      'Got a guitar for my birthday, never played anything.',
      'en',
      ['None of these'],
    );
    expect(near.keys).toContain('inst-01');
    expect(near.keys).not.toContain('inst-wind-breath');
  });

  it('takes a song already chosen for an occasion as the piece, not "a simple song you like"; no song named keeps it', async () => {
    const ru = await tap(
      'instrument',
      'сыграть на гитаре песню на юбилей папы',
      'Гитару купила месяц назад, музыкой не занималась, знаю три аккорда. Хочу сыграть его любимую песню.',
      'ru',
      ['Только начинаю', 'Ничего из этого'],
    );
    expect(ru.keys).toContain('inst-piece-source');
    expect(ru.keys).not.toContain('inst-09');
    const en = await tap(
      'instrument',
      'play ukulele at my brother’s wedding',
      'I have never played music. I want to play our childhood song for him, I know two chords so far.',
      'en',
      ['Just starting', 'None of these'],
    );
    expect(en.keys).toContain('inst-piece-source');
    expect(en.keys).not.toContain('inst-09');
    const near = await tap(
      'instrument',
      'научиться играть на укулеле',
      'Никогда не занималась музыкой, укулеле подарили.',
      'ru',
      ['Только начинаю', 'Ничего из этого'],
    );
    expect(near.keys).toContain('inst-09');
    expect(near.keys).not.toContain('inst-piece-source');
  });

  it('gives a 400 m runner no garbled pace test of a short part of the distance; a 10k keeps its distance week', async () => {
    const en = await tap(
      'sport',
      'break 52 seconds in the 400m this season',
      'I run for my university club, PB 53.4 last summer, training on the track four times a week.',
      'en',
      ['Already doing'],
    );
    expect(en.keys).toContain('sport-sprint-endurance');
    expect(en.keys).not.toContain('sport-10');
    expect(en.texts.join(' ')).not.toMatch(/over a short part of it/i);
    const ru = await tap(
      'sport',
      'пробежать 200 м быстрее 23 секунд к чемпионату области',
      'Занимаюсь лёгкой атлетикой третий год, тренируюсь на стадионе, личный рекорд 23,8.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys).not.toContain('sport-10');
    const near = await tap(
      'sport',
      'run a 10k under 45 minutes in the autumn',
      'I run four times a week, my 10k best is 47:30 from last spring.',
      'en',
      ['Already doing'],
    );
    // Near miss: a distance runner keeps the distance week (sport-10 follows it, beyond the first five).
    expect(near.keys).toContain('sport-06');
    expect(near.keys).not.toContain('sport-sprint-week');
  });

  it('gives a boxer a task per sparring round, not a start from a weak position; a judoka keeps the position drill', async () => {
    const ru = await tap(
      'sport',
      'выиграть первенство области по кикбоксингу',
      'Тренируюсь четвёртый год, в прошлом году проиграл в финале, тренер говорит, что плохо защищаюсь у канатов.',
      'ru',
      ['Бокс или единоборства'],
    );
    expect(ru.keys).toContain('sport-combat-spar-task');
    expect(ru.keys).not.toContain('sport-combat-spar');
    const en = await tap(
      'sport',
      'win the regional amateur boxing championship',
      "I've boxed for four years at my club and lost the semi-final last year on points.",
      'en',
      ['Boxing or a martial art'],
    );
    expect(en.keys).not.toContain('sport-combat-spar');
    expect(en.texts.join(' ')).not.toMatch(/weak position/i);
    const near = await tap(
      'sport',
      'win the regional judo championship',
      "I've trained judo for four years and lost the semi-final last year.",
      'en',
      ['Boxing or a martial art'],
    );
    expect(near.keys).not.toContain('sport-combat-spar-task');
  });

  it('puts practice behind thin walls into an agreed evening hour with a mute for someone at work all day; a free afternoon keeps the daytime slot', async () => {
    const ru = await tap(
      'instrument',
      'снова играть на виолончели',
      'В детстве пять лет училась в музыкалке. Живу в панельке, соседи за стенкой, играть можно только днём, но весь день работаю.',
      'ru',
      ['Заниматься, не мешая соседям'],
    );
    expect(ru.keys).toContain('inst-quiet-mute');
    expect(ru.keys).toContain('inst-quiet-evening');
    expect(ru.keys).not.toContain('inst-27');
    expect(ru.keys).not.toContain('inst-quiet-gear');
    const en = await tap(
      'instrument',
      'start the violin again',
      "I played violin as a teenager. My flat has thin walls and I'm at work all day, so only evenings are left.",
      'en',
      ['Practising quietly'],
    );
    expect(en.keys).toContain('inst-quiet-evening');
    expect(en.texts.join(' ')).not.toMatch(/daytime hours/i);
    const near = await tap(
      'instrument',
      'снова играть на виолончели',
      'В детстве пять лет училась в музыкалке. Живу в панельке, соседи за стенкой, могу заниматься только днём.',
      'ru',
      ['Заниматься, не мешая соседям'],
    );
    expect(near.keys).not.toContain('inst-quiet-evening');
    expect(near.keys).toContain('inst-27');
  });
});
