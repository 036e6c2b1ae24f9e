import { describe, expect, it } from 'vitest';
import { firstFive, holdings, talkTapping, tap, withPrefix } from '../../../../test/factories/offline-cases.js';

// Goals of the language kind (content/goals/types/language.yaml), walked through the offline coach as a person would:
// the level read from what they wrote or tapped, and what they already have or do. The situations are in
// language.test.ts; where a new case goes: docs/coach.md.
const LEVEL = ['lang-15', 'lang-24', 'lang-16', 'lang-few-say'];

describe('language: the level and what the person already has or does', () => {
  it('gives a heritage learner speaking steps, not a level test', async () => {
    const nani = await firstFive(
      'language',
      'Learn enough Punjabi to talk to my nani',
      'She is 84 and her English is basic, and as a kid I only ever understood bits.',
    );
    expect(nani.keys.slice(0, 2)).toEqual(['lang-her-listen', 'lang-her-say']);
    expect(nani.text).not.toMatch(/level test|English/);
    const ru = await firstFive(
      'language',
      'Заговорить на армянском',
      'Бабушка говорит со мной по-армянски, я всё понимаю, но ответить не могу.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-her-listen');
    expect(ru.text).toMatch(/армянский/);
  });

  it('gives a learner who sounds too formal register steps, with no level test', async () => {
    const en = await firstFive(
      'language',
      'Sound more natural in German',
      'I have worked in Berlin for three years and use German daily, but my friends say I talk like a textbook.',
    );
    expect(en.keys[0]).toBe('lang-reg-collect');
    expect(en.keys).not.toContain('lang-15');
    const ru = await firstFive(
      'language',
      'Говорить по-английски не как учебник',
      'Говорю свободно, работаю в международной команде, но все говорят, что у меня слишком формально и я не понимаю шуток.',
      'ru',
    );
    expect(ru.keys).toContain('lang-reg-ask');
    expect(ru.keys).not.toContain('lang-16');
    // A beginner who wants "everyday conversation" has no register problem: the beginner path stays.
    const beginner = await firstFive('language', 'Learn Italian', 'From zero; I want casual, everyday conversation.');
    expect(beginner.keys.some((key) => key.startsWith('lang-reg-'))).toBe(false);
  });

  it('gives an intermediate learner listening work for series, and reads a stated CEFR level as known', async () => {
    const ru = await firstFive(
      'language',
      'Понимать фильмы на испанском в оригинале',
      'Испанский у меня уровня B2, читаю свободно, но на фильмах быстро теряю нить.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-listen-scene');
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.keys).not.toContain('lang-18');
    expect(holdings.read(['Improve my French', 'I am about B1 after evening classes.']).has).toContain('level_known');
    expect(holdings.read(['Improve my French', 'I want to reach B1.']).has).not.toContain('level_known');
    // A level from years ago is no level now: the test stays.
    expect(holdings.read(['Get my Italian back', 'I got to B1 at university, ten years ago.']).has).not.toContain(
      'level_known',
    );
  });

  it('reads getting by with gestures or a translator app as a beginner', async () => {
    const ru = await firstFive(
      'language',
      'Выучить тайский, раз зимуем на Пхукете',
      'Уже третью зиму живём в Таиланде. На рынке объясняемся жестами и переводчиком, хочется хотя бы базово говорить.',
      'ru',
    );
    expect(ru.text).not.toMatch(/тест на уровень/);
    const en = await firstFive(
      'language',
      'Learn some Turkish for our villa summers',
      'We have gone to the same village for years and still get by with gestures and Google Translate at the market.',
    );
    expect(en.text).not.toMatch(/level test/i);
  });

  it('gives songs and a libretto a word-by-word translation, and no tourist phrases to any beginner', async () => {
    const ru = await firstFive(
      'language',
      'Выучить итальянский, чтобы понимать, что я пою',
      'Пою в оперном хоре театра в Самаре, арии учу по транскрипции, а смысла не понимаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-lyric-lines');
    expect(ru.text).not.toMatch(/«я не понимаю»/);
    const en = await firstFive(
      'language',
      'Learn French to understand the songs I love',
      'I listen to Brel and Piaf and want to know what the lyrics mean.',
    );
    expect(en.keys).toContain('lang-lyric-lines');
    const plain = await firstFive(
      'language',
      'Learn Portuguese',
      "My wife's family is from Porto and I'd like to chat with them.",
    );
    // a partner's family's language gets its phrases from the family teacher, not lang-03's "first ten words".
    expect(plain.keys).toContain('lang-inlaw-teacher');
    expect(plain.text).not.toMatch(/survival phrases/i);
  });

  it('skips the level test for a level known from tests', async () => {
    const ru = await firstFive(
      'language',
      'Разговорить свой немецкий перед стажировкой в Мюнхене',
      'В школе и универе учил немецкий, по тестам где-то B1, но вслух двух слов не свяжу.',
      'ru',
    );
    expect(ru.keys).not.toContain('lang-15');
    const en = await firstFive(
      'language',
      'Get my Spanish speaking going again',
      'I tested at B2 last month but I freeze when I have to talk.',
    );
    expect(en.keys).not.toContain('lang-15');
  });

  it('gives someone who reads the language well no beginner app after work phrases', async () => {
    const ru = await firstFive(
      'language',
      'Заговорить по-английски с пациентами-иностранцами',
      'Я стоматолог в клинике в Москве, читаю по-английски неплохо, но на приёме теряюсь и перехожу на жесты. Хочу к осени спокойно вести приём целиком на английском.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-job-phrases');
    expect(ru.keys).not.toContain('lang-02');
    expect(ru.text).not.toMatch(/для начинающих/);
    const en = await firstFive(
      'language',
      'Speak Spanish with my patients',
      "I'm a nurse in Texas; I know some Spanish from school.",
    );
    expect(en.keys).not.toContain('lang-02');
    const plain = await firstFive('language', 'Learn Spanish', "I've never studied a language.");
    expect(plain.keys[0]).toBe('lang-02');
  });

  it('gives no level test to someone who names a level passed at an exam', async () => {
    const en = await talkTapping(
      'language',
      'Stop freezing when people answer my French at the bakery in Lyon',
      'Moved here four months ago and passed B1 before leaving. I can read emails fine but when anyone speaks at normal speed I just nod and say merci.',
      'en',
      ['Already doing it'],
    );
    expect(en.keys).not.toContain('lang-15');
    expect(en.text).not.toMatch(/level test/i);
    expect(en.keys).toContain('lang-18');
    const ru = await talkTapping(
      'language',
      'Перестать теряться, когда немцы отвечают мне быстро',
      'Живу в Мюнхене год, сдала B2 по немецкому в прошлом году, но в магазине на быстрой речи зависаю.',
      'ru',
      ['Уже'],
    );
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.text).not.toMatch(/тест на уровень/);
    // A level not yet known keeps the test.
    const unknown = await firstFive(
      'language',
      'Improve my Italian',
      'I did a few months of classes last year and want to chat with my in-laws.',
    );
    expect(unknown.keys[0]).toBe('lang-15');
  });

  it('teaches a new alphabet letters, real signs spelled out and a plan of the characters — no level test and no "ten words you know by ear"', async () => {
    const ru = await talkTapping(
      'language',
      'Выучить грузинский алфавит и начать читать вывески',
      'Переехали в Батуми полгода назад, по-грузински знаю только «гамарджоба» и «мадлоба». Хочу хотя бы понимать, что написано на маршрутках и в аптеке.',
      'ru',
      ['Выучить алфавит'],
    );
    expect(ru.keys.slice(0, 4)).toEqual([
      'lang-script-chart',
      'lang-script-app',
      'lang-script-words',
      'lang-script-week',
    ]);
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.text).not.toMatch(/Распланируй письменность|знаешь на слух|тест на уровень/);
    expect(ru.text).toMatch(/Распиши по неделям, как будешь учить знаки/);
    expect(ru.text).toMatch(/вывеск/);
    const en = await firstFive(
      'language',
      'Learn to read Korean hangul',
      'I understand a bit from K-dramas, about A2.',
    );
    expect(en.keys).not.toContain('lang-15');
    expect(en.text).toMatch(/Plan learning the characters week by week/);
    expect(en.text).not.toMatch(/words you already know by ear/);
  });

  it('gives signing with a deaf child the signs of the child’s day and a family course — not colleagues or a level test', async () => {
    const ru = await firstFive(
      'language',
      'Освоить язык жестов, чтобы понимать дочку',
      'Дочке два года, у неё нарушение слуха, врачи советуют учить жесты всей семьёй. Я пока не знаю ни одного жеста.',
      'ru',
    );
    expect(ru.keys).toContain('lang-signchild-day');
    expect(ru.keys).not.toContain('lang-sign-spell');
    expect(ru.keys).not.toContain('lang-sign-chat');
    expect(ru.keys).not.toContain('lang-15');
    const en = await firstFive(
      'language',
      'Learn BSL for my grandson',
      'He is four and was born deaf. I pick him up from nursery every day and I know no signs.',
    );
    expect(en.keys).toContain('lang-signchild-day');
    expect(en.keys).not.toContain('lang-sign-spell');
    // A child named in a spoken-language goal gets no sign steps, and an adult learner keeps the usual sign path.
    const spoken = await firstFive('language', 'Learn Spanish for my grandson', 'His mum speaks Spanish to him.');
    expect(spoken.keys).not.toContain('lang-signchild-day');
    const adult = await firstFive('language', 'Learn British Sign Language', 'A new colleague of mine is Deaf.');
    expect(adult.keys).toContain('lang-sign-dict');
    expect(adult.keys).not.toContain('lang-signchild-day');
  });

  it('gives someone who wants to understand the prayers they recite the text word by word — not a level test or small talk', async () => {
    const en = await firstFive(
      'language',
      'Understand the Arabic of my daily prayers',
      'I say my prayers five times a day and know several surahs by heart, but I only know the sounds, not the meaning.',
    );
    expect(en.keys[0]).toBe('lang-prayer-lines');
    expect(en.keys).toContain('lang-prayer-meaning');
    for (const key of ['lang-15', 'lang-16', 'lang-18', 'lang-19', 'lang-02']) expect(en.keys).not.toContain(key);
    const ru = await firstFive(
      'language',
      'Понимать церковнославянский',
      'Хожу на богослужения каждое воскресенье, а понимаю от силы половину.',
      'ru',
    );
    expect(ru.keys[0]).toBe('lang-prayer-lines');
    expect(ru.keys).not.toContain('lang-16');
    // Arabic for talking with colleagues keeps the ordinary path.
    const talk = await firstFive(
      'language',
      'Learn Arabic',
      'For chatting with my colleagues in Dubai, I know some basics.',
    );
    expect(talk.keys.some((key) => key.startsWith('lang-prayer'))).toBe(false);
  });

  it('gives a beginner whom people switch away from a phrase a day — not "stay in the language with me" or weak-internet apps', async () => {
    const ru = await firstFive(
      'language',
      'Выучить якутский',
      'Только начинаю. Со мной переходят на русский. Интернет еле тянет, учебников нет.',
      'ru',
    );
    expect(ru.keys).toContain('lang-stay-teach');
    expect(ru.keys).toContain('lang-offline-save');
    for (const key of ['lang-stay-ask', 'lang-stay-daily', 'lang-02']) expect(ru.keys).not.toContain(key);
    const en = await firstFive(
      'language',
      'Learn Welsh',
      "Complete beginner, never studied it. People switch to English as soon as I try. There's no internet at home.",
    );
    expect(en.keys).toContain('lang-stay-teach');
    expect(en.keys).not.toContain('lang-stay-ask');
    expect(en.keys).not.toContain('lang-02');
    // Someone who already speaks some keeps the stay-in-the-language steps.
    const back = await firstFive(
      'language',
      'Speak more Dutch',
      'I already speak Dutch at B1 and want to get better, but people switch to English as soon as I hesitate.',
    );
    expect(back.keys).toContain('lang-stay-ask');
    expect(back.keys).not.toContain('lang-stay-teach');
  });

  it('gives a beginner whom people switch away from the phrases once, from the people around — no "first ten words" again', async () => {
    const en = await tap(
      'language',
      'Speak Dutch with my neighbours',
      'I moved to Utrecht in spring and know nothing yet; whenever I try, people switch to English.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('lang-stay-teach');
    expect(en.keys).not.toContain('lang-03');
    const ru = await tap(
      'language',
      'Заговорить по-испански в Валенсии',
      'Переехала полгода назад, начинаю с нуля, но все сразу переходят на английский.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('lang-stay-teach');
    expect(ru.keys).not.toContain('lang-03');
    // A beginner with no one switching keeps the first ten words.
    const near = await tap('language', 'Learn Italian from scratch', 'For a holiday in Sicily next year.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('lang-03');
  });

  it('gives someone who knows only some of the letters no level test and no "pick up where you left off"', async () => {
    const en = await tap(
      'language',
      'Learn Georgian',
      "I only know the letters so far; my wife's family is from Tbilisi and I want to talk with them.",
    );
    for (const key of LEVEL) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'language',
      'Заговорить по-армянски',
      'Немного знаю алфавит, больше ничего. Муж армянин, хочу понимать свекровь.',
      'ru',
    );
    for (const key of LEVEL) expect(ru.keys).not.toContain(key);
    // Someone coming back with real Spanish keeps the level test.
    const near = await tap('language', 'Get back into Spanish', 'I did two years at school and can get by on holiday.');
    expect(near.keys).toContain('lang-15');
  });

  it('drills the tones named as the trouble, and a learner who speaks nothing yet gets no level test or native media', async () => {
    const en = await tap(
      'language',
      "Learn Vietnamese for my partner's family",
      'I know about twenty words and the tones are impossible for me.',
      'en',
      ['Already doing it'],
    );
    expect(en.keys[0]).toBe('lang-tones');
    for (const key of ['lang-15', 'lang-16', 'lang-19']) expect(en.keys).not.toContain(key);
    const ru = await tap('language', 'Выучить китайский', 'Тоны не слышу совсем, знаю слов десять.', 'ru');
    expect(ru.keys[0]).toBe('lang-tones');
    const zero = await tap(
      'language',
      'Заговорить по-турецки',
      'Читать умею, а говорить — ноль, хотя учу уже второй год.',
      'ru',
    );
    expect(zero.keys[0]).toBe('lang-few-say');
    for (const key of ['lang-15', 'lang-16', 'lang-19']) expect(zero.keys).not.toContain(key);
    // A B1 learner with no word of tones keeps the free talk and no tones drill.
    const near = await tap('language', 'Improve my Spanish', "I'm B1 and have lessons twice a week.", 'en');
    expect(near.keys).toContain('lang-16');
    expect(near.keys).not.toContain('lang-tones');
  });

  it("learns the in-laws' language from a teacher in the family — no online level test or app path to resume", async () => {
    const en = await tap(
      'language',
      "Learn Tagalog to talk with my wife's family",
      'We visit Cebu every Christmas and her parents mostly speak Tagalog at dinner.',
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(1, 3)).toEqual(['lang-inlaw-teacher', 'lang-inlaw-use']);
    expect(en.text).toMatch(/to be your teacher, in person or over a video call/);
    const ru = await tap(
      'language',
      'Выучить грузинский, чтобы говорить с родителями мужа',
      'Два года как переехала в Кутаиси, свёкор по-русски почти не говорит, приложений толком нет.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('lang-inlaw-teacher');
    expect(ru.keys).toContain('lang-inlaw-use');
    // Read as a comeback from «три года назад» alone, a rare language gets no online level test and nothing to resume.
    const rare = await tap(
      'language',
      'Выучить чеченский, чтобы понимать свекровь',
      'Три года назад вышла замуж в Грозный, дома говорят по-чеченски, а я только улыбаюсь.',
      'ru',
    );
    expect(rare.keys).toContain('lang-inlaw-teacher');
    expect(rare.keys).not.toContain('lang-15');
    expect(rare.keys).not.toContain('lang-24');
    // Understanding it already from home is the heritage path.
    const near = await tap(
      'language',
      'Speak Urdu at home',
      'I grew up hearing it and understand bits, but I reply in English; my mother-in-law speaks only Urdu.',
      'en',
      ["I understand it but can't speak it"],
    );
    expect(near.keys[0]).toBe('lang-her-listen');
    expect(withPrefix(near.keys, 'lang-inlaw')).toEqual([]);
  });

  it('finds a course made for a language the apps barely have — no "install one beginner app"', async () => {
    const en = await tap(
      'language',
      'Learn basic Telugu for the market',
      "I've moved to Hyderabad; Duolingo doesn't have Telugu and the other apps are thin.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('lang-local-course');
    expect(en.keys).not.toContain('lang-02');
    const ru = await tap(
      'language',
      'Выучить основы грузинского',
      'Переехал в Тбилиси, в приложениях грузинского почти нет, а в Дуолинго его нет совсем.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('lang-local-course');
    // A language every app teaches keeps the app.
    const near = await tap('language', 'Learn Spanish for my trip to Mexico', 'Three weeks in Oaxaca in March.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('lang-02');
  });

  it("starts a returner to a little-taught language from their level, not a course's first lesson", async () => {
    const en = await tap(
      'language',
      'Get my Sinhala good enough for my first site posting',
      "I'm 26, from Jaffna, and I've just got my first job as a civil engineer with a road contractor. They're sending me to a site near Hambantota from March. I did Sinhala at school but only enough to pass the paper; I can read slowly and I freeze when anyone talks fast. The foremen and labourers there won't speak Tamil and my English only works in the office. I'll be in a boarding house with the evenings free.",
      'en',
      ['Learning a language', 'Coming back'],
    );
    expect(en.keys).not.toContain('lang-local-course');
    const ru = await tap('language', 'Вспомнить киргизский', 'Учил в школе, читаю, но давно не говорил.', 'ru', [
      'Возвращаюсь',
    ]);
    expect(ru.keys).toContain('lang-local-course-back');
    expect(ru.keys).not.toContain('lang-local-course');
    // A beginner still does the first lesson.
    const near = await tap('language', 'Learn Sinhala', 'Starting from nothing before a move.', 'en', [
      'Just starting',
    ]);
    expect(near.keys).toContain('lang-local-course');
  });

  it('gives a stall trader the phrases of a sale, not the clinic template or a level test', async () => {
    const en = await tap(
      'language',
      'French for my customers from Lomé',
      'I sell phone accessories in Aflao near the border. Half my customers speak French, I only know numbers and bonjour. I only buy data at weekends.',
      'en',
      ['Talking with patients or clients'],
    );
    expect(en.keys[0]).toBe('lang-sell-phrases');
    expect(en.keys).not.toContain('lang-job-colleague');
    expect(en.keys).not.toContain('lang-15');
    const ru = await tap(
      'language',
      'Выучить английский для покупателей',
      'Торгую сувенирами в Сочи, много иностранцев.',
      'ru',
      ['Говорить с пациентами или клиентами'],
    );
    expect(ru.keys).toContain('lang-sell-phrases');
    expect(ru.keys).not.toContain('lang-job-colleague');
    // A nurse keeps the work's template.
    const nurse = await tap('language', 'Spanish for my patients', "I'm a nurse in Texas.", 'en', [
      'Talking with patients or clients',
    ]);
    expect(nurse.keys).toContain('lang-job-phrases');
    expect(nurse.keys).not.toContain('lang-sell-phrases');
  });

  it('learns a language for patients from the work phrases: no level test and no unprepared day-talk', async () => {
    const en = await tap(
      'language',
      'Speak conversational Tamil with my patients',
      'I am a Sinhala-speaking nurse in Jaffna. Most of my patients are older Tamil speakers. I can read a few letters and know greetings and numbers.',
      'en',
      ['Talking with patients or clients'],
    );
    expect(en.keys[0]).toBe('lang-job-phrases');
    expect(en.keys).not.toContain('lang-15');
    expect(en.keys).not.toContain('lang-16');
    const ru = await tap(
      'language',
      'Говорить с пациентами по-испански',
      'Работаю медсестрой, много пациентов из Латинской Америки. Немного учила испанский в школе, знаю приветствия и цифры.',
      'ru',
      ['Говорить с пациентами или клиентами'],
    );
    expect(ru.keys[0]).toBe('lang-job-phrases');
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.keys).not.toContain('lang-16');
    // A returning learner with no work to talk about still gets the level test.
    const near = await tap(
      'language',
      'Get back into Spanish',
      'I did two years of Spanish at school and 200 days of Duolingo, then stopped. I want to be conversational again.',
    );
    expect(near.keys).toContain('lang-15');
  });

  it('gives a patient the words of their own appointments and an interpreter, not a level test or native films', async () => {
    const ru = await tap(
      'language',
      'иврит хотя бы чтобы объясниться с врачами',
      'Мне 61, репатриировалась полгода назад. В ульпан хожу, но не успеваю. У меня диабет, по врачам хожу часто и теряюсь.',
      'ru',
      ['Изучение языка', 'Уже занимаюсь'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['lang-doc-card', 'lang-doc-interp']);
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.keys).not.toContain('lang-19');
    const en = await tap(
      'language',
      'Enough German to talk to my doctor',
      'We moved to Leipzig last year. I have a heart condition and see a cardiologist every month; I never know how to explain where it hurts.',
      'en',
      ['Already doing it'],
    );
    expect(en.keys[0]).toBe('lang-doc-card');
    expect(en.keys).toContain('lang-doc-interp');
    // A nurse learning the language for her patients keeps her work's phrases.
    const near = await tap(
      'language',
      'Learn Tamil for my patients',
      'I am a nurse on a ward in Chennai and many of my patients only speak Tamil.',
      'en',
      ['Just starting', 'Talking with patients'],
    );
    expect(near.keys).toContain('lang-job-phrases');
    expect(withPrefix(near.keys, 'lang-doc')).toEqual([]);
  });

  it('reads an app given up early on as a beginner: no unprepared two-minute talk about the day', async () => {
    const en = await tap(
      'language',
      'enough Greek to chat with my neighbours',
      'I did some Duolingo Greek last year but gave up early on. We spend every August on Naxos now.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('lang-16');
    const ru = await tap(
      'language',
      'выучить турецкий, чтобы говорить со свекровью',
      'Пробовала заниматься по приложению, но бросила почти сразу. Летом едем к ней на месяц.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('lang-16');
    // Someone who kept at it for a year is a comeback and keeps the talk about the day.
    const near = await tap(
      'language',
      'get my Spanish going again',
      'I did Spanish at school and a year of Duolingo after that, then stopped.',
      'en',
      ['Coming back'],
    );
    expect(near.keys).toContain('lang-16');
  });

  it('asks the family which language to learn before any level test or unprepared talk', async () => {
    const en = await tap(
      'language',
      "learn my husband's family's language",
      "My husband's family is from Barcelona. They speak Catalan at home but Spanish with everyone else, so I don't know which one to learn.",
      'en',
      ['Learning a language'],
    );
    expect(en.keys[0]).toBe('lang-which-ask');
    expect(en.keys).not.toContain('lang-15');
    expect(en.keys).not.toContain('lang-16');
    const ru = await tap(
      'language',
      'выучить язык семьи жены',
      'Жена из Казани, её родители дома говорят по-татарски, а со мной по-русски. Не знаю, какой язык учить, чтобы с ними говорить.',
      'ru',
    );
    expect(ru.keys).toContain('lang-which-ask');
    const near = await tap(
      'language',
      'learn Spanish to talk to my in-laws',
      "My wife's family is from Seville and her parents only speak Spanish. I want to chat with them at Christmas.",
      'en',
      ['Learning a language'],
    );
    expect(near.keys).not.toContain('lang-which-ask');
  });

  it('reads an app left after a week as no comeback', async () => {
    const en = await tap(
      'language',
      'learn some Romanian for my in-laws',
      'I tried an app last year but gave up after a few days. I want to chat at Christmas.',
      'en',
      ['Learning a language', 'Just starting'],
    );
    expect(en.keys).not.toContain('lang-24');
  });

  it('starts someone with next to nothing of the language at lesson one: no level test, no unprepared monologue', async () => {
    const en = await tap(
      'language',
      'Portuguese for my new job at the marina',
      "Took Portuguese for a year at uni ages ago and I've forgotten everything. The boat owners and mechanics mostly speak it.",
      'en',
      ['Coming back to it after a break'],
    );
    expect(en.keys).toContain('lang-zero-start');
    expect(en.keys).not.toContain('lang-15');
    expect(en.keys).not.toContain('lang-16');
    expect(en.texts.join(' ')).not.toMatch(/without preparing/);
    const ru = await tap(
      'language',
      'немецкий хотя бы на базовом уровне',
      'Работаю на стройке под Мюнхеном, с бригадой говорю по-русски, а в магазине и с мастером я как немой.',
      'ru',
      ['Возвращаюсь после перерыва'],
    );
    expect(ru.keys).toContain('lang-zero-start');
    expect(ru.keys).toContain('lang-zero-phrases');
    expect(ru.keys).not.toContain('lang-15');
    expect(ru.keys).not.toContain('lang-16');
    // Some of it still there: the comeback path keeps its level test or its "not from zero".
    const near = await tap(
      'language',
      'get back into Spanish',
      'I did Spanish at school and can still get by ordering food, I want to pick it up again.',
      'en',
      ['Coming back to it after a break'],
    );
    expect(near.keys).not.toContain('lang-zero-start');
    expect(near.keys.some((key) => key === 'lang-15' || key === 'lang-24')).toBe(true);
  });

  it('gives someone who remembers a word or two from school lesson one, not a level test or native media', async () => {
    const en = await tap(
      'language',
      "enough Portuguese to chat with my son-in-law's parents at Christmas",
      "I'm 58. I took Portuguese at evening school years ago and all I remember is 'obrigado' and 'bom dia'. I drive to work an hour each way.",
      'en',
    );
    expect(en.keys).toContain('lang-zero-start');
    expect(en.keys).not.toContain('lang-15');
    expect(en.keys).not.toContain('lang-16');
    expect(en.keys).not.toContain('lang-19');
    const ru = await tap(
      'language',
      'испанский, чтобы поговорить с роднёй невестки на свадьбе',
      'Мне 55, в школе учил испанский, помню разве что «ола» и «грасиас». Свадьба в Мексике летом.',
      'ru',
    );
    expect(ru.keys).toContain('lang-zero-start');
    expect(ru.keys).not.toContain('lang-15');
    const near = await tap(
      'language',
      "enough Portuguese to chat with my son-in-law's parents at Christmas",
      "I'm 58. I took Portuguese at evening school and can still get through a simple chat. I drive to work an hour each way.",
      'en',
    );
    expect(near.keys).not.toContain('lang-zero-start');
  });
});
