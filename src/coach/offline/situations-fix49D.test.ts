import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the forty-ninth blind read, fixed in general (helper fix49D)', () => {
  it('gives pen calligraphy on paper or card its own drills, card test and batch, not a sign-writer board', async () => {
    const en = await tap(
      'creative',
      'learn brush lettering for the place cards at our reunion dinner',
      'I bought a Tombow brush pen and practise on printer paper. I need 60 place cards in two months.',
      'en',
      ['Sign-writing, lettering or calligraphy'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['cre-calli-drills', 'cre-calli-card']));
    expect(en.keys).not.toContain('cre-letter-strokes');
    expect(en.texts.join(' ')).not.toMatch(/mahl stick|boat/);
    const ru = await tap(
      'creative',
      'освоить каллиграфию, чтобы подписать пригласительные на юбилей мамы',
      'Пишу брашпеном на обычной бумаге, нужно сорок открыток к маю.',
      'ru',
      ['Леттеринг, каллиграфия, надписи кистью'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['cre-calli-drills', 'cre-calli-card']));
    expect(ru.keys).not.toContain('cre-letter-word');
    // A sign-writer painting shop fronts keeps the boards.
    const near = await tap(
      'creative',
      'learn traditional sign-writing',
      'I want to paint shop signs by hand with enamels and a mahl stick.',
      'en',
      ['Sign-writing, lettering or calligraphy'],
    );
    expect(near.keys).toContain('cre-letter-strokes');
    expect(near.keys).not.toContain('cre-calli-card');
  });

  it('drills the curves of another script instead of Latin O and S', async () => {
    const en = await tap(
      'creative',
      'learn Arabic calligraphy for wall panels',
      'I want to paint naskh lettering with a brush; my curves wobble.',
      'en',
      ['Sign-writing, lettering or calligraphy'],
    );
    expect(en.keys).toContain('cre-script-curves');
    expect(en.keys).not.toContain('cre-letter-curves');
    const ru = await tap(
      'creative',
      'научиться писать славянской вязью кистью',
      'Хочу делать надписи кистью для вывесок в старом стиле.',
      'ru',
      ['Леттеринг, каллиграфия, надписи кистью'],
    );
    expect(ru.keys).toContain('cre-script-curves');
    const near = await tap(
      'creative',
      'learn brush lettering for shop signs',
      'I want to paint shop signs by hand; my curves wobble.',
      'en',
      ['Sign-writing, lettering or calligraphy'],
    );
    expect(near.keys).not.toContain('cre-script-curves');
  });

  it('gives someone who already works wood no beginner kit, and fretwork its template and offcut cuts', async () => {
    const en = await tap(
      'creative',
      'make fretwork window surrounds for our cottage in wood',
      "I'm a carpenter by trade but I've never done fretwork; I have a jigsaw and a drill.",
      'en',
      ['Woodworking'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['cre-fret-pattern', 'cre-fret-test']));
    expect(en.keys).not.toContain('cre-wood-kit');
    expect(en.keys).not.toContain('cre-wood-first');
    const ru = await tap(
      'creative',
      'сделать резные наличники на дачу',
      'Я столяр по профессии, а выпиливать лобзиком узоры никогда не пробовал.',
      'ru',
      ['Работа с деревом'],
    );
    expect(ru.keys).toContain('cre-fret-test');
    expect(ru.keys).not.toContain('cre-wood-kit');
    const near = await tap(
      'creative',
      'start woodworking',
      'I have never made anything from wood and want to make a small shelf.',
      'en',
      ['Woodworking'],
    );
    expect(near.keys).not.toContain('cre-fret-test');
  });

  it('takes a book of poems already written to the collection steps, not new-poem drills', async () => {
    const ru = await tap(
      'writing',
      'издать книжку стихов для внуков',
      'Всю жизнь пишу стихи, накопились толстые тетради. Хочу отобрать лучшие и набрать на компьютере.',
      'ru',
      ['Собрать готовое в сборник и отправить'],
    );
    expect(ru.keys).toContain('write-coll-select');
    expect(ru.keys).not.toContain('write-poem-object');
    const en = await tap(
      'writing',
      'turn my poems into a book',
      'I have notebooks full of poems from forty years and want to choose the best poems for a small book.',
      'en',
      ['Putting together a collection to submit'],
    );
    expect(en.keys).toContain('write-coll-select');
    const near = await tap('writing', 'писать стихи', 'Хочу начать писать стихи о природе.', 'ru', [
      'Стихи или тексты песен',
    ]);
    expect(near.keys).not.toContain('write-coll-select');
  });

  it('gives a thesis under way the skeleton of its missing part, never a "scene"', async () => {
    const ru = await tap(
      'writing',
      'закончить кандидатскую',
      'Я аспирантка-химик, две главы готовы, а обсуждение не написано; научный руководитель ждёт текст к весне.',
      'ru',
      ['Диплом, диссертация или курсовая', 'Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys).toContain('write-thesis49-gap');
    expect(ru.keys).not.toContain('write-act-next');
    const en = await tap(
      'writing',
      'finish my PhD write-up',
      'Three chapters drafted, the introduction and discussion not started; my supervisor wants a full draft by June.',
      'en',
      ['A thesis, dissertation or coursework', 'Already doing it, want to get better'],
    );
    expect(en.keys).toContain('write-thesis49-gap');
    const near = await tap('writing', 'finish my novel', 'Three chapters drafted, I want to finish by June.', 'en', [
      'Already doing it, want to get better',
    ]);
    expect(near.keys).not.toContain('write-thesis49-gap');
  });

  it('leaves the patient steps out of a move when no illness is named', async () => {
    const ru = await tap(
      'language',
      'выучить португальский до переезда в Лиссабон',
      'Переезжаем через полгода, хочу снять жильё, ходить к врачу и в банк без переводчика. Португальский на нуле.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('lang-move-places');
    expect(ru.keys).not.toContain('lang-doc-card');
    const en = await tap(
      'language',
      'learn German before we move to Berlin',
      "We're moving to Berlin in spring. I want to rent a flat, see the doctor and find a job without an interpreter.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('lang-doc-card');
    // A move with a condition named keeps the patient's card.
    const near = await tap(
      'language',
      'learn German before we move to Berlin',
      "We're moving to Berlin in spring. I have diabetes and need to talk to the doctor there.",
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('lang-doc-card');
  });

  it('reads "no coding background" as a beginner, who gets a first course', async () => {
    const en = await tap(
      'skill',
      'learn Python to automate reports',
      'I have no programming background and can study 30 minutes a night.',
      'en',
      ['Programming', 'Just starting'],
    );
    expect(en.keys).toContain('skill-code-first');
    expect(en.keys).not.toContain('skill-17');
  });
});
