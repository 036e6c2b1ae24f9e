import { describe, expect, it } from 'vitest';
import { talkWith } from '../../../test/factories/converse.js';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

const talk = talkWith(coach);

describe('the twenty-second blind read, fixed in general (helper fix22d)', () => {
  it('gives a couple whose joint account runs dry the shared-account steps, and no second pass over the statement', async () => {
    const title = 'Stop our joint account running dry before payday every month';
    const description =
      "My partner and I both pay in £900 and it's usually empty by the 20th. Neither of us tracks what goes out of it and it's starting to cause rows.";
    const en = await firstFive('finance', title, description);
    expect(en.keys).toEqual(['fin-short-map', 'fin-joint-for', 'fin-joint-see', 'fin-short-weekly', 'fin-short-leaks']);
    expect(en.text).toMatch(/joint account pays for/);
    // Tapping "Running short before payday" keeps the shared-account steps: the joint account is a stated fact.
    const tapped = await talk('finance', title, description, 'en', (choices) =>
      choices.includes('Running short before payday') ? 'Running short before payday' : choices[0]!,
    );
    expect(tapped.keys).toContain('fin-joint-for');
    const ru = await firstFive(
      'finance',
      'Составить семейный бюджет',
      'Муж тратит, я экономлю, постоянно ссоримся из-за денег.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fin-joint-for');
    expect(ru.text).toMatch(/общего счёта/);
    // Someone on their own running short gets no partner steps, and last month's statement is read once.
    const single = await firstFive('finance', 'Make my money last until payday', "I'm always broke by the 20th.");
    expect(single.keys.slice(0, 4)).toEqual([
      'fin-short-map',
      'fin-short-weekly',
      'fin-short-leaks',
      'fin-short-buffer',
    ]);
    expect(single.keys).not.toContain('fin-11');
    expect(single.keys.some((key) => key.startsWith('fin-joint-'))).toBe(false);
  });

  it('gives copies of birth or marriage certificates the registry, the receiving office and the order — not the permit they are for', async () => {
    const title = 'Get copies of my birth and marriage certificates from Nigeria for my ILR application';
    const description =
      "Home Office wants originals and mine were lost when we moved. My visa runs out in November and I've heard the registry in Lagos can take months.";
    const en = await firstFive('admin', title, description);
    expect(en.keys).toEqual([
      'adm-cert-where',
      'adm-cert-need',
      'adm-cert-details',
      'adm-cert-order',
      'adm-cert-dates',
    ]);
    expect(en.text).toMatch(/embassy or consulate/);
    expect(en.text).not.toMatch(/every trip|years lived here/);
    // The question offers the certificates first.
    const tapped = await talk('admin', title, description, 'en', (choices) => choices[0]!);
    expect(tapped.asked[0]?.choices?.[0]).toBe('Copies of birth or marriage certificates');
    expect(tapped.keys[0]).toBe('adm-cert-where');
    const ru = await firstFive(
      'admin',
      'Получить повторное свидетельство о рождении из Казахстана',
      'Нужно для замены паспорта, оригинал потерялся при переезде.',
      'ru',
    );
    expect(ru.keys[0]).toBe('adm-cert-where');
    expect(ru.text).toMatch(/посольство или консульство/);
    // Registering a newborn's birth keeps its own path, and ILR itself keeps its trips abroad.
    const newborn = await firstFive(
      'admin',
      'Зарегистрировать рождение сына',
      'Родился неделю назад, нужно получить свидетельство о рождении в ЗАГСе.',
      'ru',
    );
    expect(newborn.keys.some((key) => key.startsWith('adm-cert-'))).toBe(false);
    const ilr = await firstFive('admin', 'Apply for ILR', "I've been on a skilled worker visa for five years.");
    expect(ilr.keys).toContain('adm-res-trips');
  });

  it('gives a first residence permit on a basis (a business, a job) its requirements and legal stay — no trips abroad', async () => {
    const title = 'Получить ВНЖ в Сербии через регистрацию ИП';
    const description =
      'Живём в Белграде по визаранам уже год, надоело каждые 90 дней ездить в Боснию. Слышала, что проще всего через предпринимательство, но не понимаю, с чего начать.';
    const permit = 'ВНЖ через работу, учёбу или бизнес';
    const ru = await talk('admin', title, description, 'ru', (choices) =>
      choices.includes(permit) ? permit : choices[0]!,
    );
    expect(ru.asked[0]?.choices).toContain(permit);
    // fix52A: adm-02 repeated adm-res-basis (the list from the official page), so it gives way to it.
    expect(ru.keys).toEqual(expect.arrayContaining(['adm-01-open', 'adm-res-basis', 'adm-res-stay', 'adm-03']));
    expect(ru.keys).not.toContain('adm-02');
    expect(ru.text).not.toMatch(/поездок за границу|сколько нужно прожить/);
    const en = await firstFive(
      'admin',
      'Get a residence permit through my business in Portugal',
      'I want to move there next year and run my design studio from Lisbon.',
    );
    expect(en.keys).toContain('adm-res-basis');
    expect(en.keys).not.toContain('adm-res-trips');
    // Citizenship keeps the conditions and the trips.
    const citizenship = await firstFive('admin', 'Получить гражданство Германии', 'Живу здесь восемь лет.', 'ru');
    expect(citizenship.keys).toEqual(expect.arrayContaining(['adm-res-eligible', 'adm-res-trips']));
    expect(citizenship.keys).not.toContain('adm-res-basis');
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

  it('gives a business that works with fire a safety plan, a check and insurance before its first customer', async () => {
    const en = await firstFive(
      'business',
      'Open a wood-fired sauna for hire by the lake',
      "I've built a small wood-fired sauna on a trailer and want to rent it out at weekends. No customers yet.",
    );
    expect(en.keys).toEqual(['biz-offer', 'biz-fire-safety', 'biz-fire-check', 'biz-fire-insure', 'biz-registration']);
    expect(en.text).toMatch(/carbon-monoxide alarm|fire-safety plan/);
    const ru = await firstFive(
      'business',
      'Начать продавать шашлык на выезде',
      'Хочу возить мангал на корпоративы и свадьбы, опыта продаж нет.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual(['biz-offer', 'biz-fire-safety', 'biz-fire-check', 'biz-fire-insure']);
    expect(ru.text).toMatch(/пожарной безопасности/);
    // A shop with no fire, and a sauna already trading, get no such steps.
    const candle = await firstFive('business', 'Start an online candle shop', "I've never sold anything yet.");
    expect(candle.keys.some((key) => key.startsWith('biz-fire-'))).toBe(false);
    const open = await firstFive(
      'business',
      'Fill my sauna in the quiet months',
      'We opened three years ago; winter is packed but summer is dead.',
    );
    expect(open.keys.some((key) => key.startsWith('biz-fire-'))).toBe(false);
  });
});
