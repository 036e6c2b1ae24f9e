import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const some = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));

describe('the forty-second blind read, fixed in general (helper fix42A)', () => {
  it('rebuilds rotten porch steps after a tap on "Rotten steps": safe today, probed, replaced — no appliance model or water valve', async () => {
    const en = await tap(
      'repair',
      'Rebuild the porch steps',
      "The porch steps on our place in eastern Kentucky are rotting and my wife nearly went through one last week. I'm 58, pretty handy but I've never built stairs from scratch. Budget's maybe $300.",
      'en',
      ['Rotten steps or a porch'],
    );
    // A hazard's safety steps may lead; the kind's own steps follow.
    const own = en.keys.filter((key) => !key.startsWith('hz-'));
    expect(own.slice(0, 2)).toEqual(['fix-rotstep-safe', 'fix-rotstep-probe']);
    expect(en.keys).not.toContain('fix-02');
    expect(en.keys).not.toContain('fix-03');
    const ru = await tap(
      'repair',
      'Заменить ступеньки крыльца',
      'Ступеньки на даче прогнили, мама чуть не провалилась. Хочу сам сделать новые до осени.',
      'ru',
      ['Гнилые ступеньки или крыльцо'],
    );
    expect(ru.keys.filter((key) => !key.startsWith('hz-'))[0]).toBe('fix-rotstep-safe');
    // Steps to repaint, with no rot named, get no replacement steps.
    const near = await tap('repair', 'Repaint the porch steps', 'The paint is peeling and they look tired.', 'en', [
      'Rotten steps or a porch',
    ]);
    expect(some(near.keys, 'fix-rotstep')).toEqual([]);
  });

  it('does not send an instrument just rehaired or restrung back to the repair shop, and names no "bowed instrument or a piano"', async () => {
    const en = await tap(
      'instrument',
      'Get back to playing the fiddle',
      "I played fiddle all through my teens and then didn't touch it for nearly forty years. Took it down from the attic last month, got it rehaired and my fingers are like sausages.",
      'en',
      ['An instrument unplayed for years'],
    );
    expect(en.keys).not.toContain('inst-stored-check');
    const ru = await tap(
      'instrument',
      'Снова играть на скрипке',
      'Скрипка двадцать лет пылилась на антресолях. В прошлом месяце перетянула смычок и поменяла струны у мастера.',
      'ru',
      ['Инструмент годами лежал без дела'],
    );
    expect(ru.keys).not.toContain('inst-stored-check');
    // A bow still without hair keeps the check, in words that fit a fiddle.
    const near = await tap(
      'instrument',
      'Start playing my grandad’s violin again',
      'It has been in the loft for years and the bow needs rehairing.',
      'en',
      ['An instrument unplayed for years'],
    );
    expect(near.keys[0]).toBe('inst-stored-check');
    expect(near.texts[0]).not.toMatch(/bowed instrument or a piano/);
  });

  it('draws birds at a feeder from life — a seat at the window, ovals, quick sketches — not the manga figure steps', async () => {
    const en = await tap(
      'creative',
      'Draw the birds that come to my feeder',
      "I'd like to keep a sketchbook of what comes to it, cardinals, titmice, the odd woodpecker. Haven't drawn anything since grade school. My hands are shaky in the mornings so it would have to be afternoons.",
    );
    expect(en.keys[0]).toBe('cre-bird-seat');
    expect(some(en.keys, 'cre-fig')).toEqual([]);
    const ru = await tap(
      'creative',
      'Научиться рисовать птиц',
      'На даче повесили кормушку, прилетают синицы и снегири. Руки не слушаются, рисовала последний раз в школе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-bird-seat');
    expect(some(ru.keys, 'cre-fig')).toEqual([]);
    // People's hands and bodies keep the figure steps.
    const near = await tap(
      'creative',
      'Get better at drawing people',
      'Faces are fine but hands are always wrong and the bodies look stiff.',
    );
    expect(near.keys[0]).toBe('cre-fig-gesture');
  });

  it('clears a packed garage wall by wall, not "everything out" in one morning', async () => {
    const en = await tap(
      'home',
      'Clear the garage so the car actually fits in it',
      'The garage is full of surfboards, broken bikes and boxes from when we moved in 2019. Want it sorted by the end of October.',
      'en',
      ['Sorting out a shed or garage'],
    );
    expect(en.keys[0]).toBe('home-shed-out');
    expect(en.texts[0]).toMatch(/one wall/);
    const ru = await tap(
      'home',
      'Разобрать гараж',
      'Гараж забит с 2015 года: шины, доски, коробки, машина не помещается.',
      'ru',
      ['Разобрать сарай или гараж'],
    );
    expect(ru.keys[0]).toBe('home-shed-out');
    expect(ru.texts[0]).toMatch(/одной стены/);
  });

  it('builds a bed up for a bad knee and takes named herbs and greens as crops chosen', async () => {
    const en = await tap(
      'home',
      'Plant a kitchen garden in the back yard',
      'The back yard is just grass and one breadfruit tree. I want callaloo, scallion, thyme and some scotch bonnet going before the May rains. Bad knee so I can’t dig for long at one time.',
      'en',
      ['Growing vegetables, herbs or flowers'],
    );
    expect(en.keys[0]).toBe('home-garden-raised');
    expect(en.keys).not.toContain('home-garden-clear');
    expect(en.keys).not.toContain('home-garden-choose');
    const ru = await tap(
      'home',
      'Завести огород на даче',
      'Хочу укроп, петрушку и редис. Колени больные, долго копать не могу.',
      'ru',
      ['Вырастить овощи, зелень или цветы'],
    );
    expect(ru.keys).toContain('home-garden-raised');
    expect(ru.keys).not.toContain('home-garden-clear');
    expect(ru.keys).not.toContain('home-garden-choose');
    // A garden with no such trouble is still dug.
    const near = await tap('home', 'Start a vegetable patch', 'A corner of the lawn gets sun all day.', 'en', [
      'Growing vegetables, herbs or flowers',
    ]);
    expect(near.keys).toContain('home-garden-clear');
    expect(near.keys).not.toContain('home-garden-raised');
  });

  it('keeps a spreadsheet learner in the spreadsheet after a tap on "Pivot tables": no "tools out, space cleared"', async () => {
    const en = await tap(
      'skill',
      'Get comfortable with pivot tables and XLOOKUP before month end',
      "From next month I'm expected to do the supplier reconciliations in Excel myself. I'm fine with SUM and basic formulas but pivot tables lose me completely.",
      'en',
      ['Pivot tables'],
    );
    expect(en.keys[0]).toBe('skill-xl-pivot');
    expect(en.keys).toContain('skill-xl-real');
    expect(en.keys).not.toContain('skill-04');
    expect(en.keys).not.toContain('skill-05');
    const ru = await tap(
      'skill',
      'Разобраться со сводными таблицами',
      'На работе просят делать отчёты в Excel, формулы знаю, а сводные таблицы — нет.',
      'ru',
      ['Сводные таблицы'],
    );
    expect(ru.keys[0]).toBe('skill-xl-pivot');
    expect(ru.keys).not.toContain('skill-04');
    expect(ru.keys).not.toContain('skill-03');
  });

  it('writes a village or school history from its sources, never the poetry collection', async () => {
    const en = await tap(
      'writing',
      'Write the history of our village hall for its centenary',
      "I'm 71, retired postmaster, living in a village near Ripon. The village hall turns 100 in June 2026 and the committee asked me to put together a short history - maybe 40 pages with photos. I've got minute books back to 1931, a box of photos and a few old-timers to talk to. I've never written anything longer than a letter to the council.",
    );
    expect(en.keys).toContain('write-hist-boxes');
    expect(some(en.keys, 'write-coll')).toEqual([]);
    const ru = await tap(
      'writing',
      'Написать историю нашей школы к 50-летию',
      'Директор попросила собрать в сборник историю школы: есть альбомы, старые журналы и рукописи учителей.',
      'ru',
    );
    expect(some(ru.keys, 'write-coll')).toEqual([]);
    // Poems already written and put together for a press keep the collection.
    const near = await tap(
      'writing',
      'Put together a chapbook of my poems',
      'I have about forty poems in notebooks and a small press takes submissions in May.',
      'en',
      ['Putting together a collection to submit'],
    );
    expect(near.keys).toContain('write-coll-gather');
  });

  it('declutters a flat named as the goal before any homework corner', async () => {
    const ru = await tap(
      'home',
      'Расхламить квартиру',
      'Живём в двушке: мы с мужем, двое детей и кошка. Вещей столько, что на балкон не выйти. Хочу к 1 сентября, чтобы у детей было нормальное место для уроков.',
      'ru',
    );
    expect(some(ru.keys, 'home-hw')).toEqual([]);
    const en = await tap(
      'home',
      'Declutter the flat',
      'We have so much stuff the kids do their homework on the floor. I want them to have a proper place to study by September.',
    );
    expect(some(en.keys, 'home-hw')).toEqual([]);
    // A homework corner as the goal keeps its steps.
    const near = await tap(
      'home',
      'Сделать детям место для уроков',
      'Одна комната на всех, дети делают уроки на полу у телевизора.',
      'ru',
    );
    expect(near.keys[0]).toBe('home-hw-spot');
  });

  it('learns a sewing machine on the machine, not by hand-mending, even when buttons are already sewn by hand', async () => {
    const ru = await tap(
      'skill',
      'Научиться шить на бабушкиной машинке',
      'От бабушки осталась ножная Подольская, работает. Хочу сама подшивать и перешивать вещи. Пока умею только пуговицы пришивать.',
      'ru',
      ['Рукоделие', 'Только начинаю'],
    );
    expect(some(ru.keys, 'skill-mend')).toEqual([]);
    const en = await tap(
      'skill',
      'Learn to use my mum’s old sewing machine',
      'I can sew on a button and hem trousers by hand, but the machine scares me.',
      'en',
      ['Sewing', 'Just starting'],
    );
    expect(some(en.keys, 'skill-mend')).toEqual([]);
    // Mending by hand with no machine keeps the mending steps.
    const near = await tap('skill', 'Learn to mend my own clothes', 'Buttons, hems and holes in socks — all by hand.');
    expect(near.keys[0]).toBe('skill-mend-kit');
  });

  it('reads a helper who never did the task, or a player who can only tune, as a beginner', async () => {
    const en = await tap(
      'skill',
      'Learn to weld properly',
      'I help my uncle at his workshop, we make gates and window grills. He does all the welding, I do grinding and painting. I want to do clean stick welds myself by end of the year.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('skill-14');
    expect(en.keys).not.toContain('skill-16');
    const ru = await tap(
      'instrument',
      'Выучить три кюу на комузе',
      'У дедушки есть комуз, он раньше играл на тоях, но сейчас пальцы не слушаются. Хочу выучить хотя бы три кюу к его 80-летию в августе. Пока умею только настраивать.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('inst-25');
    expect(ru.keys).not.toContain('inst-26');
  });
  it('finishes a pieced quilt with a test piece on the machine and a way to quilt it — no "new piece" or "publish it"', async () => {
    const en = await tap(
      'creative',
      'Finish the quilt I started for my granddaughter',
      "The top is all pieced, it's the actual quilting I've been avoiding - my old Bernina struggles with the thickness and I'm worried I'll ruin it. Would love it on her bed for her 5th birthday in March.",
      'en',
      ['Finishing an abandoned piece'],
    );
    expect(en.keys).toContain('cre-quilt-test');
    expect(en.keys).not.toContain('cre-fin-out');
    expect(en.keys).not.toContain('cre-fin-work');
    const ru = await tap(
      'creative',
      'Доделать лоскутное одеяло для внука',
      'Верх сшила три года назад, а простегать так и не решилась — боюсь испортить, машинка старая.',
      'ru',
      ['Доделать заброшенную работу'],
    );
    expect(ru.keys).toContain('cre-quilt-test');
    expect(ru.keys).not.toContain('cre-fin-out');
    // An unfinished painting keeps the finishing steps.
    const near = await tap(
      'creative',
      'Finish the painting I abandoned last year',
      'It is half done on the easel.',
      'en',
      ['Finishing an abandoned piece'],
    );
    expect(near.keys).toContain('cre-fin-work');
  });
});
