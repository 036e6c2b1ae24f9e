import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

const none = (keys: string[], prefix: string) => keys.filter((key) => key.startsWith(prefix));
const SKILL_VIDEO = ['skill-03', 'skill-04', 'skill-05', 'skill-06', 'skill-07'];
const PROMOTION = ['car-prom-criteria', 'car-prom-evidence', 'car-prom-talk', 'car-prom-stretch', 'car-prom-update'];
const TRADING = ['biz-numbers', 'biz-ask-customers', 'biz-price-hour'];
const NOTES_AND_CHORDS = ['inst-01', 'inst-05', 'inst-05-open', 'inst-07', 'inst-09', 'inst-hand-lesson'];

describe('the thirty-eighth blind read, fixed in general (helper fix38X)', () => {
  it('learns a tractor on the machine beside someone who runs one, no riders — never a car instructor or a car park', async () => {
    const en = await tap(
      'skill',
      'Learn to run our compact tractor',
      "Just bought a little farm with a John Deere and a mower deck; I've never driven anything but a car.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['skill-tractor-teach', 'skill-tractor-rules']);
    expect(en.text).toMatch(/no riders/);
    expect(none(en.keys, 'skill-drive')).toEqual([]);
    const ru = await tap(
      'skill',
      'Научиться работать на мотоблоке',
      'Купили дом в деревне, в сарае мотоблок от прежних хозяев. Хочу сама пахать огород к маю.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-tractor-teach');
    expect(ru.keys).toContain('skill-tractor-field');
    expect(none(ru.keys, 'skill-risky')).toEqual([]);
    // A car stays a car.
    const near = await tap(
      'skill',
      'Learn to drive',
      "I'm 30 and never had a licence; my partner will sit with me.",
      'en',
      ['Just starting'],
    );
    expect(near.keys[0]).toBe('skill-drive-instructor');
    expect(none(near.keys, 'skill-tractor')).toEqual([]);
  });

  it("grooms one's own dog after the groomer shows it, body first — not the firearms rules, a helmet or a manicure", async () => {
    const en = await tap(
      'skill',
      'Groom my dog at home',
      "My cockapoo's coat mats every few weeks and the groomer is booked solid. I'm scared of cutting her skin.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-groom-show', 'skill-groom-used', 'skill-groom-setup']);
    expect(none(en.keys, 'skill-risky')).toEqual([]);
    expect(none(en.keys, 'skill-nails')).toEqual([]);
    const ru = await tap(
      'skill',
      'Научиться стричь свою собаку',
      'У меня шпиц, грумер дорогой, боюсь поранить уши машинкой.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-groom-show');
    expect(none(ru.keys, 'skill-risky')).toEqual([]);
    // A blade that can hurt the learner keeps the teacher-first net.
    const near = await tap(
      'skill',
      'Научиться метать ножи',
      'Боюсь пораниться, метаю пока только в доску в сарае.',
      'ru',
      ['Только начинаю'],
    );
    expect(near.keys[0]).toBe('skill-risky-teacher');
    expect(none(near.keys, 'skill-groom')).toEqual([]);
  });

  it('cares for someone bedridden with the nurse watching, the back spared and help found — no video practised on them', async () => {
    const en = await tap(
      'skill',
      'Learn to look after my bedridden mum',
      "Since her hip fracture she can't get up; I turn her and change her pads but she winces and my back aches.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['skill-carer-nurse', 'skill-carer-back']);
    for (const key of SKILL_VIDEO) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'skill',
      'Научиться ухаживать за лежачей бабушкой',
      'После перелома шейки бедра не встаёт, переворачивать её тяжело, боюсь пролежней.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-carer-nurse');
    expect(ru.keys).toContain('skill-carer-aids');
    for (const key of SKILL_VIDEO) expect(ru.keys).not.toContain(key);
    // A stroke of one's own, one hand to cook with: no carer's steps.
    const near = await tap(
      'skill',
      'Learn to cook one-handed',
      'After my stroke my left hand barely works and I want to make my own lunch again.',
      'en',
      ['Just starting'],
    );
    expect(none(near.keys, 'skill-carer')).toEqual([]);
  });

  it('gets rice right with one method, one small pot and two more this week — not three dinners or a feast', async () => {
    const en = await tap(
      'skill',
      'Make fluffy rice every time',
      "I live on my own and it's always stuck to the bottom of the pan.",
      'en',
      ['Getting rice', 'Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['skill-dish-recipe', 'skill-dish-cause', 'skill-staple-cook']);
    expect(en.keys).toContain('skill-staple-again');
    expect(en.keys).not.toContain('skill-dish-crowd');
    expect(none(en.keys, 'skill-cook-')).toEqual([]);
    const ru = await tap(
      'skill',
      'Научиться варить рассыпчатый рис',
      'Каждый раз получается каша, а гречка пригорает.',
      'ru',
      ['Научиться варить рис', 'Только начинаю'],
    );
    expect(ru.keys[0]).toBe('skill-dish-recipe');
    expect(ru.keys).toContain('skill-staple-cook');
    expect(ru.keys).not.toContain('skill-cook-plan');
    // Dinners in general keep the three beginner dinners.
    const near = await tap('skill', 'Learn to cook proper dinners', "I've never cooked beyond toast.", 'en', [
      'Just starting',
    ]);
    expect(near.keys[0]).toBe('skill-cook-plan');
    expect(none(near.keys, 'skill-staple')).toEqual([]);
  });

  it('moves a team leader into HR on the switching steps — no promotion in the current track', async () => {
    const en = await tap(
      'career',
      'Get a job in human resources',
      "I'm a shift team leader at a warehouse with a psychology degree I never used; I already handle rotas, absence and inductions, but every HR advert wants a qualification.",
      'en',
      ['Switching'],
    );
    expect(en.keys[0]).toBe('car-sw-ads');
    for (const key of PROMOTION) expect(en.keys).not.toContain(key);
    expect(none(en.keys, 'car-reg-')).toEqual([]);
    const ru = await tap(
      'career',
      'Перейти в отдел кадров',
      'Я старший смены в колл-центре, уже веду табели и обучаю новичков, но везде просят опыт кадровика.',
      'ru',
      ['Переход'],
    );
    expect(ru.keys[0]).toBe('car-sw-ads');
    for (const key of PROMOTION) expect(ru.keys).not.toContain(key);
    // A promotion to team leader still is one.
    const near = await tap(
      'career',
      'Get promoted to team leader',
      "My manager says I'm close but need more visibility.",
      'en',
      ['Getting a promotion'],
    );
    expect(near.keys[0]).toBe('car-prom-criteria');
  });

  it('explores options when AI takes the work away — no employer intake, medical check or certificate', async () => {
    const en = await tap(
      'career',
      'Work out what to do now translation work is drying up',
      "Clients have replaced us with AI for most jobs; I've translated German for 20 years and know legal terms inside out.",
      'en',
    );
    expect(en.keys[0]).toBe('car-ch-skills');
    expect(none(en.keys, 'car-route')).toEqual([]);
    const ru = await tap(
      'career',
      'Понять, куда уходить из копирайтинга',
      'Заказчики заменяют нас нейросетью, заказов почти не осталось, пишу тексты 12 лет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('car-ch-skills');
    expect(none(ru.keys, 'car-route')).toEqual([]);
    // "The medical" of a line of work is no medical check.
    const coding = await tap(
      'career',
      'Find new work as the medical coding gets automated',
      "I've coded insurance claims from home for 14 years and my hours keep being cut.",
      'en',
    );
    expect(coding.keys[0]).toBe('car-ch-skills');
    expect(none(coding.keys, 'car-route')).toEqual([]);
    // The medical check itself still names the way into a chosen job.
    const near = await tap(
      'career',
      'Become a train driver',
      'Where do I apply, and did failing the medical five years ago rule me out?',
      'en',
    );
    expect(near.keys[0]).toBe('car-route-reqs');
    expect(none(near.keys, 'car-ch-')).toEqual([]);
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
    expect(none(en.keys, 'write-ch-')).toEqual([]);
    for (const key of ['write-serial-arc', 'write-serial-chapter']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'writing',
      'Выкладывать роман по главе на Литнет',
      'Черновик уже готов, триста страниц, боюсь бросить на середине.',
      'ru',
      ['Выкладывать'],
    );
    expect(ru.keys[0]).toBe('write-serial-split');
    expect(none(ru.keys, 'write-ch-')).toEqual([]);
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
    expect(none(ru.keys, 'write-memo-')).toEqual([]);
    const en = await tap(
      'writing',
      'Turn my notebooks into a novel',
      "I've filled notebooks with scenes from my grandfather's fishing village, but it's bits and pieces. I want it as fiction, not a memoir.",
      'en',
    );
    expect(en.keys[0]).toBe('write-pieces-list');
    expect(none(en.keys, 'write-memo-')).toEqual([]);
    // Fiction about a family's past, said not to be a memoir, gets no memoir timeline either.
    const fiction = await tap(
      'writing',
      "Write a novel set in my grandmother's village",
      "I want it as fiction, not a memoir. I've never written a book before.",
      'en',
      ['Just starting'],
    );
    expect(none(fiction.keys, 'write-mem')).toEqual([]);
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
    expect(none(notes.keys, 'write-pieces')).toEqual([]);
    // A relative's life story keeps the memoir steps.
    const near = await tap(
      'writing',
      "Write my mother's life story",
      "She's 90 and I want to record her memories before it's too late.",
      'en',
      ['Just starting', 'A memoir'],
    );
    expect(near.keys).toContain('write-memo-list');
    expect(none(near.keys, 'write-pieces')).toEqual([]);
  });

  it('reads a book in a named language from a graded step — not the books once loved; a restart fits its time', async () => {
    const en = await tap(
      'reading',
      'Read a novel in Dutch this year',
      'I did Dutch at school ages ago and hated it.',
      'en',
      ['Coming back', 'A book in a language'],
    );
    expect(en.keys[0]).toBe('read-level-graded');
    expect(en.keys).not.toContain('read-return');
    const ru = await tap(
      'reading',
      'Прочитать книгу на казахском',
      'В школе учила, но с тех пор не читала ничего.',
      'ru',
      ['Возвращаюсь', 'Книга на изучаемом'],
    );
    expect(ru.keys[0]).toBe('read-level-graded');
    expect(ru.keys).not.toContain('read-return');
    // Even with "None of these", a book in a named language is no return to the books once loved.
    const welsh = await tap(
      'reading',
      'Read one book in Welsh this year',
      'Last time was at school and I hated it.',
      'en',
      ['Coming back'],
    );
    expect(welsh.keys).not.toContain('read-return');
    // Coming back to reading in one's own language keeps the books once loved.
    const near = await tap(
      'reading',
      'Get back into reading',
      'I used to read a lot before the kids came along.',
      'en',
      ['Coming back'],
    );
    expect(near.keys[0]).toBe('read-return');
    const restart = await tap('reading', 'Дочитать «Анну Каренину»', 'Бросила на середине два года назад.', 'ru', [
      'Вернуться к брошенной',
      'Возвращаюсь',
    ]);
    expect(restart.keys[0]).toBe('read-book-restart');
    expect(restart.texts[0]).toMatch(/следующие 10 страниц/);
    expect(restart.minutes[0]).toBe(30);
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
    expect(none(near.keys, 'lang-dial')).toEqual([]);
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

  it('reads things made only for oneself and family as not selling yet — no last month or existing customers', async () => {
    const ru = await tap(
      'business',
      'Продавать деревянные разделочные доски',
      'Уже сделал несколько досок себе и родным, все хвалят. Хочу продавать через соцсети.',
      'ru',
      ['Бизнес ещё не открыт'],
    );
    for (const key of TRADING) expect(ru.keys).not.toContain(key);
    expect(ru.keys[0]).toBe('biz-offer');
    const en = await tap(
      'business',
      'Sell my leather wallets online',
      "I've already made a dozen, but only for family and friends so far.",
      'en',
      ['A business not started'],
    );
    for (const key of TRADING) expect(en.keys).not.toContain(key);
    // A shop that has been selling for years keeps its numbers.
    const near = await tap(
      'business',
      'Grow my candle shop',
      "We've sold at markets for two years; sales are flat.",
      'en',
    );
    expect(near.keys).toContain('biz-numbers');
  });

  it('learns the bodhrán with the tipper, the reel and the jig — no tuner, notes or chords, nor a piece a step up', async () => {
    const en = await tap(
      'instrument',
      'Learn to play the bodhran',
      "Got one as a present; I've never played a drum.",
      'en',
    );
    expect(en.keys).toContain('inst-stick-lesson');
    expect(en.keys).toContain('inst-stick-rhythms');
    for (const key of NOTES_AND_CHORDS) expect(en.keys).not.toContain(key);
    const ru = await tap('instrument', 'Научиться играть на бойране', 'Купил в Ирландии, пока висит на стене.', 'ru', [
      'Только начинаю',
    ]);
    expect(ru.keys).toContain('inst-stick-lesson');
    expect(ru.text).toMatch(/бойран/);
    for (const key of NOTES_AND_CHORDS) expect(ru.keys).not.toContain(key);
    // Months of only listening at a session is no playing: the level is asked, and the session's ways come in.
    const session = await tap(
      'instrument',
      'Join in on bodhrán at the Thursday trad session',
      "I've been going for months, just listening.",
      'en',
      ['Just starting'],
    );
    expect(session.keys).toContain('inst-session-ask');
    for (const key of ['inst-record-self', 'inst-06', 'inst-08']) expect(session.keys).not.toContain(key);
    // A djembe keeps the hands' bass and tone.
    const near = await tap('instrument', 'Learn the djembe', 'Never played any drum.', 'en');
    expect(near.keys).toContain('inst-hand-lesson');
    expect(none(near.keys, 'inst-stick')).toEqual([]);
  });

  it('names the panduri or chonguri in the title, not the guitar the description remembers', async () => {
    const ru = await tap(
      'instrument',
      'Научиться играть на чонгури',
      'В детстве немного бренчал на гитаре, ноты не знаю.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.text).toMatch(/чонгури/);
    expect(ru.text).not.toMatch(/гитар/);
    const en = await tap('instrument', 'Learn the panduri', 'I strummed a guitar as a teenager.', 'en', [
      'Just starting',
    ]);
    expect(en.text).toMatch(/panduri/);
    expect(en.text).not.toMatch(/guitar/);
    // A guitar in the title stays a guitar.
    const near = await tap('instrument', 'Learn guitar', 'Never played anything.', 'en');
    expect(near.text).toMatch(/guitar/);
  });

  it('records birdsong with a recorder, a windshield and one dawn — no photo of every piece or an unfinished one', async () => {
    const en = await tap(
      'creative',
      'Record the birdsong in our woods',
      "I'd like a soundscape for the school's open day; I've only got my phone.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['cre-field-kit', 'cre-field-test']);
    for (const key of ['cre-03', 'cre-16', 'cre-music-first']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Записать пение птиц на рассвете',
      'Хочу сделать звуковой пейзаж нашего озера, в технике не понимаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-field-kit');
    expect(ru.keys).toContain('cre-field-dawn');
    // A beat on a laptop keeps the music steps.
    const near = await tap('creative', 'Produce my first track', 'I want to make lo-fi beats on my laptop.', 'en', [
      'Just starting',
    ]);
    expect(near.keys[0]).toBe('cre-music-kit');
    expect(none(near.keys, 'cre-field')).toEqual([]);
  });

  it('shoots the night sky from the camera settings, the cold and a test night — before any contest frames', async () => {
    const en = await tap(
      'creative',
      'Photograph the northern lights',
      "I live in Tromsø, have a secondhand Nikon and a tripod but no idea about settings; it's minus 20 at night.",
      'en',
    );
    expect(en.keys.slice(0, 2)).toEqual(['cre-night-settings', 'cre-night-cold']);
    const ru = await tap(
      'creative',
      'Снять северное сияние для фотоконкурса',
      'Купила старый фотоаппарат и штатив, но не понимаю, что там крутить.',
      'ru',
      ['Участие в фотоконкурсе'],
    );
    expect(ru.keys[0]).toBe('cre-night-settings');
    for (const key of ['cre-contest-cull', 'cre-contest-session']) expect(ru.keys).not.toContain(key);
    // A contest of birds by day keeps the frames to cull and the session for the fault.
    const near = await tap(
      'creative',
      'Отправить фото на фотоконкурс',
      'Снимаю птиц третий год, хочу подать серию на областной фотоконкурс.',
      'ru',
      ['Участие в фотоконкурсе'],
    );
    expect(near.keys).toContain('cre-contest-cull');
    expect(none(near.keys, 'cre-night')).toEqual([]);
    // The Milky Way on the phone one keeps is a phone photo.
    const phone = await tap(
      'creative',
      'Shoot the Milky Way on my phone',
      "We're camping in the desert in May; I only have my phone and no money for a camera.",
      'en',
      ['Better photos on a phone'],
    );
    expect(none(phone.keys, 'cre-night')).toEqual([]);
  });

  it("prepares a drawing entrance exam from the school's task and top works — no timed test or booking a place", async () => {
    const ru = await tap(
      'exam',
      'Сдать вступительные по рисунку в художественное училище',
      'Экзамен в июне: гипсовая голова и натюрморт, рисую с детства.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['exam-art-reqs', 'exam-art-long']);
    for (const key of ['exam-book', 'exam-practice', 'exam-official']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'exam',
      'Pass the drawing exam for art college',
      'They set a still life and a plaster cast, three hours each.',
      'en',
    );
    expect(en.keys[0]).toBe('exam-art-reqs');
    expect(en.keys).not.toContain('exam-practice');
    // Solfeggio at a music college keeps its own steps.
    const near = await tap(
      'exam',
      'Сдать сольфеджио на вступительных в колледж',
      'Поступаю на фортепиано, диктанты пишу плохо.',
      'ru',
      ['Сольфеджио'],
    );
    expect(near.keys[0]).toBe('exam-aural-reqs');
    expect(none(near.keys, 'exam-art')).toEqual([]);
  });
});
