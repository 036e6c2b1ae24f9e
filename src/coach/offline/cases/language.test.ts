import { describe, expect, it } from 'vitest';
import { tapping } from '../../../../test/factories/converse.js';
import { firstFive, keysOf, talk, tap, withPrefix } from '../../../../test/factories/offline-cases.js';

// Goals of the language kind (content/goals/types/language.yaml), walked through the offline coach as a person would:
// the situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a
// new case goes: docs/coach.md.
const grand = (keys: string[]) => keys.filter((key) => key.startsWith('lang-grand-'));

describe('language: the situation named and the steps it brings', () => {
  it('gives someone who cannot read a script the script first, with no survival phrases or word lists', async () => {
    const en = await firstFive(
      'language',
      'Read Korean',
      'K-dramas taught me to follow a lot by ear, but hangul still looks like shapes to me.',
    );
    expect(en.keys[0]).toBe('lang-script-chart');
    expect(en.keys).not.toContain('lang-03');
    expect(en.keys).not.toContain('lang-06');
    const ru = await firstFive('language', 'Выучить японскую азбуку', 'Хочу читать хирагану и катакану.', 'ru');
    expect(ru.keys.slice(0, 3)).toEqual(['lang-script-chart', 'lang-script-app', 'lang-script-words']);
    // The script already learned: no chart, deck or plan for it.
    const learned = await firstFive(
      'language',
      'Выучить японский',
      'Хирагану выучил за месяц, дальше не знаю, что делать.',
      'ru',
    );
    expect(learned.keys).not.toContain('lang-script-chart');
    expect(learned.keys).not.toContain('lang-script-week');
  });

  it('gives someone who knows the alphabet no script steps, and no language gets a Japanese aside', async () => {
    const en = await firstFive(
      'language',
      'Learn Russian for my partner’s family',
      'I know the alphabet already and can sound out words slowly. Twenty minutes a day.',
    );
    expect(en.keys.some((key) => key.startsWith('lang-script-'))).toBe(false);
    const beginner = await firstFive('language', 'Learn to read Greek', 'The alphabet looks like shapes to me.');
    expect(beginner.keys[0]).toBe('lang-script-chart');
    expect(beginner.text).not.toMatch(/hiragana|Japanese/);
    const ru = await firstFive('language', 'Выучить грузинский', 'Хочу читать вывески, алфавит пока не знаю.', 'ru');
    expect(ru.text).not.toMatch(/хирагan|хираган|японск/);
  });

  it('names the language in the case the Russian sentence needs, never as a "(язык: …)" label', async () => {
    const ru = await firstFive(
      'language',
      'Заговорить по-казахски с дедушкой',
      'Понимаю всё, что он говорит, но сама отвечаю по-русски.',
      'ru',
    );
    expect(ru.text).toMatch(/казахск(ом языке|ий язык|им языком)/);
    expect(ru.text).not.toMatch(/\(язык:|— язык: |; язык: /);
    expect(ru.keys).not.toContain('lang-03');
    const sign = await firstFive('language', 'Выучить язык жестов', 'Хочу понимать глухого соседа.', 'ru');
    expect(sign.text).not.toMatch(/\(язык:|— язык: |; язык: /);
    const tiny = await firstFive('language', 'Follow my Igbo family at dinners', 'I know about ten words so far.');
    expect(tiny.keys.some((key) => ['lang-15', 'lang-16'].includes(key))).toBe(false);
  });

  it('gives a job not started yet no "say it on the next call"', async () => {
    const en = await firstFive(
      'language',
      'Learn some German for my new job',
      'Meetings are partly in German. I start in March.',
    );
    expect(en.keys).not.toContain('lang-work-update');
    const ru = await firstFive(
      'language',
      'Подтянуть английский для новой работы',
      'Созвоны на английском, выхожу на работу в феврале.',
      'ru',
    );
    expect(ru.keys).not.toContain('lang-work-update');
    const now = await firstFive('language', 'Speak up in meetings in English', 'Our stand-ups are in English.');
    expect(now.keys).toContain('lang-work-update');
  });

  it('gives a language for talking with patients or clients the phrases of that work, not tourist survival phrases', async () => {
    const en = await firstFive(
      'language',
      'Get my Spanish from restaurant-level to talking with patients',
      "I'm a nurse in El Paso and half my patients prefer Spanish; I can order food and that's about it.",
    );
    expect(en.keys[0]).toBe('lang-job-phrases');
    expect(en.keys).not.toContain('lang-03');
    expect(en.text).not.toMatch(/survival phrases/);
    const ru = await firstFive(
      'language',
      'Объясняться по-английски с гостями отеля',
      'Работаю на ресепшен в Сочи, иностранцев всё больше, а я знаю только «hello».',
      'ru',
    );
    expect(ru.keys).toContain('lang-job-phrases');
    expect(ru.keys).not.toContain('lang-03');
    // A trip keeps its survival phrases.
    const control = await firstFive(
      'language',
      'Learn some Italian before our trip',
      "We fly to Rome on Friday and I've never studied it.",
    );
    expect(control.keys).not.toContain('lang-job-phrases');
  });

  it('gives reading documentation or papers in a language reading steps, not speaking recordings or films', async () => {
    const ru = await firstFive(
      'language',
      'Подтянуть английский, чтобы читать документацию без переводчика',
      'Я бэкенд-разработчик, уровень где-то B1, но каждое второе слово в доках проверяю в переводчике.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-docs-page');
    for (const key of ['lang-16', 'lang-18', 'lang-19']) expect(ru.keys).not.toContain(key);
    const en = await firstFive(
      'language',
      'Read research papers in German without a translator',
      'I have B1 German from school and my field publishes a lot in German journals.',
    );
    expect(en.keys).toContain('lang-docs-page');
    expect(en.keys).not.toContain('lang-16');
  });

  it("gives a parent following the children's school language the school's words, not tourist phrases", async () => {
    const en = await firstFive(
      'language',
      "Learn enough Gaelic to follow my kids' homework from their Gaelic-medium school",
      "Both my kids go to a Gaelic-medium primary in Glasgow and I don't have a word of it.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['lang-school-ask', 'lang-school-words', 'lang-school-read']);
    expect(en.text).not.toMatch(/survival phrases|sticky notes|on the list/i);
    const ru = await firstFive(
      'language',
      'Выучить казахский, чтобы помогать сыну с уроками',
      'Сын учится в школе на казахском, делать уроки с ним не могу.',
      'ru',
    );
    expect(ru.keys).toContain('lang-school-words');
  });

  it('reads Scottish Gaelic as its own language, not Irish', async () => {
    const en = await firstFive(
      'language',
      'Learn Scottish Gaelic before my son starts at a Glasgow Gaelic-medium school',
      '',
    );
    expect(en.text).toMatch(/Scottish Gaelic/);
    expect(en.text).not.toMatch(/Irish/);
    const gaidhlig = await firstFive('language', 'Learn Gàidhlig', 'We moved to Skye last year.');
    expect(gaidhlig.text).toMatch(/Scottish Gaelic/);
    const ru = await firstFive('language', 'Выучить шотландский гэльский', '', 'ru');
    expect(ru.text).toMatch(/шотландский гэльский язык/);
    expect(ru.text).not.toMatch(/ирландск/);
    const irish = await firstFive('language', 'Learn Irish Gaelic', 'My grandparents spoke it.');
    expect(irish.text).toMatch(/Irish/);
    expect(irish.text).not.toMatch(/Scottish/);
  });

  it('reads plain «гэльский» and «по-гэльски» as Scottish Gaelic; «ирландский» stays Irish', async () => {
    for (const title of ['Выучить гэльский', 'Начать учить гэльский язык', 'Заговорить по-гэльски']) {
      const steps = await firstFive('language', title, '', 'ru');
      expect(steps.text).toMatch(/шотландский гэльский язык/);
      expect(steps.text).not.toMatch(/ирландск|новый язык/);
    }
    const irish = await firstFive('language', 'Выучить ирландский', 'Бабушка из Корка.', 'ru');
    expect(irish.text).toMatch(/ирландский язык/);
    expect(irish.text).not.toMatch(/шотландск/);
  });

  it('reads bare "Gaelic" as Scottish Gaelic, and "Irish Gaelic" («ирландский гэльский») as Irish', async () => {
    const gaelic = await firstFive('language', 'Learn Gaelic', 'Complete beginner, a few minutes a day.');
    expect(gaelic.text).toMatch(/Scottish Gaelic/);
    const irish = await firstFive('language', 'Learn Irish Gaelic', 'Complete beginner, a few minutes a day.');
    expect(irish.text).toMatch(/Irish/);
    expect(irish.text).not.toMatch(/Scottish/);
    const ru = await firstFive(
      'language',
      'Подтянуть ирландский гэльский',
      'Учила его в университете, почти всё забыла.',
      'ru',
    );
    expect(ru.text).toMatch(/ирландский язык/);
    expect(ru.text).not.toMatch(/шотландск/);
  });

  it('gives a learner with only a handful of words short sentences from them, not two minutes of unprepared talk', async () => {
    const en = await firstFive(
      'language',
      'Learn Portuguese before our baby arrives so she grows up with both languages',
      "My husband is from Recife and we speak English at home. I know maybe 50 words from a few weeks of Duolingo, and the baby's due in September.",
    );
    expect(en.keys).toContain('lang-few-say');
    expect(en.keys).not.toContain('lang-16');
    expect(en.text).not.toMatch(/for two minutes/);
    const ru = await firstFive(
      'language',
      'Выучить португальский до рождения дочки',
      'Муж из Бразилии, дома говорим по-русски. Знаю слов пятьдесят — пару недель занималась в Duolingo.',
      'ru',
    );
    expect(ru.keys).toContain('lang-few-say');
    expect(ru.keys).not.toContain('lang-16');
    expect(ru.text).not.toMatch(/две минуты, без подготовки/);
    // A comeback with more than a few words keeps the unprepared talk.
    const back = await firstFive(
      'language',
      'Improve my Italian',
      'I did a few months of classes last year and want to chat with my in-laws.',
    );
    expect(back.keys).toContain('lang-16');
    expect(back.keys).not.toContain('lang-few-say');
  });

  it('teaches Turkish, Japanese or Arabic beginners the patterns for "is", "there is / I have" and "I want", not a be/have conjugation table', async () => {
    const ru = await firstFive(
      'language',
      'Начать объясняться по-турецки на базаре и у врача',
      'Живём в Мерсине полгода, везде разговариваем через переводчик в телефоне. По приложению выучила алфавит, цифры и «тешеккюр эдерим», а дальше застряла.',
      'ru',
    );
    expect(ru.keys).toContain('lang-10-core');
    expect(ru.keys).not.toContain('lang-10');
    expect(ru.text).not.toMatch(/«быть», «иметь», «хотеть»/);
    const en = await keysOf(
      12,
      'language',
      'Learn Japanese from zero',
      'Complete beginner, a trip to Osaka next year.',
    );
    expect(en).toContain('lang-10-core');
    expect(en).not.toContain('lang-10');
    // A comeback whose level test was skipped (a script already learned) is not sent to "the level your test showed".
    const script = await firstFive(
      'language',
      'Start getting by in Turkish at the market and the doctor',
      'We have lived in Antalya for six months. I learned the alphabet and numbers in an app and got stuck.',
    );
    expect(script.keys).not.toContain('lang-15');
    expect(script.text).not.toMatch(/your test showed/);
    // Spanish keeps its verb table.
    const spanish = await keysOf(
      12,
      'language',
      'Learn Spanish',
      "Complete beginner, we're moving to Valencia next year.",
    );
    expect(spanish).toContain('lang-10');
    expect(spanish).not.toContain('lang-10-core');
  });

  it('keeps a learner whose colleagues switch to English speaking the language learned, not English', async () => {
    const en = await firstFive(
      'language',
      'Get my Dutch good enough that people stop switching to English',
      'I moved to Utrecht for work two years ago and finished the B1 course. The moment I hesitate, colleagues switch to English, so I hardly ever get to speak it.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['lang-stay-ask', 'lang-stay-fillers']);
    expect(en.keys).not.toContain('lang-15');
    expect(en.keys).not.toContain('lang-04');
    expect(en.texts.join(' ')).toContain('Dutch');
    expect(en.texts.join(' ')).not.toMatch(/in English/);
    const ru = await firstFive(
      'language',
      'Заговорить на грузинском по-настоящему',
      'Живу в Тбилиси третий год, но как только я запинаюсь, все переходят на русский, и мне почти не с кем говорить.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-stay-ask');
    expect(ru.keys).toContain('lang-stay-place');
    expect(ru.keys).not.toContain('lang-18');
  });

  it('still reads English as the language when the title names only English (near miss)', async () => {
    const en = await firstFive('language', 'Improve my English', 'I can read it but want to chat with colleagues.');
    expect(en.keys).not.toContain('lang-stay-ask');
    expect(en.texts.join(' ')).toContain('English');
  });

  it('gives a learner mixing a close language with their own the phrases they need, not a call home', async () => {
    const ru = await firstFive(
      'language',
      'Заговорить по-чешски, а не мешать его с русским',
      'Живу в Праге третий год. Понимаю почти всё, потому что похоже, но как начинаю говорить — лезут русские слова. В магазине теряюсь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-near-phrases');
    expect(ru.keys).toContain('lang-near-slips');
    expect(ru.keys).not.toContain('lang-her-talk');
    const en = await firstFive(
      'language',
      'Speak Italian without mixing it with Spanish',
      "I'm a native Spanish speaker living in Milan. I understand most things but when I speak I keep mixing them up.",
    );
    expect(en.keys[0]).toBe('lang-near-phrases');
    expect(en.keys).not.toContain('lang-her-talk');
  });

  it('keeps the call to the person a heritage speaker learns for (near miss)', async () => {
    const en = await firstFive(
      'language',
      'Speak Punjabi with my nani',
      'I grew up hearing it at home and understand it but reply in English.',
    );
    expect(en.keys).toContain('lang-her-talk');
    expect(en.keys).not.toContain('lang-near-phrases');
  });

  it('gives a speaker learning only the script no "pick up where you left off" course', async () => {
    const en = await firstFive(
      'language',
      'Learn to read and write Gujarati',
      'I speak Gujarati with my family but never learned the script. I have 20 minutes on the train each morning.',
    );
    expect(en.keys[0]).toBe('lang-script-chart');
    expect(en.keys).not.toContain('lang-24');
    const ru = await firstFive(
      'language',
      'Научиться читать по-армянски',
      'Говорю по-армянски с детства, а алфавит так и не выучил. Есть 20 минут в метро по утрам.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-script-chart');
    expect(ru.keys).not.toContain('lang-24');
  });

  it('gives a set text to say in the language its words, a recording and a line a day — not an app or sticky notes', async () => {
    const en = await firstFive(
      'language',
      'Give a toast in Italian at my sister’s wedding',
      'The wedding is in Puglia in two months and I only know ciao. I can practise on the train.',
    );
    expect(en.keys[0]).toBe('lang-speech-text');
    expect(en.keys).toContain('lang-speech-line');
    expect(en.keys).not.toContain('lang-02');
    expect(en.keys).not.toContain('lang-05');
    expect(en.keys).not.toContain('lang-06');
    const ru = await firstFive(
      'language',
      'Произнести тост на грузинском на юбилее свёкра',
      'Юбилей через месяц, по-грузински знаю только «гамарджоба».',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-speech-text');
    expect(ru.keys).not.toContain('lang-05');
    // A plain beginner keeps the beginner path.
    const plain = await firstFive('language', 'Learn Italian', 'Complete beginner, I like Italian films.');
    expect(plain.keys).not.toContain('lang-speech-text');
    const formal = await firstFive(
      'language',
      'Make my speech in German less stiff',
      'I live in Munich and sound like a textbook.',
    );
    expect(formal.keys).not.toContain('lang-speech-text');
  });

  it('gives someone learning only by ear at the wheel an audio course and a phrase playlist — not sticky notes at home', async () => {
    const en = await firstFive(
      'language',
      'Learn basic Spanish',
      "I'm a lorry driver, ten hours a day behind the wheel, so I can only learn by listening. Complete beginner.",
    );
    expect(en.keys[0]).toBe('lang-ear-course');
    expect(en.keys).toContain('lang-ear-phrases');
    expect(en.keys).not.toContain('lang-05');
    expect(en.keys).not.toContain('lang-02');
    expect(en.keys).not.toContain('lang-listen-dictation');
    const ru = await firstFive(
      'language',
      'Начать учить немецкий',
      'Работаю водителем, весь день за рулём, могу только слушать. Совсем с нуля.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-ear-course');
    expect(ru.keys).not.toContain('lang-05');
    expect(ru.keys).not.toContain('lang-06');
    // A beginner learning at home keeps the beginner path; films without subtitles keep the listening steps.
    const home = await firstFive(
      'language',
      'Learn basic Spanish',
      'Complete beginner, I have half an hour in the evenings at home.',
    );
    expect(home.keys).toContain('lang-05');
    expect(home.keys).not.toContain('lang-ear-course');
    const films = await firstFive(
      'language',
      'Understand Spanish films without subtitles',
      "I'm B2 and read well, but native speed is too fast.",
    );
    expect(films.keys[0]).toBe('lang-listen-scene');
    expect(films.keys).not.toContain('lang-ear-course');
  });

  it('reads Bisaya (Cebuano) as the language learned, even when the description names English', async () => {
    const en = await firstFive(
      'language',
      'Get by in Cebuano with the neighbours',
      'We retired to Cebu; my English is all I have and people switch to English the moment I stumble.',
    );
    expect(en.text).toContain('Bisaya');
    expect(en.text).not.toMatch(/speaking English with me|only English|course for English/);
    const ru = await firstFive(
      'language',
      'Выучить бисайя',
      'Живём на Филиппинах, соседи говорят только на нём.',
      'ru',
    );
    expect(ru.text).not.toContain('английск');
    // English as the target still reads English.
    const english = await firstFive('language', 'Improve my English', 'For work calls.');
    expect(english.text).not.toContain('Bisaya');
  });

  it('puts study sessions on other days than the day the language is used — not "three sessions on Saturdays"', async () => {
    const en = await firstFive(
      'language',
      'Get my school French back',
      'I volunteer at a refugee centre on Sunday afternoons and did French at school.',
    );
    expect(en.keys).toContain('lang-use-between');
    expect(en.keys).not.toContain('lang-26');
    const ru = await firstFive(
      'language',
      'Вспомнить испанский',
      'Я волонтер в приюте по субботам, учила испанский в школе.',
      'ru',
    );
    expect(ru.keys).not.toContain('lang-26');
    // Free time named as such keeps the calendar step.
    const free = await firstFive(
      'language',
      'Get my school French back',
      'I did French at school; I have Sunday afternoons free.',
    );
    expect(free.keys).toContain('lang-26');
    expect(free.keys).not.toContain('lang-use-between');
  });

  it('reads an indigenous language named beside a big one as the one learned (Quechua, Sakha)', async () => {
    const en = await tap(
      'language',
      'Talk with my grandmother in Quechua, not just Spanish',
      'I understand when she speaks but I answer in Spanish every time.',
      'en',
      ["I understand it but can't speak it", 'Coming back'],
    );
    expect(en.text).toContain('Quechua');
    expect(en.text).not.toContain('Spanish');
    const ru = await firstFive('language', 'Выучить якутский', 'Живу в селе, со мной переходят на русский.', 'ru');
    expect(ru.text).not.toContain('«русский язык»');
    expect(ru.keys).not.toContain('lang-02');
    // Spanish alone still reads Spanish.
    const es = await firstFive('language', 'Learn Spanish', 'Complete beginner.');
    expect(es.text).toContain('Spanish');
  });

  it('gives work-talk language no second phrase sheet', async () => {
    const ru = await tap(
      'language',
      'Начать говорить по-английски с клиентами в автосервисе',
      'Я автомеханик в Дубае, по-английски знаю пару слов.',
      'ru',
      ['Говорить с пациентами'],
    );
    expect(ru.keys[0]).toBe('lang-job-phrases');
    expect(ru.keys).not.toContain('lang-17');
    const en = await tap(
      'language',
      'Speak Spanish with my patients',
      'I am a nurse; many patients speak only Spanish.',
      'en',
      ['Talking with patients'],
    );
    expect(en.keys).toContain('lang-job-phrases');
    expect(en.keys).not.toContain('lang-17');
    // A trip this week without work talk keeps the cheat sheet.
    const trip = await firstFive('language', 'Learn some Italian before our trip', 'We fly to Rome on Friday.');
    expect(trip.keys).toContain('lang-17');
  });

  it('reads "people answer in English" as no heritage — the person answering in English still is', async () => {
    const en = await talk(
      'language',
      'Get my Vietnamese tones right',
      'I moved to Hanoi for work. When I speak at the market people look blank or answer in English.',
      'en',
      tapping(["I understand it but can't speak it"]),
    );
    expect(en.keys).not.toContain('lang-her-tutor');
    expect(en.keys).not.toContain('lang-her-talk');
    const heritage = await tap(
      'language',
      'Speak Punjabi with my nani',
      'I understand it but I answer in English every time.',
      'en',
      ["I understand it but can't speak it"],
    );
    expect(heritage.keys).toContain('lang-her-say');
  });

  it('names a language of Russia’s republics, not the Russian the family also speaks — and says «приезжай»', async () => {
    const ru = await tap(
      'language',
      'Начать говорить по-чеченски с бабушкой',
      'Родился и вырос в Подмосковье, дома родители говорили по-чеченски, я всё понимаю, но отвечаю по-русски. Бабушке 84, по-русски говорит плохо.',
      'ru',
      ['Понимаю'],
    );
    expect(ru.keys.slice(0, 4)).toEqual(['lang-her-listen', 'lang-her-say', 'lang-her-tutor', 'lang-her-talk']);
    expect(ru.text).toContain('на чеченском языке');
    expect(ru.text).toContain('учишь чеченский язык');
    expect(ru.text).not.toMatch(/русск/);
    expect(ru.text).toContain('приезжай');
    expect(ru.text).not.toContain('приедь');
    const en = await tap(
      'language',
      'Speak Chechen with my grandmother',
      'My parents spoke Chechen at home; I understand everything but I always answer in Russian or English.',
      'en',
      ['I understand'],
    );
    expect(en.keys[0]).toBe('lang-her-listen');
    expect(en.text).toContain('Chechen');
    expect(en.text).not.toMatch(/Russian|English/);
    // A city of the republic names no language: English stays English.
    const city = await tap(
      'language',
      'Подтянуть английский',
      'Живу в Грозном, работаю в гостинице, английский на уровне школы.',
      'ru',
    );
    expect(city.text).not.toMatch(/чеченск/);
    expect(city.keys).not.toContain('lang-her-listen');
  });

  it('builds the common-words flashcards on the first ten words — never "the first ten" twice', async () => {
    const en = await tap(
      'language',
      'Learn Mandarin alongside my adopted daughter',
      "I'm a complete beginner, 45. We've got Saturday mornings and maybe 15 minutes after tea.",
      'en',
      ['Just starting'],
    );
    // A key carries the wording shown (`lang-06:smaller` for 15 minutes after tea).
    const base = (keys: string[]) => keys.map((key) => key.split(':')[0]);
    expect(base(en.keys)).toContain('lang-03');
    expect(base(en.keys)).toContain('lang-06');
    const cards = en.texts[base(en.keys).indexOf('lang-06')];
    expect(cards).toMatch(/already know/);
    expect(cards).not.toMatch(/first ten|first 20/);
    const ru = await tap('language', 'Выучить испанский с нуля', 'Ни слова не знаю, хочу в отпуск в Испанию.', 'ru', [
      'Только начинаю',
    ]);
    expect(base(ru.keys)).toContain('lang-06');
    const карточки = ru.texts[base(ru.keys).indexOf('lang-06')];
    expect(карточки).toMatch(/уже знаешь/);
    expect(карточки).not.toMatch(/первых/);
    // Someone who understands from home still gets no common-words list.
    const heritage = await tap(
      'language',
      'Speak Punjabi with my nani',
      'I understand everything she says but I answer in English.',
      'en',
      ['I understand'],
    );
    expect(base(heritage.keys)).not.toContain('lang-06');
  });

  it('reads no free time from a day named for a school, a service or a lesson', async () => {
    const en = await tap(
      'language',
      'Learn Mandarin alongside my adopted daughter',
      "I'm a complete beginner. We've got Saturday mornings and maybe 15 minutes after tea. There's a Chinese school in Reading on Sundays but it's for kids whose parents speak it.",
      'en',
      ['Just starting'],
    );
    expect(en.text).not.toMatch(/on Sundays/);
    expect(en.text).toMatch(/on Saturdays/);
    const harmonium = await tap(
      'instrument',
      'Learn the harmonium for kirtan at our gurdwara',
      "The sangat is short of people who can play at the Sunday kirtan. I'm 58 and can't read notation. One of the granthi's sons has offered to show me on Wednesdays.",
      'en',
    );
    expect(harmonium.text).not.toMatch(/on Sundays/);
    const ru = await tap(
      'language',
      'Выучить китайский вместе с дочкой',
      'По воскресеньям у дочки китайская школа, а у нас свободны субботы.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.text).not.toMatch(/по воскресеньям/);
    // A Sunday the person has is still read.
    const sunday = await tap(
      'instrument',
      'Learn the guitar',
      'I only have Sunday afternoons free, complete beginner.',
      'en',
    );
    expect(sunday.text).toMatch(/on Sundays/);
  });

  it('gives a parent whose child is at a daycare in the language its notes, the door and the parents’ group', async () => {
    const en = await tap(
      'language',
      "Learn enough Finnish to cope at my son's daycare in Tampere",
      "The daycare staff switch to English for me, but the notes and the parents' WhatsApp group are all in Finnish. I've done a few weeks of Duolingo.",
      'en',
      ['Learning a language'],
    );
    expect(en.keys.slice(0, 4)).toEqual(['lang-care-words', 'lang-care-door', 'lang-care-group', 'lang-care-staff']);
    expect(en.keys).not.toContain('lang-stay-ask');
    expect(en.keys).not.toContain('lang-stay-daily');
    const ru = await tap(
      'language',
      'Выучить финский, чтобы понимать, что пишут в детском саду',
      'Сын ходит в детский сад в Хельсинки, воспитатели переходят на английский, а родительский чат весь на финском.',
      'ru',
      ['Изучение языка'],
    );
    expect(ru.keys[0]).toBe('lang-care-words');
    expect(ru.text).toMatch(/родительского чата|родительском чате/);
    expect(ru.keys).not.toContain('lang-stay-ask');
    // Colleagues who switch to English, no child: the speaking-time steps stay.
    const near = await tap(
      'language',
      'Speak more Finnish at work',
      "I'm around B1 but my colleagues switch to English as soon as I hesitate.",
      'en',
      ['Learning a language'],
    );
    expect(near.keys).toContain('lang-stay-ask');
    expect(near.keys).not.toContain('lang-care-words');
  });

  it('gives hosts of tourists the phrases of their work — not a cheat sheet and then the first ten words again', async () => {
    const ru = await tap(
      'language',
      'Заговорить по-английски с туристами, которые к нам приезжают',
      'Мне 52, с мужем держим гостевой дом, летом у нас иностранцы. Английский с нуля, хочу успеть до июня.',
      'ru',
      ['Говорить с пациентами или клиентами', 'Только начинаю'],
    );
    expect(ru.keys[0]).toBe('lang-job-phrases');
    expect(ru.keys).not.toContain('lang-03');
    expect(ru.keys).not.toContain('lang-17');
    const en = await tap(
      'language',
      'Learn Spanish to talk with the guests at our guesthouse',
      'We run a small guesthouse in Cornwall and get lots of Spanish visitors. Complete beginner.',
      'en',
      ['Talking with patients or clients', 'Just starting'],
    );
    expect(en.keys[0]).toBe('lang-job-phrases');
    expect(en.keys).not.toContain('lang-03');
    // A trip as a tourist is no work talk.
    const trip = await tap(
      'language',
      'Learn some Spanish for our holiday',
      'We fly to Malaga in two months and I want to order food and ask for directions. Complete beginner.',
      'en',
      ['Just starting'],
    );
    expect(trip.keys).not.toContain('lang-job-phrases');
  });

  it('reads «понимать на слух» as listening, not as learning at the wheel', async () => {
    const ru = await tap(
      'language',
      'Начать понимать немецкий на слух',
      'Третий год живу в Граце, уровень B1. Но когда говорят на диалекте — в магазине, у врача — понимаю процентов двадцать. Говорю медленно, но говорю.',
      'ru',
      ['Понимать фильмы и быструю речь'],
    );
    expect(ru.keys[0]).toBe('lang-listen-scene');
    for (const key of ['lang-ear-course', 'lang-ear-phrases', 'lang-ear-stop', 'lang-ear-use', 'lang-15'])
      expect(ru.keys).not.toContain(key);
    const en = await tap(
      'language',
      'Understand the local dialect in Vienna',
      "I'm B1 in German and speak slowly but fine; I can't follow the dialect in shops or at the doctor's.",
      'en',
      ['Following films and fast speech'],
    );
    expect(en.keys[0]).toBe('lang-listen-scene');
    expect(en.keys).not.toContain('lang-ear-course');
    // A long-haul driver learning by ear keeps the cab steps.
    const driver = await tap(
      'language',
      'Выучить немецкий на слух в рейсе',
      'Я дальнобойщик, езжу по Германии, учить могу только на слух за рулём. Знаю пару слов.',
      'ru',
    );
    expect(driver.keys).toContain('lang-ear-course');
    expect(driver.keys).not.toContain('lang-listen-scene');
  });

  it('starts someone no good with apps with a class or a course book — not an app', async () => {
    const en = await tap(
      'language',
      'Learn some Portuguese to chat with my granddaughter in Lisbon',
      "I'm 71 and hopeless with apps. She is three and only speaks Portuguese. My mornings are free.",
      'en',
      ['Learning a language', 'Just starting'],
    );
    expect(en.keys[0]).toBe('lang-noapp-start');
    expect(en.keys).not.toContain('lang-02');
    const ru = await tap(
      'language',
      'Выучить немного испанского, чтобы говорить с внучкой',
      'Мне 70, с приложениями не дружу. Внучка живёт в Валенсии и говорит только по-испански.',
      'ru',
      ['Изучение языка', 'Только начинаю'],
    );
    expect(ru.keys[0]).toBe('lang-noapp-start');
    expect(ru.text).toMatch(/курсы испанского языка/);
    expect(ru.keys).not.toContain('lang-02');
    // The same goal with no word about apps keeps the app's first lesson.
    const near = await tap(
      'language',
      'Learn some Portuguese to chat with my granddaughter in Lisbon',
      "I'm 71. She is three and only speaks Portuguese. My mornings are free.",
      'en',
      ['Learning a language', 'Just starting'],
    );
    expect(near.keys).toContain('lang-02');
    expect(near.keys).not.toContain('lang-noapp-start');
  });

  it('learns the language the title names, not one the description mentions in passing', async () => {
    const en = await tap(
      'language',
      'Pick up some Pashto for the family next door',
      'They arrived from Kandahar last month and their grandmother speaks no English. I did German at school, nothing since.',
      'en',
      ['Just starting'],
    );
    expect(en.texts[0]).toMatch(/Pashto/);
    expect(en.text).toMatch(/Pashto/);
    expect(en.text).not.toMatch(/German/);
    expect(en.keys).not.toContain('lang-02');
    const ru = await tap(
      'language',
      'Начать учить таджикский',
      'Мне 41, работаю в Душанбе по контракту, на работе все говорят по-русски, а на рынке хочу понимать людей.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.text).toMatch(/таджикск/);
    expect(ru.text).not.toMatch(/русский язык/);
    expect(ru.texts[0]).toMatch(/именно для таджикского языка/);
    // A big language the apps teach keeps the app's first lesson.
    const near = await tap('language', 'Learn French', 'Complete beginner, I live in Leeds.', 'en', ['Just starting']);
    expect(near.keys[0]).toBe('lang-02');
    expect(near.texts[0]).toMatch(/French/);
  });

  it('keeps study off the day of a weekly church service where the language is heard', async () => {
    const en = await tap(
      'language',
      'Learn Portuguese so Mass with my in-laws makes sense',
      'We go to Mass at their parish every Sunday. I can study on my commute.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('lang-use-between');
    expect(en.keys).not.toContain('lang-26');
    const ru = await tap(
      'language',
      'Выучить грузинский, чтобы понимать проповеди',
      'Каждое воскресенье ходим с женой в церковь, учить могу в обед по будням.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('lang-use-between');
    expect(ru.keys).not.toContain('lang-26');
    // A free Sunday with no service keeps the sessions on Sundays.
    const near = await tap('language', 'Learn Spanish from zero', 'Sunday mornings are my free time.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('lang-26');
    expect(near.keys).not.toContain('lang-use-between');
  });

  it('books a teacher for someone an app did not hold — not another app', async () => {
    const en = await tap(
      'language',
      'Learn Greek for our holidays on Crete',
      'I gave up on Duolingo after a week.',
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('lang-appquit-teacher');
    expect(en.keys).not.toContain('lang-02');
    const ru = await tap(
      'language',
      'Выучить турецкий для работы в Анталье',
      'Приложение скачивала, забросила через неделю.',
      'ru',
      ['Только'],
    );
    expect(ru.keys[0]).toBe('lang-appquit-teacher');
    expect(ru.keys).not.toContain('lang-02');
    // A plain beginner still gets the app.
    const near = await tap('language', 'Learn Greek', 'Starting from zero before our holiday.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('lang-02');
  });

  it('learns a spoken dialect from a course, phrases and a tutor made for it — not a general app in the standard', async () => {
    const ru = await tap(
      'language',
      'Начать говорить по-арабски с соседями',
      'Живу в Каире, нужен египетский диалект, а не литературный язык из учебников.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['lang-dial-course', 'lang-dial-record', 'lang-dial-tutor']);
    expect(ru.keys).not.toContain('lang-02');
    const en = await tap(
      'language',
      'Learn Moroccan Arabic for my in-laws',
      'I want Darija, not the MSA they teach in apps.',
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('lang-dial-course');
    expect(en.keys).not.toContain('lang-02');
    // The standard for reading the news keeps the beginner app.
    const near = await tap(
      'language',
      'Learn Arabic to read the news',
      'Complete beginner, I want to read Al Jazeera one day.',
      'en',
      ['Just starting'],
    );
    expect(near.keys[0]).toBe('lang-02');
    expect(withPrefix(near.keys, 'lang-dial')).toEqual([]);
  });

  it("gives a language for callers — a helpline, an emergency line — the phrases of that work, not a meeting's call phrases", async () => {
    const en = await tap(
      'language',
      'Learn Polish for my job on a customer helpline',
      'Half the callers on my line are Polish and I have to pass them to a colleague.',
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'lang-job-phrases',
      'lang-job-course',
      'lang-job-roleplay',
      'lang-job-colleague',
    ]);
    expect(withPrefix(en.keys, 'lang-work-')).toEqual([]);
    expect(en.text).toMatch(/caller/);
    const ru = await tap(
      'language',
      'Выучить английский для работы диспетчером',
      'Работаю диспетчером в аэропорту, звонящие иностранцы, а я теряюсь на каждом вопросе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-job-phrases');
    expect(ru.text).toMatch(/звонящ/);
    // Meetings and stand-ups keep the call phrases.
    const near = await tap(
      'language',
      'English for Zoom meetings',
      'Daily stand-ups and calls with the London team.',
      'en',
      ['Speaking on work calls and meetings', 'Just starting'],
    );
    expect(near.keys[0]).toBe('lang-work-phrases');
    expect(withPrefix(near.keys, 'lang-job-')).toEqual([]);
  });

  it('reads the language from the nationality of the person to understand («прораб — чех»), not from a comparison', async () => {
    const ru = await tap(
      'language',
      'Понимать прораба на стройке',
      'Работаю в Остраве, прораб чех, говорит быстро, похоже на русский, но на слух не понимаю.',
      'ru',
    );
    expect(ru.text).toMatch(/чешск/);
    expect(ru.text).not.toMatch(/русском языке|русский язык/);
    const en = await tap(
      'language',
      'Understand my Czech foreman first time',
      'He talks fast on site; I can read a bit.',
    );
    expect(en.text).toMatch(/Czech/);
    // A language named in the title wins over a colleague's nationality.
    const near = await tap(
      'language',
      'Подтянуть английский для работы',
      'Начальник у меня чех, но общаемся только по-английски, и я путаюсь.',
      'ru',
    );
    expect(near.text).not.toMatch(/чешск/);
  });

  it('reads a script to read poetry with a parent who "recites" it as the script, not a text to learn by heart', async () => {
    const en = await tap(
      'language',
      'Learn to read Urdu so I can follow the ghazals my mother loves',
      'She recites Faiz at every Eid; I understand her when she talks but I have never learned the script.',
      'en',
      ['Learning to read a new script'],
    );
    expect(withPrefix(en.keys, 'lang-speech')).toEqual([]);
    expect(en.keys[0]).toBe('lang-script-chart');
    // The person who will recite a text still learns it line by line.
    const near = await tap(
      'language',
      'Recite a poem in Farsi at my father-in-law’s birthday',
      "I'd like to recite a short ghazal by Hafez for him in March.",
    );
    expect(near.keys[0]).toBe('lang-speech-text');
  });

  it('learns a language before a move for the places it will be needed there — no nursery notes yet', async () => {
    const ru = await tap(
      'language',
      'Подтянуть испанский до переезда в Валенсию',
      'Мужу дали работу, переезжаем в марте, дочка пойдёт там в садик. Могу заниматься по 40 минут вечером.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['lang-move-places', 'lang-move-course', 'lang-move-tutor']);
    expect(withPrefix(ru.keys, 'lang-care-')).toEqual([]);
    const en = await tap(
      'language',
      'Learn Portuguese before we relocate to Porto',
      'My job moves us there in September; our son will start at a local nursery. Duolingo only has Brazilian.',
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('lang-move-places');
    expect(withPrefix(en.keys, 'lang-care-')).toEqual([]);
    expect(en.keys).not.toContain('lang-02');
    // Already there with the child at a nursery: the nursery's notes and chat.
    const near = await tap(
      'language',
      'Understand the notes from my daughter’s nursery in Dutch',
      'We moved to Utrecht last year and I miss half of what the teachers write.',
      'en',
      ['Just starting'],
    );
    expect(near.keys[0]).toBe('lang-care-words');
  });

  it('gives a lifelong local with a child at a kindergarten a daily spoken moment, not the newcomer’s request to the staff', async () => {
    const ru = await tap(
      'language',
      'Заговорить на азербайджанском, хоть и живу в Баку всю жизнь',
      'Мне 38, родилась в Баку, всю жизнь говорю по-русски — дома, в школе, теперь на работе в банке. Вокруг молодёжь почти вся говорит по-азербайджански, дочка в садике тоже, а новые начальники на планёрках переходят на азербайджанский. Понимаю процентов тридцать, а сказать стесняюсь — сразу слышно, что я «рус-дилли». Хочу хотя бы спокойно говорить на работе и с дочкой.',
      'ru',
      ['Изучение языка'],
    );
    expect(ru.keys).not.toContain('lang-care-staff');
    expect(ru.keys).toContain('lang-life-moment');
    const en = await tap(
      'language',
      'Finally speak Welsh',
      "I've lived here all my life but never learnt it; my son's at a Welsh nursery now and I can't follow the nursery notes.",
      'en',
    );
    expect(en.keys).not.toContain('lang-care-staff');
    // A newcomer with a child at a daycare keeps the request to the staff.
    const near = await tap(
      'language',
      'Learn Finnish for my daughter’s daycare',
      'We moved to Tampere in spring; the daycare notes and the parents’ group are all in Finnish.',
    );
    expect(near.keys).toContain('lang-care-staff');
  });

  it('learns ahead for a kindergarten that has not started, with no notes or chat to copy', async () => {
    const ru = await tap(
      'language',
      'Выучить турецкий, чтобы не зависеть от мужа',
      'Живу в Аланье третий год, муж турок. Ходила на курсы, бросила, когда родился сын. Хочу хотя бы к его садику понимать воспитательницу и говорить сама.',
      'ru',
      ['Возвращаюсь после перерыва'],
    );
    expect(ru.keys).not.toContain('lang-care-words');
    expect(ru.keys).not.toContain('lang-care-group');
    expect(ru.keys).toContain('lang-care-ahead');
    const en = await tap('language', 'Learn Dutch before my son starts daycare', 'He starts daycare in March.', 'en');
    expect(en.keys).not.toContain('lang-care-words');
    // A child already there keeps the notes and the chat.
    const now = await tap(
      'language',
      'Понимать воспитателя в садике',
      'Сын ходит в детский сад в Берлине, в родительском чате всё на немецком.',
      'ru',
    );
    expect(now.keys).toContain('lang-care-words');
  });

  it('starts a partner’s grandmother’s language from zero when the one learnt before was the wrong one', async () => {
    const en = await tap(
      'language',
      "Learn enough Cebuano to talk to my wife's lola",
      "Lola speaks only Cebuano and a bit of Tagalog, no English. I did some Duolingo Tagalog before I found out it's the wrong language. I have maybe 20 min a day on my lunch break.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('lang-15');
    expect(en.keys).not.toContain('lang-24');
    expect(en.keys).not.toContain('lang-16');
    expect(en.keys).not.toContain('lang-02');
    expect(withPrefix(en.keys, 'lang-inlaw').length).toBeGreaterThan(0);
    const ru = await tap(
      'language',
      'Выучить грузинский, чтобы говорить с бабушкой мужа',
      'Полгода учила в Дуолинго турецкий, думала, похож, а оказалось — не тот язык. Бабушка мужа по-русски почти не говорит.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.keys).not.toContain('lang-24');
    expect(withPrefix(ru.keys, 'lang-inlaw').length).toBeGreaterThan(0);
    // A comeback to the same language is still read as a comeback.
    const near = await tap(
      'language',
      'Get my Italian back',
      'I did 300 days of Duolingo Italian two years ago and then stopped. I want to talk to people on our trip in June.',
    );
    expect(near.keys.some((key) => key === 'lang-15' || key === 'lang-24')).toBe(true);
  });

  it('teaches a grandparent the grandchildren’s words, not the daycare notes and the parents’ chat', async () => {
    const ru = await tap(
      'language',
      'выучить казахский, чтобы понимать внуков',
      'Мне 70, всю жизнь прожила в Усть-Каменогорске. Внуки в садике и дома всё больше говорят по-казахски, а я знаю только «рахмет». Хочу понимать и отвечать им.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('lang-grand-words');
    expect(withPrefix(ru.keys, 'lang-care')).toEqual([]);
    expect(ru.keys).not.toContain('lang-03');
    const en = await tap(
      'language',
      'Learn Spanish so I can talk to my grandkids',
      "My son married a woman from Bogotá and the grandchildren speak Spanish at nursery and at home. I'm 68 and only know hola.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('lang-grand-words');
    expect(withPrefix(en.keys, 'lang-care')).toEqual([]);
    // A parent whose own child is at a kindergarten in the language keeps the notes and the chat.
    const near = await tap(
      'language',
      'Выучить финский',
      'Дочка ходит в садик в Тампере, не понимаю записки воспитателя и родительский чат.',
      'ru',
      ['Только начинаю'],
    );
    expect(near.keys).toContain('lang-care-words');
    expect(withPrefix(near.keys, 'lang-grand')).toEqual([]);
  });

  it('claims a pepeha goal for language and starts from the pieces nan and the whānau give', async () => {
    const en = await talk(
      null,
      'enough te reo to do my pepeha properly for nan',
      "I'm 24, Māori on my mum's side but grew up in Perth and never learned te reo. I want to say my pepeha at the marae for her 80th in November.",
      'en',
      tapping(['Just starting']),
    );
    expect(en.keys[0]).toBe('lang-pepeha-whanau');
    expect(en.keys).toContain('lang-speech-text');
    expect(withPrefix(en.keys, 'gen-')).toEqual([]);
    const other = await talk(
      null,
      'Learn my pepeha for my graduation',
      'I want to stand up and say it in front of my whānau at the ceremony next month.',
      'en',
      tapping(['Just starting']),
    );
    expect(other.keys[0]).toBe('lang-pepeha-whanau');
    // A wedding speech in a language keeps the set-text steps, with no pepeha step.
    const near = await tap(
      'language',
      'Give a toast in Italian at my brother’s wedding',
      "His bride is from Naples; I've never studied Italian and the wedding is in June.",
      'en',
      ['Just starting'],
    );
    expect(near.keys[0]).toBe('lang-speech-text');
    expect(near.keys).not.toContain('lang-pepeha-whanau');
  });

  it('a grandchild who goes along to translate is no grandchild to talk to; a patient keeps the doctor steps after "None of these"', async () => {
    const ru = await tap(
      'language',
      'Выучить испанский, чтобы ходить к врачу одной',
      'Мне 70, живём с мужем в Валенсии у сына. В поликлинику и в аптеке всегда переводит мне внучка, а я хочу сама.',
      'ru',
      ['Ничего из этого', 'Только начинаю'],
    );
    expect(withPrefix(ru.keys, 'lang-grand')).toEqual([]);
    expect(ru.keys[0]).toBe('lang-doc-card');
    const en = await tap(
      'language',
      'Enough Italian to see my doctor without my grandson',
      'We retired to Puglia and my grandson always has to come to the doctor with me to translate.',
      'en',
      ['None of these', 'Just starting'],
    );
    expect(withPrefix(en.keys, 'lang-grand')).toEqual([]);
    expect(en.keys).toContain('lang-doc-card');
    // A grandmother learning to talk with her grandchildren keeps their words.
    const near = await tap(
      'language',
      'Learn Spanish to talk with my grandchildren',
      'My son married in Madrid and the grandkids only speak Spanish; I want to chat with them on video calls.',
      'en',
      ['Just starting'],
    );
    expect(near.keys[0]).toBe('lang-grand-words');
  });

  it('gives no grandchildren’s words or cartoons for a grandchild not yet talking; a talking grandchild keeps them', async () => {
    const en = await tap(
      'language',
      'Learn some Tagalog for my son-in-law’s family',
      "We're flying to Manila for our first grandchild's christening in March. I know a few words.",
      'en',
      ['Just starting'],
    );
    expect(withPrefix(en.keys, 'lang-grand')).toEqual([]);
    const ru = await tap(
      'language',
      'Выучить армянский, чтобы говорить со сватами',
      'Сын женился на армянке, весной родится первый внук, а я знаю только «барев».',
      'ru',
      ['Только начинаю'],
    );
    expect(withPrefix(ru.keys, 'lang-grand')).toEqual([]);
    const near = await tap(
      'language',
      'Learn Spanish to talk with my grandkids',
      'My grandson is six and speaks only Spanish at home.',
      'en',
      ['Just starting'],
    );
    expect(withPrefix(near.keys, 'lang-grand').length).toBeGreaterThan(0);
  });

  it('gives no "first ten words" to someone learning the language of a partner’s family', async () => {
    const en = await tap(
      'language',
      "Talk with my husband's parents in Polish",
      "My husband's family is from Gdańsk and they visit every summer. I only know a handful of words and go quiet at dinner.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('lang-inlaw-teacher');
    expect(en.keys).not.toContain('lang-03');
    const ru = await tap(
      'language',
      'понимать семью мужа на армянском',
      'Родители мужа говорят между собой по-армянски, я знаю пару слов. Хочу понимать их за столом.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('lang-03');
    // No in-laws: a beginner still gets the first words.
    const near = await tap('language', 'Learn some Portuguese for a trip to Lisbon', 'I know nothing yet.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('lang-03');
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

  it('gives a patient whose grandchild translates at the doctor the patient steps, not the grandchildren words', async () => {
    const en = await tap(
      'language',
      'Arabic so I can talk to the doctor myself',
      "I'm 66 and live in Amman. I manage at the shops, but at the clinic my granddaughter has to translate for me every time. I have asthma.",
      'en',
    );
    expect(grand(en.keys)).toEqual([]);
    expect(en.keys).toContain('lang-doc-card');
    const ru = await tap(
      'language',
      'немецкий, чтобы у врача самому объясняться',
      'Мне 70, живу в Кёльне. В магазине справляюсь, а к врачу всякий раз внучка мне переводит. У меня давление и сердце.',
      'ru',
    );
    expect(grand(ru.keys)).toEqual([]);
    expect(ru.keys).toContain('lang-doc-card');
    const near = await tap(
      'language',
      'learn Hebrew to talk with my grandkids',
      "I'm 64, my grandchildren in Haifa speak only Hebrew and I can't follow them.",
      'en',
    );
    expect(near.keys).toContain('lang-grand-words');
  });

  it('gives no two minutes of unprepared talk to someone only past the greetings', async () => {
    const en = await tap(
      'language',
      'get my Welsh beyond the greetings',
      'I did an evening course before but stopped. I want to give simple instructions in Welsh at work.',
      'en',
      ['Coming back'],
    );
    expect(en.keys).not.toContain('lang-16');
    const ru = await tap(
      'language',
      'подтянуть татарский',
      'Когда-то ходила на курсы, бросила. Пока знаю только приветствия.',
      'ru',
      ['Возвращаюсь'],
    );
    expect(ru.keys).not.toContain('lang-16');
  });

  it('gives someone whose grandchild interprets at the doctor the patient’s language, not the grandchildren’s words', async () => {
    const ru = await tap(
      'language',
      'объясняться на иврите в поликлинике',
      'Мне 70, живём в Ашдоде третий год. К врачу хожу с внучкой, она переводит, а я сижу молча. Хочу сам.',
      'ru',
      ['Только'],
    );
    expect(ru.keys.some((key) => key.startsWith('lang-grand-'))).toBe(false);
    expect(ru.keys.some((key) => key.startsWith('lang-doc-'))).toBe(true);
    const hyphen = await tap(
      'language',
      'говорить с врачом на немецком без дочки-переводчицы',
      'Мне 66, переехала к дочери в Лейпциг. К врачам хожу только с ней.',
      'ru',
      ['Только'],
    );
    expect(hyphen.keys.some((key) => key.startsWith('lang-grand-'))).toBe(false);
    const en = await tap(
      'language',
      'speak Hebrew at the clinic without my grandson as interpreter',
      "I'm 68 and moved to Israel two years ago. I manage in shops, but at the doctor's he translates for me and I just sit there.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.some((key) => key.startsWith('lang-grand-'))).toBe(false);
    const near = await tap(
      'language',
      'внук говорит только по-испански',
      'Хочу понимать внуков, когда они приезжают летом: они говорят только по-испански.',
      'ru',
      ['Только'],
    );
    expect(near.keys.some((key) => key.startsWith('lang-grand-'))).toBe(true);
  });

  it('gives a trader who buys stock abroad the buyer’s phrases and haggling, not the phrases for her own till', async () => {
    const en = await tap(
      'language',
      'learn enough Turkish to haggle at the wholesale market',
      'I run a small clothes shop and fly to Istanbul twice a year to buy stock. I always need a middleman who talks for me and I think he overcharges.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('lang-buy-phrases');
    expect(en.keys.some((key) => key.startsWith('lang-sell-'))).toBe(false);
    expect(en.texts.join(' ')).not.toMatch(/when you sell|at the till/i);
    const ru = await tap(
      'language',
      'выучить китайский, чтобы самой торговаться в Гуанчжоу',
      'Я продаю одежду на рынке в Хабаровске, за товаром езжу в Китай, там всё через посредника.',
      'ru',
      ['Только'],
    );
    expect(ru.keys).toContain('lang-buy-phrases');
    expect(ru.keys.some((key) => key.startsWith('lang-sell-'))).toBe(false);
    const near = await tap(
      'language',
      'learn French for the customers at my stall',
      'I sell fabric at a market stall and many of my customers speak French.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).toContain('lang-sell-phrases');
    expect(near.keys.some((key) => key.startsWith('lang-buy-'))).toBe(false);
  });

  it('gives no app first to a learner who says apps never lasted', async () => {
    const en = await tap(
      'language',
      'learn enough Portuguese to chat with my father-in-law',
      "He only speaks Portuguese. I've tried the apps before but they never lasted and I work long shifts.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('lang-02');
    const ru = await tap(
      'language',
      'выучить турецкий, чтобы говорить со свекровью',
      'Она почти не говорит по-русски. Пробовала приложения, бросила через неделю.',
      'ru',
      ['Только'],
    );
    expect(ru.keys).not.toContain('lang-02');
    const near = await tap('language', 'learn Portuguese', 'Complete beginner, never studied it.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('lang-02');
  });

  it('asks a man to learn from his wife’s side, never from a «золовка»', async () => {
    const ru = await tap(
      'language',
      'выучить армянский, чтобы понимать родню жены',
      'Мне 34, жена армянка, её родители между собой говорят только по-армянски. Знаю пару слов. Хочу на свадьбе её брата хоть что-то сказать.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('lang-inlaw-teacher');
    expect(ru.texts.join(' ')).not.toMatch(/золовк/);
    const en = await tap(
      'language',
      'learn Tagalog to talk to my in-laws',
      'My wife is from Cebu and her parents speak Tagalog at home. I know a few words.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('lang-inlaw-teacher');
  });
});
