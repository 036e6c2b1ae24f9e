import { describe, expect, it } from 'vitest';
import {
  anyWithPrefix,
  firstFive,
  model,
  pack,
  slots,
  talk,
  tap,
  walk,
  withPrefix,
} from '../../../../test/factories/offline-cases.js';
import { createGoalClassifier } from '../goal-classifier.js';
import { kindNames } from '../offline-coach.js';

// Goals of the writing kind (content/goals/types/writing.yaml), walked through the offline coach as a person would:
// the situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a
// new case goes: docs/coach.md.
const classifier = createGoalClassifier(model, kindNames(pack));

describe('writing: the level and what the person already has or does', () => {
  it('publishes a blog from the drafts already written, after deciding the name it carries', async () => {
    const en = await firstFive(
      'writing',
      'Start my blog about living with epilepsy',
      "I have three drafts and nothing published — I'm worried colleagues will find it.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['write-pen-name', 'write-ch-draft']);
    expect(en.keys).not.toContain('write-ch-first');
    const ru = await firstFive(
      'writing',
      'Вести блог о жизни с диабетом',
      'Пять постов лежат в черновиках, хочу публиковать анонимно.',
      'ru',
    );
    expect(ru.keys).toContain('write-ch-draft');
    expect(ru.keys).toContain('write-pen-name');
    const fresh = await firstFive('writing', 'Start a newsletter about gardening', 'Weekly, for my allotment friends.');
    expect(fresh.keys).toContain('write-ch-first');
    expect(fresh.text).toMatch(/star the three/);
  });

  it('gives a draft already half-written the rest planned and the next scene, never free-writing or a first scene', async () => {
    const ru = await firstFive(
      'writing',
      'Дописать роман к осени',
      'Половина уже есть, двенадцать глав, а дальше застрял. Пишу по выходным.',
      'ru',
    );
    expect(ru.keys.some((key) => key === 'write-half-next' || key === 'write-act-next')).toBe(true);
    expect(ru.keys).not.toContain('write-01');
    expect(ru.keys).not.toContain('write-05');
    const en = await firstFive(
      'writing',
      'Finish my crime novel',
      "It's half-written, about 40,000 words, and stalled.",
    );
    expect(en.keys.some((key) => key === 'write-half-next' || key === 'write-act-next')).toBe(true);
    expect(en.keys.some((key) => key === 'write-01' || key === 'write-05' || key === 'write-04')).toBe(false);
  });

  it('keeps a book a book when its author names a channel they already run — and posts when the channel is the goal', async () => {
    const en = await firstFive(
      'writing',
      'Finish my fantasy novel',
      "I've run a Telegram channel about worldbuilding for two years with 3,000 subscribers. The novel is at 40,000 words.",
    );
    expect(en.keys.some((key) => key.startsWith('write-ch-'))).toBe(false);
    expect(en.text).not.toMatch(/post topics|posting rhythm|posting log/i);
    const ru = await firstFive(
      'writing',
      'Книга-руководство для начинающих пчеловодов',
      'Пишу об этом в своём блоге пятый год, редактор предложила прислать оглавление и две главы.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('write-ch-'))).toBe(false);
    expect(ru.text).not.toMatch(/Идеи для постов|журнал публикаций/);
    // Starting a blog about the book, or growing a channel, keeps the posting steps.
    const blog = await firstFive(
      'writing',
      'Start a blog about my novel-in-progress',
      'I want to post once a week about how the book is going.',
    );
    expect(blog.keys).toContain('write-ch-ideas');
    const channel = await firstFive(
      'writing',
      'Вести телеграм-канал о своей книге',
      'Пишу роман и хочу публиковать посты о том, как он пишется.',
      'ru',
    );
    expect(channel.keys).toContain('write-ch-ideas');
  });

  it('writes a short weekly note alone to readers already in a chat — no monthly issue, committee or mailing list', async () => {
    const en = await tap(
      'writing',
      'Send a weekly update to my class parents',
      'I teach year 4 and the parents keep asking in the WhatsApp group what we are doing. I want to write a few lines every Friday: what we covered and what to bring.',
      'en',
      ['A newsletter'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['write-wk-shape', 'write-wk-where']);
    expect(en.keys).toContain('write-wk-first');
    expect(anyWithPrefix(en.keys, 'write-news-')).toBe(false);
    const ru = await tap(
      'writing',
      'Каждую неделю отправлять письмо родителям класса',
      'Веду третий класс, родители в чате всё время спрашивают одно и то же. Хочу по пятницам коротко писать, что было и что принести.',
      'ru',
      ['Рассылка'],
    );
    expect(ru.keys[0]).toBe('write-wk-shape');
    expect(anyWithPrefix(ru.keys, 'write-news-')).toBe(false);
    expect(anyWithPrefix(ru.keys, 'write-letter-')).toBe(false);
    // A quarterly club newsletter keeps the issue steps; so does a monthly one whose club meets every week.
    const club = await tap(
      'writing',
      'Start a quarterly newsletter for our allotment society',
      "I've just become the editor; the members want news and dates for the diary.",
      'en',
      ['A newsletter'],
    );
    expect(club.keys[0]).toBe('write-news-shape');
    expect(club.keys).toContain('write-news-ask');
    expect(anyWithPrefix(club.keys, 'write-wk-')).toBe(false);
    const monthly = await tap(
      'writing',
      'Edit the monthly newsletter for our running club',
      'We run together every week and nobody knows what is coming up.',
      'en',
      ['A newsletter'],
    );
    expect(monthly.keys[0]).toBe('write-news-shape');
    expect(anyWithPrefix(monthly.keys, 'write-wk-')).toBe(false);
  });

  it('carries on a serial already planned and begun: the chapters kept, the next one drafted — no new arc or chapter one', async () => {
    const ru = await tap(
      'writing',
      'Написать фэнтези по гагаузским сказкам и выкладывать на Литнет',
      'Мне 20, живу в Комрате, учусь на филфаке. Бабушка всю жизнь рассказывала сказки и предания — про степь, про то, как наши пришли из Болгарии, — и я хочу сделать из этого фэнтези-роман, но на русском, чтобы читали не только наши. Есть план на 30 глав и три готовые. Пишу урывками, в основном ночью, и всё время переписываю первую главу. Хочу выкладывать по главе в неделю.',
      'ru',
      ['Выкладывать роман по главам'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['write-serial-keep', 'write-serial-next']));
    expect(ru.keys).not.toContain('write-serial-arc');
    expect(ru.keys).not.toContain('write-serial-chapter');
    expect(ru.keys).not.toContain('write-01');
    const en = await tap(
      'writing',
      'Post my fantasy novel on Royal Road',
      "I've outlined 40 chapters and have the first five chapters written; I want to post one a week.",
      'en',
      ['A serial'],
    );
    expect(en.keys).toContain('write-serial-next');
    expect(en.keys).not.toContain('write-serial-arc');
    // A serial not begun keeps the arc and chapter one.
    const near = await tap(
      'writing',
      'Start a web novel on Wattpad',
      'I have an idea for a romance and want to post weekly.',
      'en',
      ['A serial'],
    );
    expect(near.keys).toContain('write-serial-arc');
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
});

describe('writing: the situation named and the steps it brings', () => {
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

  it('gives a stand-up set bits and a timed set, not free-writing or a word count', async () => {
    const en = await firstFive(
      'writing',
      'Do a ten-minute stand-up set',
      'Friends say I should try comedy. I have jokes scattered in notebooks.',
    );
    expect(en.keys[0]).toBe('write-comedy-mine');
    expect(en.text).not.toMatch(/word count|free-write/i);
    const ru = await firstFive(
      'writing',
      'Выступить на стендапе',
      'Шутки записываю в телефон, а открытый микрофон в баре раз в месяц.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-comedy-mine');
    const poems = await firstFive('writing', 'Write poems for an open mic night', '');
    expect(poems.keys.some((key) => key.startsWith('write-comedy-'))).toBe(false);
  });

  it('gives a recipe cookbook recipe steps, a recorded interview camera steps, miniatures model paints', async () => {
    const book = await firstFive(
      'writing',
      "Turn my nan's recipes into a family cookbook",
      'Half the cards say "a bit of flour".',
    );
    expect(book.keys[0]).toBe('write-rec-gather');
    expect(book.text).not.toMatch(/free-write|word-count/i);
    const ruBook = await firstFive('writing', 'Сделать книгу маминых рецептов', 'Тетрадка, половина «на глаз».', 'ru');
    expect(ruBook.keys).toContain('write-rec-test');
    const novel = await firstFive('writing', 'Write a novel', "I've always wanted to.");
    expect(novel.keys).toContain('write-01');

    const video = await firstFive(
      'interview',
      'Get through a recorded video interview',
      'HireVue, no retakes, by Friday.',
    );
    expect(video.keys[0]).toBe('intv-rec-setup');
    expect(video.keys).not.toContain('intv-05');
    const ruVideo = await firstFive('interview', 'Пройти видеоинтервью', 'Записать ответы, перезаписать нельзя.', 'ru');
    expect(ruVideo.keys).toContain('intv-rec-timed');
    const panel = await firstFive('interview', 'Prepare for my job interview', 'A panel interview next Tuesday.');
    expect(panel.keys).toContain('intv-05');

    const minis = await firstFive('creative', 'Paint my first Warhammer army', 'Space Marines still on the sprues.');
    expect(minis.keys[0]).toBe('cre-mini-kit');
    expect(minis.text).not.toMatch(/watercolour|swatch/i);
    const ruMinis = await firstFive('creative', 'Покрасить миниатюры', 'Коробка фигурок, ни разу не красил.', 'ru');
    expect(ruMinis.keys).toContain('cre-mini-test');
    const water = await firstFive('creative', 'Start painting with watercolours', "I've never painted.");
    expect(water.keys[0]).toBe('cre-paint-kit');
  });

  it('gives a radio play sound-only steps, not free-writing or a screenplay layout', async () => {
    const en = await firstFive(
      'writing',
      'Write an audio drama for a podcast competition',
      "I've written novels but never for sound.",
    );
    expect(en.keys).toEqual(expect.arrayContaining(['write-radio-rules', 'write-radio-listen']));
    expect(en.keys.some((key) => key === 'write-01' || key.startsWith('write-script-'))).toBe(false);
    const ru = await firstFive(
      'writing',
      'Написать радиоспектакль',
      'Есть идея про старый маяк, пьес раньше не писал.',
      'ru',
    );
    expect(ru.keys).toContain('write-radio-scene');
    expect(ru.keys).not.toContain('write-01');
  });

  it('gives a non-fiction book from years of notes contents, chapters and a target, no free-writing or poetry collection', async () => {
    const ru = await firstFive(
      'writing',
      'Написать книгу о лекарственных травах',
      'Двадцать лет собираю травы и веду об этом блог. Издательство просит первые главы к лету.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-nf-contents');
    expect(ru.keys).toEqual(expect.arrayContaining(['write-nf-sort', 'write-nf-target']));
    expect(ru.keys).not.toContain('write-01');
    expect(ru.keys.some((key) => key.startsWith('write-coll-'))).toBe(false);
    const en = await firstFive(
      'writing',
      'Write a popular science book about tides',
      'I am a retired harbour master with boxes of notes; an editor wants sample chapters.',
    );
    expect(en.keys[0]).toBe('write-nf-contents');
    expect(en.keys).not.toContain('write-01');
    // A poetry collection for a small press keeps its own steps.
    const poems = await firstFive(
      'writing',
      'Put together a chapbook',
      'Poems I have written over ten years, for a small press.',
    );
    expect(poems.keys.some((key) => key.startsWith('write-coll-'))).toBe(true);
    expect(poems.keys.some((key) => key.startsWith('write-nf-'))).toBe(false);
  });

  it('lets a memoir scene stand on its own, without a "starred" memory', async () => {
    const en = await firstFive(
      'writing',
      'Write down my childhood on the farm',
      'For my grandchildren; I have a shoebox of memoir notes.',
    );
    expect(en.keys).toContain('write-memo-scene');
    expect(en.text).not.toMatch(/starred/i);
  });

  it('gives a newsletter for a club or group issues, material and a list, not blog posts', async () => {
    const en = await firstFive(
      'writing',
      'Send out a monthly newsletter for our allotment society',
      "I volunteered at the AGM and now I have to actually do it. There are 120 members, nobody's given me any material yet, and the first issue has to go out in March.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['write-news-shape', 'write-news-ask', 'write-news-template']);
    expect(en.keys.some((key) => key.startsWith('write-ch-'))).toBe(false);
    const ru = await firstFive(
      'writing',
      'Делать рассылку для родителей нашего класса',
      'Меня выбрали в родительский комитет, нужно раз в месяц рассказывать новости класса и напоминать о сборах.',
      'ru',
    );
    expect(ru.keys).toContain('write-news-ask');
    expect(ru.text).not.toMatch(/отложенную публикацию|журнал публикаций/);
    // A blog about one's own subject keeps the posting steps.
    const blog = await firstFive(
      'writing',
      'Start a gardening blog',
      'I want to post twice a week about my allotment.',
    );
    expect(blog.keys).toContain('write-ch-ideas');
  });

  it('gives a quest, game or party script its frame, stations and a test, not posts or a screenplay', async () => {
    const ru = await firstFive(
      'writing',
      'Написать сценарий квеста для летнего лагеря',
      'Я вожатая, на смену в июле нужно придумать квест на весь день для детей 10–12 лет. Раньше писала только посты в ВК, а тут сюжет, загадки и чтобы никому не было скучно.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['write-event-frame', 'write-event-stations', 'write-event-mix']);
    expect(ru.keys.some((key) => key.startsWith('write-ch-') || key.startsWith('write-script-'))).toBe(false);
    const en = await firstFive(
      'writing',
      'Write a treasure hunt for my son’s 8th birthday party',
      'Twelve kids in the garden for two hours; I want clues that rhyme.',
    );
    expect(en.keys[0]).toBe('write-event-frame');
  });

  it('opens any other piece of writing with its brief, not a channel or word-count log', async () => {
    const en = await firstFive(
      'writing',
      'Write the annual report for our charity',
      'The trustees need it for the AGM in October.',
    );
    expect(en.keys[0]).toBe('write-brief');
    expect(en.keys).not.toContain('write-03');
    const ru = await firstFive(
      'writing',
      'Написать пьесу для нашего любительского театра',
      'Премьера весной, актёров восемь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-brief');
    // A novel still free-writes.
    const novel = await firstFive('writing', 'Write a novel', "I've always wanted to.");
    expect(novel.keys).toContain('write-01');
  });

  it('gives match reports a template, notes on the day and the rules on naming children — no topic list or posts ahead', async () => {
    const en = await walk(
      'writing',
      "Write a weekly match report blog for my son's under-12s team",
      "The other parents keep asking for one. Matches are Sunday mornings and I'd like each report up by Monday night without it taking my whole evening.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['write-rep-template', 'write-rep-rules', 'write-rep-notes']);
    expect(en.keys.some((key) => key.startsWith('write-ch-'))).toBe(false);
    expect(en.text).toMatch(/photos/);
    expect(en.text).not.toMatch(/Post ideas|delayed posting|posting log/);
    const ru = await firstFive(
      'writing',
      'Писать отчёты о матчах нашей детской команды',
      'Родители просят, играем по субботам, хочу выкладывать в группу к воскресенью.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-rep-template');
    expect(ru.text).not.toMatch(/Идеи для постов|отложенную публикацию/);
    // A blog about one's own subject keeps the posting steps.
    const blog = await firstFive(
      'writing',
      'Start a gardening blog',
      'I want to post twice a week about my allotment.',
    );
    expect(blog.keys).toContain('write-ch-ideas');
    expect(blog.keys.some((key) => key.startsWith('write-rep-'))).toBe(false);
  });

  it('gives a weekly column the editor’s format, a list of pieces and a reserve — no chapters or word counts', async () => {
    const ru = await firstFive(
      'writing',
      'Писать раз в неделю колонку в районную газету',
      'Редактор предложил мне рубрику про историю нашего посёлка. Я пенсионер, бывший учитель истории, тем много, а вот писать к сроку каждую среду пока не привык.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['write-col-format', 'write-col-list', 'write-col-slot']);
    expect(ru.text).not.toMatch(/глав|норму слов|журнал слов/);
    const en = await firstFive(
      'writing',
      'Write a monthly column for the parish magazine',
      "The editor asked me for a nature column, 500 words, due on the 20th of each month. I've never written for print.",
    );
    expect(en.keys[0]).toBe('write-col-format');
    expect(en.text).not.toMatch(/chapter|word-count log|daily word/);
    // A novel keeps its own steps.
    const novel = await firstFive('writing', 'Finish my novel', 'Twelve chapters done out of twenty.');
    expect(novel.keys.some((key) => key.startsWith('write-col-'))).toBe(false);
  });

  it('reads «пишу посты» in the description of a book as no channel', async () => {
    const ru = await firstFive(
      'writing',
      'Написать книгу о своём детстве',
      'Я давно пишу посты в соцсетях, но книгу ни разу не писала.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('write-ch-'))).toBe(false);
    expect(ru.text).not.toMatch(/Идеи для постов|журнал публикаций/);
    const en = await firstFive(
      'writing',
      'Write my first novel',
      "I'm used to posting short pieces online, but I've never written anything long.",
    );
    expect(en.keys.some((key) => key.startsWith('write-ch-'))).toBe(false);
    // Posts as the goal, or a real blog about the book, keep the posting steps.
    const posts = await firstFive(
      'writing',
      'Писать посты каждый день',
      'Хочу публиковать по посту в день про свою работу.',
      'ru',
    );
    expect(posts.keys).toContain('write-ch-ideas');
    const blog = await firstFive(
      'writing',
      'Start a blog about my novel-in-progress',
      'I want to post once a week about how the book is going.',
    );
    expect(blog.keys).toContain('write-ch-ideas');
  });

  it('gives one personal essay pitched to a publication outlets, a pitch and a follow-up — not a blog routine', async () => {
    const en = await firstFive(
      'writing',
      'Get a personal essay about our IVF years published',
      "A couple of blog posts I wrote made people cry, but I've never pitched anything and don't know how it works. I'd like it out before Fertility Awareness Week in November.",
    );
    expect(en.keys).toEqual([
      'write-pitch-outlets',
      'write-pitch-timing',
      'write-pitch-draft',
      'write-pitch-letter',
      'write-pitch-send',
    ]);
    expect(en.text).toMatch(/pitch/i);
    expect(en.text).not.toMatch(/post topics|posting rhythm|posting log/i);
    // «хочу рассказать» is no short story, and «в журнале» names no column.
    const ru = await firstFive(
      'writing',
      'Опубликовать личное эссе в журнале',
      'Пишу в свой телеграм-канал, но ни разу не отправлял тексты в редакцию. Хочу рассказать, как мы растили ребёнка с аутизмом.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-pitch-outlets');
    expect(ru.keys.some((key) => key.startsWith('write-ch-') || key.startsWith('write-col-'))).toBe(false);
    // A blog kept up keeps the channel steps; a weekly column keeps the column steps.
    const blog = await firstFive(
      'writing',
      'Post twice a week on my blog',
      'I have a gardening blog but keep skipping weeks.',
    );
    expect(blog.keys).toContain('write-ch-ideas');
    const column = await firstFive(
      'writing',
      'Писать раз в неделю колонку в районную газету',
      'Редактор предложил мне рубрику про историю нашего посёлка.',
      'ru',
    );
    expect(column.keys[0]).toBe('write-col-format');
  });

  it('gives a personal statement for a course the guidance, sorted notes and one paragraph at a time — no job ad or PDF', async () => {
    const en = await firstFive(
      'writing',
      'Write my personal statement for adult nursing before the January deadline',
      "I'm 36, a healthcare assistant for eight years, and haven't written anything longer than a text since school. I've got pages of notes but no idea how to start.",
    );
    expect(en.keys).toEqual(['write-ps-rules', 'write-ps-sort', 'write-ps-para', 'write-ps-open', 'write-ps-rest']);
    expect(en.text).not.toMatch(/job ad|as a PDF|on one page/);
    expect(Math.max(...en.minutes)).toBeLessThanOrEqual(30);
    const ru = await firstFive(
      'writing',
      'Написать мотивационное письмо в магистратуру',
      'Поступаю на психологию в Европе, нужно эссе на 1000 слов до марта.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-ps-rules');
    expect(ru.text).toMatch(/приёмной комиссии/);
    // A statement for a job keeps the cover-letter steps.
    const job = await firstFive(
      'writing',
      'Write a supporting statement for a job application',
      'The role is a senior care worker post; the employer wants a personal statement against the person spec.',
    );
    expect(job.keys[0]).toBe('write-cover-ad');
    expect(job.keys.some((key) => key.startsWith('write-ps-'))).toBe(false);
  });

  it('gives a play for the stage its brief, a play read, scenes against the cast — not a screenplay or an earlier text', async () => {
    const title = 'Написать пьесу для школьного театра к выпускному';
    const description =
      'Веду театральный кружок в школе в Караганде, ставили всегда готовые сценарии. Одиннадцатиклассники попросили свою пьесу про них, до выпускного три месяца.';
    const ru = await talk('writing', title, description, 'ru', (choices) => choices[0]!);
    expect(ru.asked[0]?.choices).toContain('Пьеса для театра или сцены');
    expect(ru.asked[0]?.choices).not.toContain('Сценарий фильма или короткометражки');
    expect(ru.keys).toEqual([
      'write-brief',
      'write-play-read',
      'write-play-idea',
      'write-play-scenes',
      'write-play-first',
    ]);
    expect(ru.text).not.toMatch(/логлайн|прежний текст/);
    const en = await firstFive(
      'writing',
      'Write a one-act play for our village drama group',
      "We perform in the village hall every spring; I've never written a play, only acted.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['write-brief', 'write-play-read', 'write-play-idea']);
    expect(en.text).toMatch(/stage directions/);
    // A short film keeps the screenplay steps, a camp quest keeps its stations.
    const film = await firstFive(
      'writing',
      'Write the script for my short film',
      'I want to enter a competition in May.',
    );
    expect(film.keys[0]).toBe('write-script-rules');
    const quest = await firstFive(
      'writing',
      'Придумать квест для детского лагеря',
      'Сценарий на три часа для отряда.',
      'ru',
    );
    expect(quest.keys[0]).toBe('write-event-frame');
  });

  it('gives a zine its material, a page plan, the printer’s date and a first spread — no earlier piece to reread', async () => {
    const en = await firstFive(
      'writing',
      "Write a zine about Hull's punk scene in the 80s",
      'I played in two bands back then and have a shoebox of flyers and photos. I want it printed in time for the reunion gig on 9 November.',
    );
    expect(en.keys).toEqual([
      // a booklet's own brief (pages, copies, print date) leads its steps, in place of the general one.
      'write-zine-brief',
      'write-zine-gather',
      'write-zine-pages',
      'write-zine-print',
      'write-zine-first',
    ]);
    expect(en.keys).not.toContain('write-ret-old');
    const ru = await firstFive(
      'writing',
      'Сделать зин про нашу деревню',
      'Есть старые фотографии и письма бабушки, хочу напечатать к празднику деревни в августе.',
      'ru',
    );
    expect(ru.keys.slice(1, 3)).toEqual(['write-zine-gather', 'write-zine-pages']);
    expect(ru.keys.some((key) => key.startsWith('write-letter-'))).toBe(false);
    // Poems gathered for a small press keep the collection steps.
    const chapbook = await firstFive(
      'writing',
      'Put together a chapbook of my poems',
      'I have about 40 poems in notebooks and want to send it to a small press.',
    );
    expect(chapbook.keys[0]).toBe('write-coll-rules');
  });

  it('gives one article about the person’s own project a plan and an opening — no chapters, daily word target or word log', async () => {
    const ru = await firstFive(
      'writing',
      'Написать статью на Хабр о своём опенсорс-проекте',
      'Два года делаю библиотеку для разбора ГОСТов, коллеги говорят — напиши статью. Код писать умею, а длинные тексты нет, всё время кажется, что выйдет скучно.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'write-art-read',
      'write-art-reader',
      'write-art-plan',
      'write-art-open',
      'write-art-section',
    ]);
    expect(ru.text).not.toMatch(/главу|норму слов|журнал слов/);
    const en = await firstFive(
      'writing',
      'Write a Medium article about my side project',
      "I built a budgeting app over two years and want to explain how it works; I've never written anything long.",
    );
    expect(en.keys[0]).toBe('write-art-read');
    // A pitched essay and a blog to start keep their own paths.
    const essay = await firstFive(
      'writing',
      'Get my personal essay published in a magazine',
      "I've never pitched anything.",
    );
    expect(essay.keys[0]).toBe('write-pitch-outlets');
    const blog = await firstFive(
      'writing',
      'Start a blog about my open-source project',
      'I want to post every week about the releases.',
    );
    expect(blog.keys[0]).toBe('write-ch-ideas');
  });

  it('sets up a blog that does not exist yet before the first post is published', async () => {
    const en = await tap(
      'writing',
      'Keep a blog going during my year teaching in Japan',
      "Family and friends want updates. I've never blogged, but my evenings will mostly be free.",
    );
    expect(en.keys).toContain('write-ch-setup');
    expect(en.keys.indexOf('write-ch-setup')).toBeLessThan(en.keys.indexOf('write-ch-first'));
    const ru = await tap(
      'writing',
      'Вести телеграм-канал о жизни в Португалии',
      'Канала пока нет, никогда не вела блог.',
      'ru',
    );
    expect(ru.keys.indexOf('write-ch-setup')).toBeGreaterThanOrEqual(0);
    expect(ru.keys.indexOf('write-ch-setup')).toBeLessThan(ru.keys.indexOf('write-ch-first'));
    // A blog that already exists gets no set-up step.
    const old = await tap('writing', 'Post on my travel blog every week', "I've had the blog for two years.");
    expect(old.keys).not.toContain('write-ch-setup');
  });

  it('gives a history written from an archive for an anniversary its archive steps — not a channel or free-writing', async () => {
    const en = await tap(
      'writing',
      'Write up the history of our parish for the centenary',
      "I've only ever written the newsletter, and the old registers are in the vestry.",
      'en',
      ['A history of a church, school or village'],
    );
    expect(en.keys).toContain('write-hist-boxes');
    expect(en.keys).toContain('write-hist-timeline');
    expect(en.keys.some((key) => key.startsWith('write-ch-'))).toBe(false);
    const ru = await tap(
      'writing',
      'Написать историю нашей школы к 50-летию',
      'Директор попросила, в архиве школы есть альбомы и старые журналы.',
      'ru',
      ['История храма, школы или села', 'Только начинаю'],
    );
    expect(ru.keys).toContain('write-hist-boxes');
    expect(ru.keys).not.toContain('write-01');
    // A memoir keeps its own path.
    const memoir = await tap('writing', 'Write a memoir of my childhood', 'For my grandchildren.');
    expect(memoir.keys.some((key) => key.startsWith('write-hist-'))).toBe(false);
  });

  it('never asks someone who has never written to reread an old piece', async () => {
    const ru = await tap(
      'writing',
      'Написать роман о жизни на Севере',
      'Раньше ничего, кроме открыток, не писала, но давно хочется.',
      'ru',
      ['Возвращаюсь после перерыва'],
    );
    expect(ru.keys).not.toContain('write-ret-old');
    const en = await tap(
      'writing',
      'Write a novel about my years at sea',
      "I kept a ship's log, but I've never written anything else.",
      'en',
      ['Coming back to it after a break'],
    );
    expect(en.keys).not.toContain('write-ret-old');
    // Someone who wrote before keeps it.
    const back = await tap(
      'writing',
      'Get back to writing short stories',
      'I wrote a lot at university and stopped ten years ago.',
    );
    expect(back.keys).toContain('write-ret-old');
  });

  it('reads a newsletter named as a yardstick as no channel to run', async () => {
    expect(
      slots.read('Write my first short story', ["I've never written anything longer than a blog post."]).values.shape
        ?.id,
    ).not.toBe('channel');
    expect(slots.read('Написать повесть', ['Длиннее поста в телеграме ничего не писала.']).values.shape?.id).not.toBe(
      'channel',
    );
    const en = await firstFive(
      'writing',
      'Finish a first draft of a novel',
      "I've never written anything longer than a newsletter.",
    );
    expect(en.keys).not.toContain('write-ch-ideas');
    // A newsletter to run is still a channel.
    expect(slots.read('Start a weekly newsletter', ['About gardening.']).values.shape?.id).toBe('channel');
  });

  it('writes a family history from genealogy research by people and generations — not an archive’s boxes', async () => {
    const en = await tap(
      'writing',
      'Write up our family history for the grandchildren',
      'Ten years of genealogy on the Millers: census records, a few letters and photos. I want it ready for Christmas and I’ve never written anything this long.',
    );
    expect(en.keys).toContain('write-fam-people');
    expect(en.keys).toContain('write-fam-plan');
    expect(en.keys).not.toContain('write-hist-boxes');
    expect(en.keys).not.toContain('write-hist-timeline');
    expect(en.keys).not.toContain('write-hist-voices');
    const ru = await tap(
      'writing',
      'Написать книгу о нашем роде',
      'Пять лет собираю родословную: метрические книги, письма прадеда, фотографии. Хочу подарить родным к юбилею мамы.',
      'ru',
    );
    expect(ru.keys).toContain('write-fam-people');
    expect(ru.keys).not.toContain('write-hist-boxes');
    // A church's history keeps the archive steps.
    const church = await tap(
      'writing',
      'Write the history of our church for its centenary',
      'Boxes of minutes and bulletins in the vestry; the centenary is next June.',
      'en',
      ['A history'],
    );
    expect(church.keys).toContain('write-hist-boxes');
    expect(church.keys).not.toContain('write-fam-people');
  });

  it('does not have the cut-down first-page step redo the opening line just written', async () => {
    const en = await tap(
      'writing',
      'Write my first sermon as a lay preacher',
      "Fifteen minutes on the prodigal son on 2 March. I've never written anything longer than a birthday card.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(3)).toEqual(['write-04:smaller', 'write-05:smaller']);
    expect(en.texts[4]).toContain('opening line');
    expect(en.texts[4]).not.toMatch(/^Write the first three sentences/);
    const ru = await tap(
      'writing',
      'Написать первую проповедь',
      'Служение 2 марта, пятнадцать минут. Никогда не писал ничего длиннее открытки.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.text).not.toContain('Напиши первые три предложения.');
  });

  it('gives comedy sketches or a KVN routine the comedy steps — no plot outline and no open mic to book', async () => {
    const ru = await tap(
      'writing',
      'Написать программу для школьной команды КВН',
      'Веду команду девятиклассников, игра 14 декабря, нужны приветствие и домашка минут на десять.',
      'ru',
      ['Только начинаю', 'Сценки'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['write-comedy-mine', 'write-comedy-bits', 'write-comedy-order']);
    expect(ru.keys).not.toContain('write-04');
    expect(ru.keys).not.toContain('write-comedy-book');
    const en = await tap(
      'writing',
      'Write the comedy sketches for our school revue',
      'Four sketches, about ten minutes in all, for the end-of-term show.',
      'en',
      ['Just starting', 'Comedy sketches'],
    );
    expect(en.keys.some((key) => key.startsWith('write-comedy-bits'))).toBe(true);
    expect(en.keys.some((key) => key.startsWith('write-04'))).toBe(false);
    expect(en.keys).not.toContain('write-comedy-book');
    // A stand-up set keeps its open mic.
    const standup = await tap(
      'writing',
      'Write a five-minute set for my first open mic',
      "I've got jokes in my phone notes and the open mic is next month.",
      'en',
      ['A stand-up'],
    );
    expect(standup.keys).toContain('write-comedy-book');
  });

  it('has years of notes and not one chapter write the opening scene — no last pages reread or chapters outlined', async () => {
    const en = await tap(
      'writing',
      "Actually start the fantasy novel I've been planning for ten years",
      'I have about 200 pages of maps and worldbuilding notes and not one chapter. I get 25 minutes on the bus each way.',
      'en',
      ['Nothing written'],
    );
    expect(en.keys[0]).toBe('write-blank-first');
    expect(en.keys).not.toContain('write-act-next:smaller');
    expect(en.keys).not.toContain('write-act-next');
    expect(en.keys).not.toContain('write-act-outline');
    const ru = await tap(
      'writing',
      'Наконец начать роман',
      'Десять лет придумываю мир, тетради с картами и героями, но ни одной главы. Пишу только в электричке.',
      'ru',
      ['Уже занимаюсь', 'Ещё ничего'],
    );
    expect(ru.keys[0]).toBe('write-blank-first');
    expect(ru.keys).not.toContain('write-act-outline');
    // A novelist with chapters written keeps them.
    const drafting = await tap(
      'writing',
      'Finish my novel',
      "I've written twelve chapters, about 40,000 words, and have six chapters left to write.",
      'en',
      ['Already'],
    );
    expect(drafting.keys.some((key) => key.startsWith('write-act-next'))).toBe(true);
    expect(drafting.keys).not.toContain('write-blank-first');
  });

  it('has a family history still in the elders’ memory ask them first, before anyone is chosen from a tree', async () => {
    const ru = await tap(
      'writing',
      'Записать шежіре нашего рода',
      'Отец знал предков до седьмого колена, а записать не успел. Осталось два аксакала, которые помнят. Хочу записать родословную и истории про каждого.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('write-fam-elders');
    expect(ru.keys.indexOf('write-fam-elders')).toBeLessThan(ru.keys.indexOf('write-fam-people'));
    expect(ru.keys).not.toContain('write-fam-voices');
    const en = await tap(
      'writing',
      'Write our family history for the grandchildren',
      'Nobody wrote it down; only Gran still remembers who our great-grandparents were.',
      'en',
      ['Just'],
    );
    expect(en.keys).toContain('write-fam-elders');
    // A tree already researched keeps its people first.
    const tree = await tap(
      'writing',
      'Write our family history for the cousins',
      "I've built a family tree on Ancestry back to 1820 with letters and photos.",
      'en',
      ['Just'],
    );
    expect(tree.keys).toContain('write-fam-people');
    expect(tree.keys).not.toContain('write-fam-elders');
  });

  it('schedules a month-long word-count challenge every day, never "three days a week"', async () => {
    const en = await tap(
      'writing',
      'Write a 50,000-word novella for NaNoWriMo this November',
      "I've tried twice and stalled around 12k both times. It's a ghost story; I've got the characters and the ending but not the middle. I can write at lunch and 8 to 10 in the evening.",
      'en',
      ['Coming back'],
    );
    expect(en.keys).toContain('write-sprint-daily');
    expect(en.keys).not.toContain('write-02');
    expect(en.text).not.toMatch(/three days a week/);
    expect(en.text).toMatch(/every day of the month/);
    const ru = await tap(
      'writing',
      'Написать роман за месяц в ноябре',
      'Хочу участвовать в НаНоРайМо: 50 000 слов за 30 дней. Пишу по вечерам после работы.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('write-sprint-daily');
    expect(ru.keys).not.toContain('write-02');
    expect(ru.text).not.toMatch(/минимум три дня в неделю/);
    // A novel with no month's challenge keeps the fixed slot three days a week.
    const novel = await tap(
      'writing',
      'Write my first novel',
      "It's a family saga; I have notes but nothing written.",
      'en',
      ['Just starting'],
    );
    expect(novel.keys).toContain('write-02');
    expect(novel.keys).not.toContain('write-sprint-daily');
  });

  it("gives a library's VKontakte page the channel steps — post ideas, a rhythm, a log — not a manuscript's", async () => {
    const ru = await tap(
      'writing',
      'Вести страничку нашей библиотеки ВКонтакте',
      'Мне 41, работаю в филиале городской библиотеки. Начальство требует три поста в неделю, а я не знаю, о чём писать, кроме «поступили новые книги». Читатели у нас в основном пенсионеры и школьники.',
      'ru',
      ['Писательство', 'Уже занимаюсь'],
    );
    expect(ru.keys).toContain('write-ch-ideas');
    for (const key of ['write-act-next', 'write-act-target', 'write-act-outline', 'write-03'])
      expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/рукопис|глав/);
    const en = await tap(
      'writing',
      "Run our library's Facebook page",
      'My manager wants three posts a week and I have no ideas beyond new arrivals.',
      'en',
      ['Writing', 'Already doing it'],
    );
    expect(en.keys).toContain('write-ch-ideas');
    expect(en.text).not.toMatch(/manuscript/);
    // A novel whose writer mentions their posts keeps the book's steps.
    const novel = await tap(
      'writing',
      'Дописать роман',
      'Написано сорок тысяч слов, иногда пишу посты о процессе.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(novel.keys).not.toContain('write-ch-ideas');
  });

  it('writes down what the station asked for — no call to read, no poem drills', async () => {
    const en = await tap(
      'writing',
      'Write a radio drama in Chichewa for our community station',
      "I volunteer at a community radio. The station manager says if I bring a 15-minute episode about early marriage they will air it. I've written poems but never a script.",
      'en',
      ['A radio play', 'Just starting'],
    );
    expect(en.keys[0]).toBe('write-radio-brief');
    expect(en.keys).not.toContain('write-radio-rules');
    expect(en.keys.some((key) => key.startsWith('write-poem'))).toBe(false);
    const ru = await tap(
      'writing',
      'Написать радиоспектакль для нашего радио',
      'Главный редактор сказал: принесу пятнадцать минут про ранние браки — поставят в эфир. Стихи писала, сценарии никогда.',
      'ru',
      ['Радиоспектакль', 'Только'],
    );
    expect(ru.keys[0]).toBe('write-radio-brief');
    expect(ru.keys).not.toContain('write-radio-rules');
    expect(ru.keys.some((key) => key.startsWith('write-poem'))).toBe(false);
    // An open call keeps its rules.
    const call = await tap(
      'writing',
      'Write a radio play for the Writersroom open call',
      'The call closes in March and wants a 30-minute radio play.',
      'en',
      ['A radio play', 'Just starting'],
    );
    expect(call.keys).toContain('write-radio-rules');
    expect(call.keys).not.toContain('write-radio-brief');
  });

  it('writes a walking guide route by route — no memory zine', async () => {
    const en = await tap(
      'writing',
      'Write a walking guide to the footpaths around our village',
      "I've walked every path around Hathersage for 30 years. The parish council will print a small booklet of 8 to 10 routes with a bit of local history.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('write-guide-routes');
    expect(en.keys).toContain('write-guide-walk');
    expect(en.keys.some((key) => key.startsWith('write-zine'))).toBe(false);
    const ru = await tap(
      'writing',
      'Написать путеводитель по пешим маршрутам вокруг посёлка',
      'Хожу по этим тропам тридцать лет, администрация обещала напечатать брошюру.',
      'ru',
      ['Только'],
    );
    expect(ru.keys).toContain('write-guide-routes');
    expect(ru.keys.some((key) => key.startsWith('write-zine'))).toBe(false);
    // A zine from a box of flyers stays a zine.
    const zine = await tap(
      'writing',
      'Make a zine about our punk scene',
      'I have a shoebox of flyers and photos from the 90s and want a booklet printed for the reunion.',
      'en',
      ['A zine', 'Just starting'],
    );
    expect(zine.keys).toContain('write-zine-gather');
    expect(zine.keys).not.toContain('write-guide-routes');
  });

  it('prints a collection for the family — no submission guidelines', async () => {
    const ru = await tap(
      'writing',
      'Собрать свои стихи на бурятском в сборник',
      'Стихи пишу в тетрадках лет тридцать. Внучка говорит — надо издать хоть маленьким тиражом, для школ и родни.',
      'ru',
      ['Собрать'],
    );
    expect(ru.keys).toContain('write-coll-gather');
    expect(ru.keys).toContain('write-coll-print');
    expect(ru.keys).not.toContain('write-coll-rules');
    expect(ru.keys.some((key) => key.startsWith('write-poem'))).toBe(false);
    const en = await tap(
      'writing',
      'Put my poems together into a little book',
      "I've written poems in notebooks for thirty years and want to print a few copies for the family.",
      'en',
      ['Putting together'],
    );
    expect(en.keys).toContain('write-coll-print');
    expect(en.keys).not.toContain('write-coll-rules');
    // A chapbook sent to a small press keeps the press's guidelines.
    const press = await tap(
      'writing',
      'Submit a poetry chapbook',
      'I want to put together twenty poems and submit them to a small press by June.',
      'en',
      ['Putting together'],
    );
    expect(press.keys).toContain('write-coll-rules');
    expect(press.keys).not.toContain('write-coll-print');
  });

  it('makes a book from diaries scene by scene — no last chapter to reread', async () => {
    const en = await tap(
      'writing',
      'Turn my field notebooks into a novel',
      'Thirty years as a botanist in the Andes. I keep starting and losing the thread.',
      'en',
    );
    expect(en.keys.slice(0, 3)).toEqual(['write-diary-spine', 'write-diary-heroes', 'write-diary-first']);
    expect(en.keys).not.toContain('write-act-next');
    const ru = await tap(
      'writing',
      'Написать роман по старым дневникам',
      'Двадцать лет ходил в море штурманом, остались толстые тетради, начинаю и бросаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-diary-spine');
    expect(ru.keys).not.toContain('write-act-next');
    // A novel already under way keeps its next chapter; a diary kept as practice is no source.
    const novel = await tap(
      'writing',
      'Finish my thriller',
      "I've written eight chapters and have published two novels before; the deadline is June.",
      'en',
    );
    expect(anyWithPrefix(novel.keys, 'write-diary-')).toBe(false);
  });

  it('sets up the blog someone only wishes for before the first post goes out', async () => {
    const en = await tap(
      'writing',
      'Post every week about our year in a campervan',
      "Family keep asking about the trip and my Instagram stories vanish after a day. I'd like a proper blog, one post each Friday.",
      'en',
    );
    expect(en.keys).toContain('write-ch-setup');
    expect(en.keys.indexOf('write-ch-setup')).toBeLessThan(en.keys.indexOf('write-ch-first'));
    const ru = await tap(
      'writing',
      'Писать каждую неделю о нашей жизни на ферме',
      'Друзья спрашивают, как мы тут, а я пишу в общий чат как попало. Хочу нормальный блог, пост каждое воскресенье.',
      'ru',
    );
    expect(ru.keys).toContain('write-ch-setup');
    expect(ru.keys.indexOf('write-ch-setup')).toBeLessThan(ru.keys.indexOf('write-ch-first'));
    // A blog that already runs gets no set-up step.
    const running = await tap(
      'writing',
      'Post every week on my gardening blog',
      "I've had the blog for three years and about 200 readers, but I post when I feel like it.",
      'en',
    );
    expect(running.keys).not.toContain('write-ch-setup');
  });

  it('keeps an anonymous channel anonymous: the first post has no photo and is checked for details', async () => {
    const ru = await tap(
      'writing',
      'Вести канал о работе в опеке',
      'Хочу рассказывать, как всё устроено, но анонимно — под псевдонимом, чтобы руководство не узнало.',
      'ru',
      ['Писать анонимно'],
    );
    expect(ru.keys).toContain('write-ch-first-anon');
    expect(ru.keys).not.toContain('write-ch-first');
    expect(ru.text).not.toMatch(/с одной фотографией/);
    const en = await tap(
      'writing',
      'Start a blog about life as a night nurse',
      'Under a pen name, two posts a week, so the hospital never finds out.',
      'en',
      ['Writing anonymously'],
    );
    expect(en.keys).toContain('write-ch-first-anon');
    expect(en.keys).not.toContain('write-ch-first');
    // A channel in one's own name keeps the photo.
    const near = await tap('writing', 'Start a Telegram channel about my garden', 'Two posts a week.', 'en');
    expect(near.keys).toContain('write-ch-first');
  });

  it('keeps a letter to be opened years later safe with someone — not posted or kept in a drawer', async () => {
    const en = await tap(
      'writing',
      'Write a time capsule letter for my newborn son',
      'He is two weeks old; I want him to read it when he is grown up.',
      'en',
      ['A personal letter'],
    );
    expect(en.keys).toContain('write-letter-keep');
    expect(en.keys).not.toContain('write-letter-send');
    const ru = await tap(
      'writing',
      'Написать письма внукам, чтобы вскрыли в 18 лет',
      'Внукам три и пять лет, хочу рассказать им о нашей семье.',
      'ru',
      ['Личное письмо'],
    );
    expect(ru.keys).toContain('write-letter-keep');
    expect(ru.keys).not.toContain('write-letter-send');
    // A letter to send now keeps its sending step.
    const near = await tap(
      'writing',
      'Write a letter to my estranged sister',
      "We haven't spoken in six years and I want to say sorry.",
      'en',
      ['A personal letter'],
    );
    expect(near.keys).toContain('write-letter-send');
    expect(near.keys).not.toContain('write-letter-keep');
  });

  it('reads a feature-length script as a feature — a produced feature and three acts, not a short film', async () => {
    const en = await tap(
      'writing',
      'Write a feature-length thriller script',
      "I've only written short films before; this one should run about 100 pages.",
      'en',
      ['Just starting', 'A screenplay'],
    );
    expect(en.keys).toContain('write-script-read-feature');
    expect(en.keys).toContain('write-script-beats-feature');
    expect(en.keys).not.toContain('write-script-read');
    expect(en.keys).not.toContain('write-script-beats');
    const ru = await tap(
      'writing',
      'Написать сценарий полнометражного фильма',
      'Хочу показать продюсеру, раньше писала только отдельные сцены.',
      'ru',
      ['Сценарий'],
    );
    expect(ru.keys).toContain('write-script-read-feature');
    expect(ru.keys).not.toContain('write-script-beats');
    // A short film keeps its beats, and 90 minutes of writing a day is no 90-minute film.
    const near = await tap(
      'writing',
      'Write a short film script for a festival',
      'Ten pages max, deadline in May. I write for 90 minutes every morning.',
      'en',
      ['Just starting', 'A screenplay'],
    );
    expect(near.keys).toContain('write-script-beats');
    expect(anyWithPrefix(near.keys, 'write-script-read-feature')).toBe(false);
    expect(near.keys).not.toContain('write-script-beats-feature');
  });

  it("writes a tale for one's own child in one sitting and reads it at bedtime, not a writing slot three days a week", async () => {
    const ru = await tap(
      'writing',
      'Сочинить сказку для сына про садик',
      'Сыну четыре, плачет каждое утро перед садиком, хочу сказку про зайчонка, который тоже боялся.',
      'ru',
      ['Только'],
    );
    expect(ru.keys.slice(0, 4)).toEqual(['write-tale-hero', 'write-tale-plan', 'write-tale-draft', 'write-tale-read']);
    for (const key of ['write-02', 'write-03', 'write-kids-read']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'writing',
      'Write a bedtime story for my daughter',
      "She's scared of thunderstorms; I want a story about a bear cub who is too.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('write-tale-hero');
    expect(en.keys).not.toContain('write-02');
    // A picture book to send to publishers keeps its own steps.
    const book = await tap(
      'writing',
      "Write a children's picture book",
      'I want to send it to publishers next year.',
      'en',
      ['Just starting', "A children's"],
    );
    expect(book.keys).toContain('write-kids-read');
    expect(withPrefix(book.keys, 'write-tale-')).toEqual([]);
  });

  it('sets a word target per writing session, for someone who writes only some days', async () => {
    const en = await tap(
      'writing',
      'Finish my novella by October',
      'I write only on Saturday mornings; 20,000 words so far.',
      'en',
    );
    expect(en.keys).toContain('write-act-target');
    expect(en.text).toMatch(/word target for each writing session/);
    expect(en.text).not.toMatch(/daily word target/);
    const ru = await tap('writing', 'Дописать роман к марту', 'Пишу только по воскресеньям, уже 50 тысяч слов.', 'ru');
    expect(ru.keys).toContain('write-act-target');
    expect(ru.text).toMatch(/норму слов на одно занятие/);
    expect(ru.text).not.toMatch(/ежедневную норму/);
    // A channel still gets no word target.
    const near = await tap('writing', 'Start a Telegram channel about birds', 'Хочу постить раз в неделю.', 'en');
    expect(near.keys).not.toContain('write-act-target');
  });

  it('cuts a finished draft into chapters and edits a buffer for a serial — no post topics or chapter one from scratch', async () => {
    const en = await tap(
      'writing',
      'Start posting my webnovel on Wattpad',
      "The whole draft is finished, about 60,000 words, and I'm scared I'll run out of chapters and quit.",
      'en',
      ['A serial'],
    );
    expect(en.keys[0]).toBe('write-serial-split');
    expect(en.keys).toContain('write-serial-edit');
    expect(withPrefix(en.keys, 'write-ch-')).toEqual([]);
    for (const key of ['write-serial-arc', 'write-serial-chapter']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'writing',
      'Выкладывать роман по главе на Литнет',
      'Черновик уже готов, триста страниц, боюсь бросить на середине.',
      'ru',
      ['Выкладывать'],
    );
    expect(ru.keys[0]).toBe('write-serial-split');
    expect(withPrefix(ru.keys, 'write-ch-')).toEqual([]);
    // With nothing written yet, the arc comes first.
    const near = await tap(
      'writing',
      'Start a web serial on Royal Road',
      'I have an idea about a dragon courier and nothing written yet.',
      'en',
      ['Just starting', 'A serial'],
    );
    expect(near.keys[0]).toBe('write-serial-arc');
    expect(near.keys).not.toContain('write-serial-split');
  });

  it('turns notebooks of pieces into one story — listed, a spine, placed — not a memoir timeline from scratch', async () => {
    const ru = await tap(
      'writing',
      'Сделать роман из своих записей',
      'Много лет пишу в блокнотах про нашу деревню, но это обрывки, а не книга. Хочу художественную прозу, а не мемуары.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['write-pieces-list', 'write-pieces-spine', 'write-pieces-place']);
    expect(withPrefix(ru.keys, 'write-memo-')).toEqual([]);
    const en = await tap(
      'writing',
      'Turn my notebooks into a novel',
      "I've filled notebooks with scenes from my grandfather's fishing village, but it's bits and pieces. I want it as fiction, not a memoir.",
      'en',
    );
    expect(en.keys[0]).toBe('write-pieces-list');
    expect(withPrefix(en.keys, 'write-memo-')).toEqual([]);
    // Fiction about a family's past, said not to be a memoir, gets no memoir timeline either.
    const fiction = await tap(
      'writing',
      "Write a novel set in my grandmother's village",
      "I want it as fiction, not a memoir. I've never written a book before.",
      'en',
      ['Just starting'],
    );
    expect(withPrefix(fiction.keys, 'write-mem')).toEqual([]);
    expect(fiction.asked.flatMap((asked) => asked.choices ?? [])).not.toContain(
      "A memoir or a relative's life stories",
    );
    // Notebooks full of notes on people are material, not pieces of the book.
    const notes = await tap(
      'writing',
      'Write a cosy crime novel set in my hotel',
      "Twenty years on reception, notebooks full of the guests' antics, and I've never written a story.",
      'en',
      ['Just starting'],
    );
    expect(withPrefix(notes.keys, 'write-pieces')).toEqual([]);
    // A relative's life story keeps the memoir steps.
    const near = await tap(
      'writing',
      "Write my mother's life story",
      "She's 90 and I want to record her memories before it's too late.",
      'en',
      ['Just starting', 'A memoir'],
    );
    expect(near.keys).toContain('write-memo-list');
    expect(withPrefix(near.keys, 'write-pieces')).toEqual([]);
  });

  it('keeps a poem a day going after missed days — today’s poem only, an anchor, a bad-day version — no collection or open mic', async () => {
    const en = await tap(
      'writing',
      'Write one poem a day for the whole of Lent',
      "I'm eight days in and already skipped three.",
      'en',
      ['Writing poems or song lyrics'],
    );
    expect(en.keys).toEqual([
      'write-dpoem-today',
      'write-dpoem-anchor',
      'write-dpoem-badday',
      'write-dpoem-prompts',
      'write-dpoem-week',
    ]);
    const ru = await tap(
      'writing',
      'Писать по стихотворению в день',
      'С сентября пишу, но уже пропустила неделю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-dpoem-today');
    // A collection to put together keeps the poems' own steps.
    const near = await tap(
      'writing',
      'Put together my first poetry collection',
      "I've got about sixty poems from the last ten years.",
      'en',
      ['Writing poems or song lyrics'],
    );
    expect(withPrefix(near.keys, 'write-dpoem')).toEqual([]);
  });

  it("writes the writer's own working stories told aloud first — no interview with a grandfather", async () => {
    const ru = await tap(
      'writing',
      'Записать случаи из моей практики фельдшера',
      'Тридцать лет на скорой. Внук говорит: пиши, деда, выкладывай. А как начну писать, выходит рапорт.',
      'ru',
      ['Мемуары', 'Только начинаю'],
    );
    expect(ru.keys).toContain('write-memo-tell');
    expect(withPrefix(ru.keys, 'write-mem-')).toEqual([]);
    const en = await tap(
      'writing',
      'Write down the stories from my forty years as a country vet',
      'My granddaughter says people would read them online, but whatever I write reads like a case report.',
      'en',
      ['A memoir', 'Just starting'],
    );
    expect(en.keys).toContain('write-memo-tell');
    expect(withPrefix(en.keys, 'write-mem-')).toEqual([]);
    // A grandmother's stories to record keep the recorded conversations.
    const near = await tap('writing', 'Записать рассказы бабушки о деревне', 'Бабушке 88, живёт с нами.', 'ru', [
      'Мемуары',
    ]);
    expect(near.keys[0]).toBe('write-mem-questions');
    expect(near.keys).not.toContain('write-memo-tell');
  });

  it('reads «поэтому» as no poet and «стихийное бедствие» as no verse', async () => {
    const buttons = (asked: { choices?: string[] }[]) => asked.flatMap((question) => question.choices ?? []);
    const story = await tap(
      'writing',
      'Написать рассказ для конкурса',
      'Времени мало, поэтому хочу начать уже на этой неделе.',
      'ru',
    );
    expect(buttons(story.asked)).not.toContain('Стихи или тексты песен');
    const quake = await tap(
      'writing',
      'Написать книгу о землетрясении',
      'Это было стихийное бедствие, я работала в больнице.',
      'ru',
    );
    expect(buttons(quake.asked)).not.toContain('Стихи или тексты песен');
    const reading = await tap('reading', 'Читать больше', 'Много работаю, поэтому читаю только в метро.', 'ru');
    expect(buttons(reading.asked)).not.toContain('Начать читать стихи');
    const near = await tap('writing', 'Писать стихи', 'Хочу писать, как любимый поэт.', 'ru', ['Стихи']);
    expect(near.keys).toContain('write-poem-read');
  });

  it('writes a village or school history from its sources, never the poetry collection', async () => {
    const en = await tap(
      'writing',
      'Write the history of our village hall for its centenary',
      "I'm 71, retired postmaster, living in a village near Ripon. The village hall turns 100 in June 2026 and the committee asked me to put together a short history - maybe 40 pages with photos. I've got minute books back to 1931, a box of photos and a few old-timers to talk to. I've never written anything longer than a letter to the council.",
    );
    expect(en.keys).toContain('write-hist-boxes');
    expect(withPrefix(en.keys, 'write-coll')).toEqual([]);
    const ru = await tap(
      'writing',
      'Написать историю нашей школы к 50-летию',
      'Директор попросила собрать в сборник историю школы: есть альбомы, старые журналы и рукописи учителей.',
      'ru',
    );
    expect(withPrefix(ru.keys, 'write-coll')).toEqual([]);
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

  describe('writing: a booklet for an anniversary is the place’s history', () => {
    it('gives the parish hall centenary the archive path, not a zine', async () => {
      const en = await tap(
        'writing',
        'Write the history of our parish hall for its centenary',
        "70, retired primary teacher, Co. Mayo. The hall turns 100 next year and the committee asked me to write 'a little booklet'. I have minute books going back to the 1920s, a biscuit tin of photos and a list of older people to talk to before it's too late. I've never written anything longer than a school report. Would like a draft by Christmas so it can go to the printer.",
        'en',
        ['A history', 'Just starting'],
      );
      expect(en.keys).toContain('write-hist-boxes');
      expect(withPrefix(en.keys, 'write-zine')).toEqual([]);
      const ru = await tap(
        'writing',
        'Брошюра к 50-летию школы',
        'Директор попросила собрать брошюру к юбилею: есть старые альбомы и протоколы, хочу поговорить с первыми выпускниками.',
        'ru',
        ['История', 'Только начинаю'],
      );
      expect(ru.keys).toContain('write-hist-boxes');
      // A zine named as one keeps the zine path, even about a village's history.
      const near = await tap(
        'writing',
        "Make a zine about our village's history",
        'Photocopied, 20 pages, for the summer fair.',
        'en',
        ['A zine', 'Just starting'],
      );
      expect(near.keys).toContain('write-zine-gather');
      expect(withPrefix(near.keys, 'write-hist')).toEqual([]);
    });
  });

  it('keeps a blog or a book about an allotment with writing', () => {
    expect(
      classifier.classify('Start a blog about my allotment', 'Weekly posts on what I grow, for other plot holders.', [])
        .kind,
    ).toBe('writing');
  });

  it('starts a story not yet written from its first scene, and outlines first when the plot is stuck', async () => {
    const ru = await tap(
      'writing',
      'рассказ на республиканский конкурс до 15 марта',
      'Мне 17. Работы принимают до 15 марта. Я давно пишу в тетрадку для себя. Хочу написать про бабушку и наше село.',
      'ru',
      ['Уже занимаюсь', 'Ещё ничего не написано'],
    );
    expect(ru.keys).not.toContain('write-act-next');
    expect(ru.keys[0]).toBe('write-blank-first');
    const en = await tap(
      'writing',
      'A short story for the county competition',
      "I've written for myself for years. I want to write a story about my grandfather's farm; entries close on 1 May.",
      'en',
      ['Already', 'Nothing written yet'],
    );
    expect(en.keys).not.toContain('write-act-next');
    const stuck = await tap(
      'writing',
      'дописать фэнтези-роман, застрял на середине',
      'Пишу роман второй год, набралось 140 тысяч знаков, а дальше застрял — не понимаю, куда вести сюжет. Хочу закончить черновик к лету.',
      'ru',
    );
    expect(stuck.keys.indexOf('write-act-outline')).toBeGreaterThanOrEqual(0);
    expect(stuck.keys.indexOf('write-act-outline')).toBeLessThan(stuck.keys.indexOf('write-act-next'));
    const stuckEn = await tap(
      'writing',
      'Finish my fantasy novel',
      "I'm 60,000 words into my novel and stuck: I don't know where to take the plot from here.",
      'en',
      ['Already', 'A draft already half'],
    );
    expect(stuckEn.keys.indexOf('write-act-outline')).toBeLessThan(stuckEn.keys.indexOf('write-act-next'));
    // A novel going well keeps "write the next scene" first.
    const near = await tap(
      'writing',
      'Finish my novel by summer',
      "I'm 60,000 words in, writing most evenings, and I know how it ends.",
      'en',
      ['Already', 'A draft already half'],
    );
    expect(near.keys.indexOf('write-act-next')).toBeLessThan(near.keys.indexOf('write-act-outline'));
  });

  it("an elder's own stories are recorded and typed out as told; one's own stories are not", async () => {
    const en = await tap(
      'writing',
      "put grandad's stories into a book",
      "He's 90 and his memory is fading. He tells them in Welsh and I want to keep his words.",
    );
    expect(en.keys).toContain('write-elder-record');
    expect(en.keys).toContain('write-elder-type');
    expect(en.keys).not.toContain('write-ret-old');
    const ru = await tap(
      'writing',
      'Записать рассказы бабушки о войне',
      'Бабушке 92, память уходит. Хочу записать на диктофон бабушку и сделать книжку для семьи.',
      'ru',
    );
    expect(ru.keys).toContain('write-elder-record');
    const near = await tap(
      'writing',
      'Write down my own stories from forty years at sea',
      "I'm 68 and I want the grandkids to have them.",
    );
    expect(near.keys).not.toContain('write-elder-record');
  });

  it('keeps real people real in true stories from field diaries, and does not repeat the scenes', async () => {
    const ru = await tap(
      'writing',
      'Записать для внуков истории по полевым дневникам',
      'Сорок лет ездил в экспедиции, тетради сохранились, хочу записать, как было.',
      'ru',
      ['Мемуары'],
    );
    expect(ru.keys).not.toContain('write-diary-heroes');
    expect(ru.keys).not.toContain('write-memo-scene');
    const near = await tap(
      'writing',
      'Написать повесть по экспедиционным дневникам',
      'Хочу художественную повесть, героев придумаю по мотивам.',
      'ru',
    );
    expect(near.keys).toContain('write-diary-heroes');
  });

  it('starts an elder’s recorded stories from the recordings, never a manuscript’s next chapter', async () => {
    const en = await tap(
      'writing',
      "Turn grandad's stories into something the family can keep",
      "He's 88 and tells the same war stories every Sunday. I already have voice memos of five of them on my phone.",
      'en',
    );
    expect(en.keys[0]).toBe('write-elder-save');
    expect(en.keys).not.toContain('write-elder-record');
    expect(withPrefix(en.keys, 'write-act-')).toEqual([]);
    const ru = await tap(
      'writing',
      'Записать рассказы бабушки для внуков',
      'Бабушке 90, рассказывает про деревню и войну. У меня уже есть записи на телефоне, штук пять.',
      'ru',
    );
    expect(ru.keys[0]).toBe('write-elder-save');
    expect(withPrefix(ru.keys, 'write-act-')).toEqual([]);
    // Near miss: nothing recorded yet — the first talk is recorded first.
    const fresh = await tap(
      'writing',
      "Write down grandma's stories",
      'She is 93 and tells wonderful stories about her village, but nobody has ever written them down.',
    );
    expect(fresh.keys).toContain('write-elder-record');
    expect(fresh.keys).not.toContain('write-elder-save');
  });

  it('leaves a beginning rewritten again and again, lists what is written and writes the next part', async () => {
    const en = await tap(
      'writing',
      'finish my novel about the lighthouse keeper',
      "I've got about sixty pages in a notebook but I keep rewriting the opening and never move on.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['write-loop-freeze', 'write-loop-map']);
    expect(en.keys).toContain('write-loop-next');
    expect(en.keys).not.toContain('write-05');
    expect(en.keys).not.toContain('write-01');
    const ru = await tap(
      'writing',
      'дописать повесть о детстве в деревне',
      'Написано уже страниц тридцать от руки, но я постоянно переписываю начало и дальше не иду.',
      'ru',
    );
    expect(ru.keys).toContain('write-loop-freeze');
    expect(ru.keys).not.toContain('write-05');
    // Nothing written yet: the ordinary opening.
    const near = await tap('writing', 'write a short story about my dog', 'I have never written fiction before.');
    expect(near.keys).not.toContain('write-loop-freeze');
  });

  it('shows voice typing to someone whose hand hurts when writing', async () => {
    const en = await tap(
      'writing',
      'write down my war service stories for the family',
      'I am 81 and have a tremor, so holding a pen for long is hard.',
    );
    expect(en.keys).toContain('write-hand-voice');
    const ru = await tap(
      'writing',
      'записать истории о работе на заводе',
      'Мне 72, у меня артрит, и долго писать ручкой тяжело.',
      'ru',
    );
    expect(ru.keys).toContain('write-hand-voice');
    const near = await tap('writing', 'write a short story about my dog', 'I have never written fiction before.');
    expect(near.keys).not.toContain('write-hand-voice');
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

  it('writes an admissions essay on a prompt as one story, not a course statement', async () => {
    const en = await tap(
      'writing',
      'my Common App essay',
      "Applying early decision. I want to write about working in my dad's restaurant every weekend since I was 13. 650-word limit.",
      'en',
      ['A personal statement', 'Just starting'],
    );
    expect(en.keys).toContain('write-story-prompt');
    expect(en.keys).toContain('write-story-scene');
    expect(en.keys).not.toContain('write-ps-sort');
    expect(en.keys).not.toContain('write-ps-open');
    expect(en.texts.join(' ')).not.toMatch(/why this course/i);
    const ru = await tap(
      'writing',
      'эссе для колледжа в Америке',
      'Поступаю в американский колледж, нужно личное эссе на 650 слов о себе, хочу написать про то, как учил младшего брата плавать.',
      'ru',
      ['Эссе или письмо для поступления', 'Только начинаю'],
    );
    expect(ru.keys).toContain('write-story-scene');
    expect(ru.keys).not.toContain('write-ps-sort');
    // A course statement with no prompt or college essay: the course steps stay.
    const near = await tap(
      'writing',
      'personal statement for nursing',
      'Applying to a nursing degree next year, I have notes from my care work.',
      'en',
      ['A personal statement', 'Just starting'],
    );
    expect(near.keys).toContain('write-ps-sort');
    expect(near.keys).not.toContain('write-story-scene');
  });

  it('sets a newsletter up and drafts a longer first piece instead of a short post published today', async () => {
    const en = await tap(
      'writing',
      'start a newsletter about allotment life',
      "I grow vegetables on an allotment and want to send one piece every month on Substack. I've never blogged.",
      'en',
      ['Writing', 'Just starting'],
    );
    expect(en.keys).toContain('write-ch-setup');
    expect(en.keys).toContain('write-ch-first-long');
    expect(en.keys).not.toContain('write-ch-first');
    const ru = await tap(
      'writing',
      'завести рассылку про садоводство',
      'Хочу раз в две недели писать лонгрид о своём саде, блога нет.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('write-ch-first-long');
    expect(ru.keys).not.toContain('write-ch-first');
    // A channel of short posts: the short first post stays.
    const near = await tap(
      'writing',
      'start a Telegram channel about my city',
      'Short posts with photos, three times a week.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('write-ch-first');
    expect(near.keys).not.toContain('write-ch-first-long');
  });

  it('checks a work channel about patients for identifying details before it goes out; without confidentiality the photo post stays', async () => {
    const en = await tap(
      'writing',
      'keep up my blog about life as an ICU nurse',
      "I'm a nurse in intensive care and started a blog last year, eight posts and then nothing. I want one post a week, but I must not break patient confidentiality.",
      'en',
      [],
    );
    expect(en.keys).toContain('write-ch-first-private');
    expect(en.keys).not.toContain('write-ch-first');
    const ru = await tap(
      'writing',
      'вести канал о работе в роддоме, пост в неделю',
      'Я акушерка, работаю 12 лет, завела канал в телеграме, но пишу редко. Хочу писать раз в неделю и при этом не раскрыть врачебную тайну.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('write-ch-first-private');
    expect(ru.texts.join(' ')).not.toMatch(/с одной фотографией/);
    const near = await tap(
      'writing',
      'вести канал о своём огороде, пост в неделю',
      'Я пенсионерка, 20 лет выращиваю овощи, завела канал в телеграме, но пишу редко. Хочу писать раз в неделю.',
      'ru',
      [],
    );
    expect(near.keys).not.toContain('write-ch-first-private');
    expect(near.keys).toContain('write-ch-first');
  });

  it('gives an elder’s recorded stories no free-writing after the recordings', async () => {
    const en = await tap(
      'writing',
      "record my nan's stories about the war and write them up",
      "I'm 20. My nan is 91 and tells stories about the war and the farm. I want to record her and write them up for the family.",
      'en',
      ['Writing', 'Just starting'],
    );
    expect(en.keys).not.toContain('write-01');
    const ru = await tap(
      'writing',
      'записать рассказы бабушки о её детстве',
      'Мне 25. Бабушке 88, она рассказывает про деревню и войну. Хочу записать её на телефон и перепечатать для семьи.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('write-01');
  });

  it('gives a booklet its brief first and a page count from the plan, not 16–24 pages', async () => {
    const ru = await tap(
      'writing',
      'сделать брошюру об истории нашей улицы к юбилею',
      'Мне 58. В следующем году улице 100 лет, хочу сделать брошюру страниц на пятьдесят с фотографиями, но не знаю, как собрать всё в текст.',
      'ru',
      ['Зин или брошюра'],
    );
    expect(ru.keys[0]).toBe('write-zine-brief');
    expect(ru.keys).not.toContain('write-brief');
    expect(ru.texts.join(' ')).not.toMatch(/16, 20 или 24/);
    const en = await tap(
      'writing',
      "make a printed booklet about our walking group's trips",
      "I'm 64. I want a booklet of about 40 pages with photos and short write-ups of our trips for the members, but I don't know how to put it together.",
      'en',
      ['A zine or booklet'],
    );
    expect(en.keys[0]).toBe('write-zine-brief');
    expect(en.texts.join(' ')).not.toMatch(/16, 20 or 24/);
  });
});
