import { describe, expect, it } from 'vitest';
import { talkWith, tapping } from '../../../../test/factories/converse.js';
import { baseKeys, coach, firstFive, pack, tap, withPrefix } from '../../../../test/factories/offline-cases.js';

// Goals of the fitness kind (content/goals/types/fitness.yaml), walked through the offline coach as a person would:
// the situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a
// new case goes: docs/coach.md.
const RESTART = ['fit-23', 'fit-24', 'fit-14', 'fit-short-first', 'fit-04', 'fit-17'];

/** The keys of a kind's steps that match a test (vigorous, reflective…). */
const keysOf = (kind: string, test: (step: (typeof pack.types)[number]['steps'][number]) => boolean) =>
  new Set(
    pack.types
      .find((type) => type.id === kind)!
      .steps.filter(test)
      .map((step) => step.key),
  );

const CARE = ['skill-care-ask', 'skill-care-leaflet', 'skill-care-kit', 'skill-care-first', 'skill-care-log'];

const steps = async (...args: Parameters<typeof tap>) => baseKeys((await tap(...args)).keys);

describe("harmful steps named in a fitness goal lead its path, and near misses keep the kind's own steps", () => {
  it('takes the plan to the doctor for a medicine or condition that changes what is safe — no fasting, no restart at half', async () => {
    const en = await tap(
      'fitness',
      'Lose two stone by the autumn',
      "I'm 52 and take metformin for my sugar. My plan is to skip breakfast, eat one meal a day and run before work like I did at uni.",
      'en',
      ['None'],
    );
    // `fit-med-plan` books the visit itself, so `fit-02` no longer comes before it (read 45b: two doctor's steps).
    expect(en.keys.slice(0, 3)).toEqual(['fit-med-plan', 'fit-med-log', 'fit-med-meals']);
    for (const key of RESTART) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'fitness',
      'Привести себя в форму к отпуску',
      'Мне 44, колю инсулин. Хочу голодать до обеда и бегать по утрам на голодный желудок, в юности бегала кроссы.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('fit-med-plan');
    expect(ru.keys).toContain('fit-med-meals');
    for (const key of RESTART) expect(ru.keys).not.toContain(key);
    // Blood-pressure pills: the doctor and the log, no walk "today" before the answer, and a gym too far is no gym.
    const bp = await tap(
      'fitness',
      'Сбросить вес, чтобы спина не болела на огороде',
      'Мне 60, вес 98. Гипертония, таблетки от давления пью через раз. В зал ездить некуда.',
      'ru',
      ['Ничего'],
    );
    // Tablets taken "every other time" are a danger named in passing: its steps lead, then the plan.
    expect(bp.keys.slice(0, 2)).toEqual(['hz-bpstop-doctor', 'hz-bpstop-readings']);
    // the hazard's doctor and readings are that visit and that log — no second and third doctor's step (blind read 46b).
    expect(bp.keys).not.toContain('fit-med-plan');
    expect(bp.keys).not.toContain('fit-med-log');
    expect(bp.keys).not.toContain('fit-med-meals');
    expect(bp.keys).not.toContain('fit-14');
    expect(bp.keys).not.toContain('fit-gym-pick');
    // Already training: no general check, the plan for the doctor leads and no hard session comes before the answer.
    const active = await tap(
      'fitness',
      'Get leaner for the summer',
      'I lift three times a week and want to add fasted cardio. I have type 1 diabetes.',
      'en',
      ['None'],
    );
    expect(active.keys[0]).toBe('fit-med-plan');
    for (const key of ['fit-16', 'fit-18', 'fit-21']) expect(active.keys).not.toContain(key);
    // No medicine, no fasting: the ordinary check and weight steps, and "lose weight fast" is no fast.
    const near = await tap('fitness', 'Lose weight fast for a wedding', "I'm 34 and sit at a desk all day.", 'en', [
      'Just starting',
      'Losing weight',
    ]);
    expect(near.keys).toContain('fit-02');
    expect(near.keys.filter((key) => key.startsWith('fit-med'))).toEqual([]);
  });

  it('drops fitness’s own doctor’s visit when the blood-pressure tablets taken now and then lead', async () => {
    const en = await tap(
      'fitness',
      'start walking so I can climb the stairs without puffing',
      "I'm 66 and overweight. I take my blood pressure tablets only when I remember.",
    );
    expect(en.keys[0]).toBe('hz-bpstop-doctor');
    expect(en.keys).not.toContain('fit-med-plan');
  });

  it('names no other country’s emergency number in the pregnancy warning signs', async () => {
    const result = await tap(
      'fitness',
      'keep doing yoga while pregnant',
      "I'm 18 weeks pregnant in Perth and had some spotting last week.",
      'en',
      ['Exercise during pregnancy'],
    );
    expect(result.keys).toContain('hz-pregsign-now');
    expect(result.texts.join(' ')).not.toMatch(/999|911/);
  });

  it('reads a hernia operation, and after it no second general check or general strength routine', async () => {
    const en = await tap(
      'fitness',
      'back to the building site',
      'Six weeks since my hernia op. I lay bricks for a living and want to be ready to lift again.',
      'en',
      ['Just starting', 'Getting active after an operation'],
    );
    expect(en.keys).toContain('fit-op-clear');
    expect(en.keys).not.toContain('fit-02');
    expect(en.keys).not.toContain('fit-14');
    // Declining the operation button: the hazard's ask leads, and neither the routine check nor a home routine follows.
    const declined = await tap(
      'fitness',
      'back to the building site',
      'Six weeks since my hernia operation. I lay bricks for a living and want to get back to training for it.',
      'en',
      ['Just starting'],
    );
    expect(declined.keys).toContain('hz-op-ask');
    expect(declined.keys).not.toContain('fit-02');
    expect(declined.keys).not.toContain('fit-04');
    const ru = await tap(
      'fitness',
      'вернуться на стройку',
      'Месяц назад удалили грыжу, работаю каменщиком, хочу снова поднимать тяжести.',
      'ru',
      ['Только начинаю', 'Восстановление после операции'],
    );
    expect(ru.keys).toContain('fit-op-clear');
    expect(ru.keys).not.toContain('fit-02');
    // A hernia with no operation: no operation steps.
    const near = await tap(
      'fitness',
      'fit for the building site',
      'I have a small hernia the GP is keeping an eye on, and I lay bricks for a living.',
      'en',
      ['Just starting'],
    );
    expect(near.keys).not.toContain('fit-op-clear');
    expect(near.keys).not.toContain('hz-op-ask');
  });

  it('after falls with a walking aid, the falls check is the only doctor step', async () => {
    const en = await tap(
      'fitness',
      'get steadier on my feet',
      "I'm 81, I use a walking frame and I've had two tumbles in the kitchen this winter.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('hz-fall-check');
    expect(en.keys).not.toContain('fit-02');
    expect(en.keys).not.toContain('fit-mend-ask');
    const ru = await tap('fitness', 'перестать падать', 'Мне 80, хожу с тростью, за зиму два раза упала дома.', 'ru', [
      'Только начинаю',
    ]);
    expect(ru.keys).toContain('hz-fall-check');
    expect(ru.keys).not.toContain('fit-02');
    expect(ru.keys).not.toContain('fit-mend-ask');
    // A stick and no fall: the ask about the walking aid stays.
    const near = await tap(
      'fitness',
      'walk round the park every day',
      "I'm 80 and use a walking stick; I'd like to get round the park without sitting down.",
      'en',
      ['Just starting'],
    );
    expect(near.keys).not.toContain('hz-fall-check');
    expect(near.keys).toContain('fit-mend-ask');
  });
});

describe('fitness: the situation named and the steps it brings', () => {
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

  describe('a health check only where the goal gives a reason, never dropped where one is given', () => {
    it('drops "see a doctor if you have a condition" for a young person who named none', async () => {
      const gym = await firstFive(
        'fitness',
        'Actually use my gym membership',
        "I'm 24 and signed up to PureGym in January. I've been twice and just walked on the treadmill, because I don't know how the machines work.",
      );
      expect(gym.keys).not.toContain('fit-02');
      expect(gym.keys).not.toContain('fit-gym-pick');
      const home = await firstFive(
        'fitness',
        'Начать заниматься дома с гантелями',
        'Гантели по 3 кг и коврик купила ещё в январе, так и лежат под кроватью. Двое детей, свободна только после девяти вечера.',
        'ru',
      );
      expect(home.keys).not.toContain('fit-02');
    });

    it.each([
      ['en', 'Start going to the gym', "I'm 58 and want to get stronger for my grandchildren."],
      ['en', 'Start going to the gym', 'I have asthma and want to get fitter this year.'],
      ['en', 'Start going to the gym', 'I used to train, but I stopped ten years ago and feel it now.'],
      ['en', 'Start running', ''],
      ['ru', 'Начать заниматься в зале', 'Мне 63, хочу быть крепче и меньше уставать на даче.'],
      ['ru', 'Начать заниматься в зале', 'У меня диабет второго типа, врач советует двигаться больше.'],
      ['ru', 'Начать заниматься в зале', 'Пью таблетки от давления, хочу окрепнуть к лету.'],
    ] as const)('keeps the check (%s) for "%s": %s', async (locale, title, description) => {
      const steps = await firstFive('fitness', title, description, locale);
      // with medicines or a condition named, `fit-med-plan` is the check (it books the visit itself).
      expect(steps.keys.some((key) => key === 'fit-02' || key === 'fit-med-plan')).toBe(true);
    });
  });

  it('gives exercise after an operation a clearance first, and a pool habit pool steps — no back routine', async () => {
    const en = await firstFive(
      'fitness',
      'Get fit again after my operation',
      'Had keyhole surgery on my gallbladder six weeks ago and want to get back to running.',
    );
    expect(en.keys[0]).toBe('fit-op-clear');
    expect(en.keys.some((key) => key.startsWith('fit-back-'))).toBe(false);
    expect(en.keys).not.toContain('fit-02');
    const hernia = await firstFive(
      'fitness',
      'Вернуться в зал после операции',
      'Два месяца назад прооперировали паховую грыжу, хирург разрешил лёгкие нагрузки.',
      'ru',
    );
    expect(hernia.keys[0]).toBe('fit-op-clear');
    expect(hernia.text).not.toMatch(/спин/);
    const pool = await firstFive(
      'fitness',
      'Плавать в бассейне дважды в неделю',
      'Поясница ноет от сидячей работы, невролог сказал плавать. Купила абонемент и хожу раз в месяц.',
      'ru',
    );
    expect(pool.keys[0]).toBe('fit-pool-slots');
    expect(pool.keys.some((key) => key.startsWith('fit-back-'))).toBe(false);
    const lanes = await firstFive('fitness', 'Swim twice a week', 'I have a pool pass and never go.');
    expect(lanes.keys).toContain('fit-pool-bag');
  });

  it('takes "no gym" in either word order, a school-age child as the reader, and someone who never wrote', async () => {
    const ru = await firstFive('fitness', 'Сбросить вес', 'Вес 120, в спортзал не пойду — стесняюсь и некогда.', 'ru');
    expect(ru.keys.some((key) => key.startsWith('fit-gym-'))).toBe(false);
    const en = await firstFive('fitness', 'Get stronger legs', "I won't go to a gym, ever.");
    expect(en.keys.some((key) => key.startsWith('fit-gym-'))).toBe(false);
    const child = await firstFive(
      'reading',
      'Чтобы дочь-третьеклассница читала сама',
      'Открывает книгу только из-под палки.',
      'ru',
    );
    expect(child.keys[0]).toMatch(/^read-kids-/);
    const writer = await firstFive(
      'writing',
      'Написать повесть о деревне',
      'Писать я не умею, только отчёты на работе.',
      'ru',
    );
    expect(writer.keys).not.toContain('write-ret-old');
  });

  it('gives Nordic walking its poles, technique and group steps, not chair and floor drills; older strength keeps them', async () => {
    const ru = await firstFive(
      'fitness',
      'Начать заниматься скандинавской ходьбой',
      'Мне 63, на пенсии, в парке собирается группа, но стесняюсь.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fit-nordic-poles', 'fit-nordic-group']));
    expect(ru.keys.some((key) => key.startsWith('fit-older-'))).toBe(false);
    const en = await firstFive('fitness', 'Start Nordic walking', "I'm 70 and retired; my daughter gave me poles.");
    expect(en.keys).toContain('fit-nordic-poles');
    const older = await firstFive(
      'fitness',
      'Stay strong for the grandkids',
      'I am retired and want to get off the floor.',
    );
    expect(older.keys).toContain('fit-older-chair');
  });

  it('gives a gym member who feels watched the quiet hours and no walk', async () => {
    const en = await firstFive(
      'fitness',
      'Start going to the gym',
      'I joined in March but feel like everyone is watching me, so I never go.',
    );
    expect(en.keys).toContain('fit-watched-quiet');
    expect(en.keys).not.toContain('fit-14');
  });

  it('gives no walk when walking hurts, and keeps the walk for a walking goal', async () => {
    const en = await firstFive(
      'fitness',
      'Lose three stone before my knee replacement',
      'Walking hurts, so I cannot just go for a run.',
    );
    expect(en.keys.some((key) => key === 'fit-14' || key.startsWith('fit-walk-'))).toBe(false);
    const ru = await firstFive(
      'fitness',
      'Похудеть к операции',
      'Ходить больно, артроз, врач сказал сбросить 10 кг.',
      'ru',
    );
    expect(ru.keys.some((key) => key === 'fit-14' || key.startsWith('fit-walk-'))).toBe(false);
    const walk = await firstFive('fitness', 'Walk more every day', 'I sit all day.');
    expect(walk.keys.some((key) => key.startsWith('fit-walk-'))).toBe(true);
  });

  it('gives push-ups no "lay out clothes and a water bottle" for a home set', async () => {
    const en = await firstFive('fitness', 'Do 10 proper push-ups', 'I can do two on my knees.');
    expect(en.keys).not.toContain('fit-03');
    const ru = await firstFive('fitness', 'Научиться отжиматься 20 раз', 'Сейчас могу три раза.', 'ru');
    expect(ru.keys).not.toContain('fit-03');
  });

  it('reads "can\'t afford a gym" as training without a gym', async () => {
    const en = await firstFive(
      'fitness',
      'Get stronger at home',
      "We can't afford a gym, so I want to train in the living room three times a week.",
    );
    expect(en.text).not.toMatch(/induction|gym you'll actually get to/i);
    const ru = await firstFive('fitness', 'Накачать ноги', 'Нет денег на зал, буду заниматься сама.', 'ru');
    expect(ru.text).not.toMatch(/пробное занятие в зале|инструктаж/i);
  });

  it('gives an outdoor gym in a yard its own steps, behind the health check, and no "ask the staff"', async () => {
    const ru = await firstFive(
      'fitness',
      'Заниматься на уличной площадке в парке',
      'Мне 45, давно ничего не делала, стесняюсь, хочу попробовать тренажёры в парке у дома.',
      'ru',
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fit-outdoor-look', 'fit-outdoor-quiet']));
    expect(ru.keys).not.toContain('fit-watched-quiet');
    expect(ru.keys.some((key) => key.startsWith('fit-gym-'))).toBe(false);
    const en = await firstFive(
      'fitness',
      'Start using the outdoor gym in the park',
      "I'm 50 and have never exercised.",
    );
    expect(en.keys[0]).toBe('fit-02');
    expect(en.keys).toContain('fit-outdoor-first');
  });

  it('gives sitting on the floor for a long time a floor practice, not walks and kit by the door', async () => {
    const en = await firstFive(
      'fitness',
      "Sit cross-legged through my daughter's wedding ceremony",
      "The ceremony will be about two hours on the floor and right now my hips and knees give out after ten minutes. I'm 61, haven't exercised in years.",
    );
    expect(en.keys[0]).toBe('fit-02');
    expect(en.keys).toContain('fit-floor-hips');
    expect(en.keys).not.toContain('fit-14');
    const ru = await firstFive(
      'fitness',
      'Научиться сидеть по-турецки на медитации',
      'Через пять минут затекают ноги и болят колени, занятия в группе по часу.',
      'ru',
    );
    expect(ru.keys.filter((key) => key.startsWith('fit-floor-')).length).toBeGreaterThanOrEqual(3);
  });

  it('gives walking to work a walking start, not diet, weigh-ins or a lunchtime loop', async () => {
    const ru = await firstFive(
      'fitness',
      'Начать ходить на работу пешком, 4 км в одну сторону',
      'Мне 44, работаю в офисе, спорта не было лет десять, есть лишний вес. К середине пути начинает болеть голень.',
      'ru',
    );
    expect(ru.keys).toContain('fit-walkc-part');
    expect(ru.keys).toContain('fit-walkc-pain');
    expect(ru.text).not.toMatch(/тарелк|сладкий напиток|вес в одно/);
    expect(ru.keys.some((key) => key.startsWith('fit-work-'))).toBe(false);
    const en = await firstFive(
      'fitness',
      'Walk to work instead of taking the bus',
      "It's about 3 miles; I'm overweight and want to lose a stone along the way.",
    );
    expect(en.keys).toContain('fit-walkc-part');
    // Control: weight loss without a commute keeps its own steps.
    const control = await firstFive('fitness', 'Lose weight', 'I want to lose a stone by summer.');
    expect(control.keys.some((key) => key.startsWith('fit-walkc-'))).toBe(false);
  });

  it('gives a driver stretches at the stops and a seat set-up — not a home routine, gym sessions or the desk', async () => {
    const ru = await firstFive(
      'fitness',
      'Размять спину и шею, сидя по 12 часов за рулём такси',
      'Работаю в такси в Казани, к вечеру шею не повернуть. Времени только на стоянках между заказами, минут по десять.',
      'ru',
    );
    expect(ru.keys).toContain('fit-drive-stop');
    expect(ru.keys).toContain('fit-drive-seat');
    for (const key of ['fit-04', 'fit-03', 'fit-06', 'fit-posture-desk']) expect(ru.keys).not.toContain(key);
    expect(ru.text).toMatch(/стоянк/);
    const en = await firstFive(
      'fitness',
      'Loosen up my neck and back as a lorry driver',
      'I drive ten hours a day and my shoulders are stiff; I only get short breaks at services.',
    );
    expect(en.keys).toContain('fit-drive-stop');
    expect(en.keys).not.toContain('fit-posture-desk');
    const desk = await firstFive('fitness', 'Fix my posture', 'I slouch at my desk all day and my neck hurts.');
    expect(desk.keys).toContain('fit-posture-desk');
    expect(desk.keys.some((key) => key.startsWith('fit-drive'))).toBe(false);
  });

  it('gives an unused exercise bike and a two-week try long ago a gentle first ride, not "halve what you did"', async () => {
    const ru = await firstFive(
      'fitness',
      'Начать заниматься на велотренажёре, который пылится на балконе',
      'Купили его три года назад, я тогда позанималась две недели и бросила. Вес 96 кг, колени иногда побаливают, хочу хотя бы три раза в неделю по вечерам.',
      'ru',
    );
    expect(ru.keys).toContain('fit-machine-ready');
    expect(ru.keys).toContain('fit-machine-first');
    expect(ru.keys).not.toContain('fit-23');
    expect(ru.keys).not.toContain('fit-24');
    expect(ru.text).not.toMatch(/пополам|вполовину/);
    const en = await firstFive(
      'fitness',
      'Start using the exercise bike in the spare room',
      'I rode it for two weeks and gave up last year.',
    );
    expect(en.keys).toContain('fit-machine-first');
    expect(en.keys).not.toContain('fit-23');
    const ran = await firstFive(
      'fitness',
      'Get into running',
      'I tried it for two weeks and gave up last year; I want three runs a week.',
    );
    expect(ran.keys).toContain('fit-short-first');
    expect(ran.keys).not.toContain('fit-24');
    // Someone who trained for years and stopped still restarts at half of what they did.
    const back = await firstFive(
      'fitness',
      'Get back into home workouts',
      'I used to work out three times a week for two years, then stopped a year ago.',
    );
    expect(back.keys).toContain('fit-23');
  });

  it('gives a knee that aches in a lift a check, a log and a pain-free range — no weekly load or baseline test', async () => {
    const en = await firstFive(
      'fitness',
      'Squat without my left knee aching',
      "I've been going to PureGym for about a year, mostly on the machines, and want to start barbell squats. Anything below parallel and my left knee aches for a day.",
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'fit-knee-check',
      'fit-knee-lift-log',
      'fit-knee-lift-range',
      'fit-knee-lift-coach',
    ]);
    expect(en.keys).not.toContain('fit-16');
    expect(en.keys).not.toContain('fit-17');
    expect(en.text).not.toMatch(/push-ups|10% more/i);
    const ru = await firstFive(
      'fitness',
      'Приседать со штангой без боли в колене',
      'Хожу в зал второй год, при глубоком приседе ноет правое колено.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fit-knee-check');
    expect(ru.text).not.toMatch(/отжимани/);
    // A beginner with bad knees keeps the gentle path.
    const beginner = await firstFive('fitness', 'Get in shape', "I haven't exercised in years and I have a bad knee.");
    expect(beginner.keys).toContain('fit-knee-low');
    expect(beginner.keys).not.toContain('fit-knee-lift-range');
  });

  it('gives an untrained parent who wants to play with a child a fresh start and play in rounds — not "restart at half"', async () => {
    const ru = await firstFive(
      'fitness',
      'Набрать форму, чтобы гонять с сыном мяч во дворе',
      'Сыну девять, он просит поиграть, а я через пять минут стою согнувшись. Мне 41, сижу в офисе, курить бросил год назад, спортом не занимался со школы.',
      'ru',
    );
    expect(ru.keys).not.toContain('fit-23');
    expect(ru.keys).not.toContain('fit-24');
    expect(ru.keys).toContain('fit-short-first');
    expect(ru.keys).toContain('fit-kids-play');
    expect(ru.text).not.toMatch(/вполовину от прежнего/);
    const en = await firstFive(
      'fitness',
      'Get fit enough to play football with my son',
      "I'm 44, haven't done any sport since school and I'm out of breath in five minutes.",
    );
    expect(en.keys).toContain('fit-kids-play');
    expect(en.keys).not.toContain('fit-24');
    // Someone who really is coming back keeps the restart at half.
    const back = await firstFive('fitness', 'Вернуться в форму', 'Раньше бегал по 10 км, бросил год назад.', 'ru');
    expect(back.keys).toContain('fit-23');
    expect(back.keys).not.toContain('fit-kids-play');
  });

  it('gives a driver who has never been to a gym the gym start — not a restart at half or a car stretch', async () => {
    const en = await firstFive(
      'fitness',
      'Start going to the gym at 55',
      "I'm a bus driver and I've never set foot in a gym. My GP says my blood pressure is borderline.",
    );
    expect(en.keys[0]).toBe('fit-02');
    expect(en.keys).toContain('fit-gym-first');
    expect(en.keys).not.toContain('fit-23');
    expect(en.keys).not.toContain('fit-drive-stop');
    const ru = await firstFive(
      'fitness',
      'Начать ходить в тренажёрный зал',
      'Работаю водителем автобуса, никогда не был в зале, мне 50 лет.',
      'ru',
    );
    expect(ru.keys).not.toContain('fit-23');
    expect(ru.keys).not.toContain('fit-drive-seat');
    // A driver with no gym in the goal keeps the driver's steps.
    const driver = await firstFive(
      'fitness',
      'Feel less stiff as a taxi driver',
      'I sit at the wheel ten hours a day.',
    );
    expect(driver.keys).toContain('fit-drive-stop');
  });

  it('keeps a walking goal to walking, and an untrained person shy of being seen with no gym at home', async () => {
    const en = await firstFive('fitness', 'Walk more every day', 'I sit in the car all day, about 3,000 steps.');
    expect(en.keys).toContain('fit-walk-add');
    expect(en.keys).not.toContain('fit-04');
    const ru = await firstFive('fitness', 'Больше ходить пешком', 'Везде езжу на машине, шагов совсем мало.', 'ru');
    expect(ru.keys).not.toContain('fit-04');
    const shy = await firstFive(
      'fitness',
      'Сбросить лишний вес к лету',
      'Никогда не занималась спортом, стесняюсь заниматься при людях, денег на зал нет.',
      'ru',
    );
    expect(shy.keys).toContain('fit-watched-home');
    expect(shy.keys).not.toContain('fit-watched-quiet');
    const shyEn = await firstFive(
      'fitness',
      'Get fitter this year',
      "I feel everyone is watching me when I exercise, and there's no money for a gym.",
    );
    expect(shyEn.keys).toContain('fit-watched-home');
    expect(shyEn.keys).not.toContain('fit-watched-quiet');
    // Someone shy in the gym they already go to keeps the quiet-hours step.
    const gym = await firstFive('fitness', 'Go to the gym without feeling watched', 'Everyone is watching me there.');
    expect(gym.keys).toContain('fit-watched-quiet');
  });

  it('gives walking on a prosthetic leg the prosthetist, the skin check and slopes — not a gentle flat walk', async () => {
    const en = await firstFive(
      'fitness',
      'Walk up hills again on my prosthetic leg',
      'Below-knee amputee since an accident. Flat pavements are fine now, hills and gravel are not.',
    );
    expect(en.keys[0]).toBe('fit-limb-plan');
    expect(en.keys).toContain('fit-limb-skin');
    expect(en.keys).toContain('fit-limb-slope');
    expect(en.keys).not.toContain('fit-14');
    expect(en.keys).not.toContain('fit-04');
    expect(en.keys).not.toContain('fit-23');
    const ru = await firstFive(
      'fitness',
      'Ходить в походы на протезе',
      'После ампутации ниже колена хожу по городу спокойно, а в горку быстро выдыхаюсь.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fit-limb-plan');
    expect(ru.keys).toContain('fit-limb-slope');
    expect(ru.keys).not.toContain('fit-14');
    expect(ru.keys).not.toContain('fit-knee-check');
    // A bad knee with no prosthesis keeps the knee steps.
    const knee = await firstFive('fitness', 'Get in shape', 'My left knee aches on stairs.');
    expect(knee.keys).not.toContain('fit-limb-plan');
    expect(knee.keys).toContain('fit-knee-check');
  });

  it('gives gaining weight and muscle more food and bodyweight strength — not a gentle walk or a weight-loss plate', async () => {
    const ru = await firstFive(
      'fitness',
      'Поправиться и нарастить мышцы',
      'Я очень худой, 60 кг при росте 180. Живу в общежитии, на спортзал денег нет.',
      'ru',
    );
    expect(ru.keys).toContain('fit-gain-meal');
    expect(ru.keys).toContain('fit-gain-strength');
    expect(ru.keys).not.toContain('fit-14');
    expect(ru.keys).not.toContain('fit-weight-plate');
    const en = await firstFive('fitness', 'Put on weight and bulk up', "I'm 20 and too skinny, nothing fits me.");
    expect(en.keys).toContain('fit-gain-meal');
    expect(en.keys).toContain('fit-gain-protein');
    expect(en.keys).not.toContain('fit-14');
    // Losing weight keeps the weight-loss path.
    const lose = await firstFive('fitness', 'Lose weight before summer', 'I sit at a desk all day.');
    expect(lose.keys).not.toContain('fit-gain-meal');
    expect(lose.keys).toContain('fit-weight-plate');
  });

  it('gives walking more a walk every day in the calendar — not three sessions with rest days or a strength routine', async () => {
    const en = await firstFive('fitness', 'Get my steps up', 'Desk job, I rarely break 3,000 steps a day.');
    expect(en.keys).toContain('fit-walk-daily');
    expect(en.keys).not.toContain('fit-06');
    expect(en.keys).not.toContain('fit-04');
    const ru = await firstFive(
      'fitness',
      'Больше ходить пешком',
      'Работаю из дома, за день набирается пара тысяч шагов.',
      'ru',
    );
    expect(ru.keys).toContain('fit-walk-daily');
    expect(ru.keys).not.toContain('fit-06');
    // A general beginner still gets sessions with rest days.
    const general = await firstFive('fitness', 'Get in better shape', 'Sedentary, but healthy.');
    expect(general.keys).not.toContain('fit-walk-daily');
  });

  it('gives someone who has never exercised one gentle session, not a second gentle walk after it', async () => {
    const ru = await firstFive(
      'fitness',
      'Сбросить к лету',
      'Никогда не занималась спортом, на людях стесняюсь, денег на зал нет.',
      'ru',
    );
    expect(ru.keys).toContain('fit-short-first');
    expect(ru.keys).not.toContain('fit-14');
    expect(ru.keys).not.toContain('fit-watched-quiet');
    const en = await firstFive(
      'fitness',
      'Get moving again',
      "I haven't done any sport in years and I'm out of breath on stairs.",
    );
    expect(en.keys).toContain('fit-short-first');
    expect(en.keys).not.toContain('fit-14');
    // A beginner who names no long gap keeps the gentle walk.
    const walker = await firstFive('fitness', 'Get in shape', 'I have a bad back and sit all day.');
    expect(walker.keys).not.toContain('fit-short-first');
  });

  it('gives a wheelchair user a gym session from the chair — no bike warm-up, even after "None of these"', async () => {
    const en = await tap(
      'fitness',
      'Build upper-body strength for transfers',
      "I'm a paraplegic after a climbing fall and I want to start at the gym near work.",
    );
    expect(en.keys).toContain('fit-gym-first-chair');
    expect(en.keys).not.toContain('fit-gym-first');
    const ru = await tap(
      'fitness',
      'Начать ходить в тренажёрный зал',
      'Я колясочник, хочу сильнее плечи и руки.',
      'ru',
    );
    expect(ru.keys).toContain('fit-gym-first-chair');
    expect(ru.keys).not.toContain('fit-gym-first');
    // Someone walking into the gym keeps the ordinary first session.
    const gym = await firstFive('fitness', 'Join a gym and go three times a week', 'Never been to one, 29, healthy.');
    expect(gym.keys).not.toContain('fit-gym-first-chair');
  });

  it('puts a daily walk in the time window the person named — not after lunch', async () => {
    const en = await tap(
      'fitness',
      'Walk more every day',
      "I'm 58 and the afternoons are too hot here, so only early mornings work for me.",
      'en',
      ['Walking more'],
    );
    expect(en.keys).toContain('fit-walk-daily-window');
    expect(en.keys).not.toContain('fit-walk-daily');
    const ru = await tap('fitness', 'Больше ходить пешком', 'Днём работаю, гулять могу только по вечерам.', 'ru', [
      'Больше ходить',
    ]);
    expect(ru.keys).not.toContain('fit-walk-daily');
    // No window named keeps the after-lunch walk.
    const plain = await tap('fitness', 'Walk 7000 steps a day', 'I sit at a desk all day.', 'en', ['Walking more']);
    expect(plain.keys).not.toContain('fit-walk-daily-window');
  });

  it('gives a goal to tone the arms arm moves — not a gentle walk or a chair-and-wall routine', async () => {
    const en = await tap('fitness', 'tone up my arms before summer', '', 'en', ['Toning my arms']);
    expect(en.keys).toContain('fit-arms-moves');
    expect(en.keys).toContain('fit-arms-first');
    expect(en.keys).not.toContain('fit-14');
    expect(en.keys).not.toContain('fit-04');
    const ru = await tap('fitness', 'Подтянуть руки к отпуску', 'Дряблые руки, спортом не занимаюсь', 'ru', [
      'Подтянуть руки',
    ]);
    expect(ru.keys).toContain('fit-arms-first');
    expect(ru.keys).not.toContain('fit-reps-test');
    expect(ru.keys).not.toContain('fit-14');
    // Pull-ups are still `reps`, and "get in shape" keeps the gentle walk.
    const pull = await tap('fitness', 'Научиться подтягиваться', 'Пока ни одного раза', 'ru', ['Больше']);
    expect(pull.keys).toContain('fit-reps-test');
    expect(pull.keys).not.toContain('fit-arms-moves');
    const shape = await firstFive('fitness', 'Get in shape', 'I sit at a desk all day.');
    expect(shape.keys).toContain('fit-14');
  });

  it('never gives a weight-loss goal a training log or a push-up test, even when a sign read it as active', async () => {
    const ru = await tap(
      'fitness',
      'Скинуть 8 кг, которые набрала на удалёнке',
      'Третий год работаю из дома, от холодильника до ноутбука пять шагов.',
      'ru',
      ['Сбросить лишний вес'],
    );
    expect(ru.keys).not.toContain('fit-15');
    expect(ru.keys).not.toContain('fit-16');
    expect(ru.keys).toContain('fit-weight-move');
    const en = await tap('fitness', 'Lose 5 kg', 'I lift three times a week already.', 'en', ['Losing weight']);
    expect(en.keys).not.toContain('fit-15');
    expect(en.keys).not.toContain('fit-16');
    expect(en.keys).toContain('fit-weight-plate');
    // An active lifter with no weight goal keeps the log and the baseline.
    const lifter = await firstFive(
      'fitness',
      'Get stronger at the gym',
      "I already lift three times a week but I've stopped making progress.",
    );
    expect(lifter.keys).toContain('fit-15');
  });

  it('builds the stomach muscles with core moves — not a first walk', async () => {
    const ru = await tap('fitness', 'Накачать пресс', '', 'ru', ['Накачать пресс']);
    expect(ru.keys).toContain('fit-abs-moves');
    expect(ru.keys).toContain('fit-abs-first');
    expect(ru.keys).not.toContain('fit-14');
    expect(ru.keys).not.toContain('fit-04');
    const en = await tap('fitness', 'Build my abs', '', 'en', ['Stronger stomach muscles']);
    expect(en.keys).toContain('fit-abs-moves');
    expect(en.keys).not.toContain('fit-14');
    // A new mother's tummy keeps the postnatal path; arms keep the arm moves.
    const postnatal = await tap(
      'fitness',
      'Get my stomach muscles back after having a baby',
      'She is four months old.',
      'en',
      ['Stronger stomach muscles'],
    );
    expect(postnatal.keys).not.toContain('fit-abs-moves');
    const arms = await tap('fitness', 'Накачать руки', 'Хочу подтянутые руки к лету.', 'ru', ['Подтянуть руки']);
    expect(arms.keys).toContain('fit-arms-moves');
    expect(arms.keys).not.toContain('fit-abs-moves');
  });

  it('asks no log of the last two weeks from someone idle since last season', async () => {
    const ru = await tap(
      'fitness',
      'Набрать форму к путине',
      'Мне 46, каждое лето хожу на путину на неводе. В прошлом году спину сорвал. Зимой работаю сторожем, сижу сутками, вес 98.',
      'ru',
      ['Тренировки при болях в спине'],
    );
    expect(ru.keys).not.toContain('fit-15');
    expect(ru.keys[0]).toBe('fit-back-check');
    const en = await tap(
      'fitness',
      'Get fit for the fishing season',
      'I crew on a boat every summer. In winter I sit in a security booth all night.',
      'en',
    );
    expect(en.keys).not.toContain('fit-15');
    // Someone training now keeps the log.
    const active = await tap('fitness', 'Get fitter', 'I already go to the gym three times a week.');
    expect(active.keys).toContain('fit-15');
  });

  it('starts a water aerobics class in the shallow end — no lane sessions or "first swims"', async () => {
    const ru = await tap(
      'fitness',
      'Начать ходить на аквааэробику с грыжей',
      'Мне 56, грыжа в пояснице, невролог сказал больше двигаться и лучше в воде. В ФОКе рядом есть группа по вторникам и четвергам в 10 утра. Плавать толком не умею, вешу 98 кг.',
      'ru',
      ['Регулярно ходить в бассейн'],
    );
    expect(ru.keys.slice(0, 4)).toEqual(['fit-aqua-join', 'fit-aqua-bag', 'fit-aqua-first', 'fit-aqua-after']);
    expect(ru.keys).not.toContain('fit-pool-slots');
    expect(ru.keys).not.toContain('fit-pool-swim');
    const en = await tap(
      'fitness',
      'Start going to aqua aerobics',
      'My knees are bad and my physio says water exercise is best. I cannot swim.',
      'en',
    );
    expect(en.keys[0]).toBe('fit-aqua-join');
    expect(en.keys).not.toContain('fit-pool-swim');
    // Swimming lengths keeps the pool steps.
    const near = await tap(
      'fitness',
      'Go swimming twice a week',
      'I want to swim lengths at the local pool for my health.',
      'en',
      ['Swimming regularly'],
    );
    expect(near.keys).toContain('fit-pool-slots');
    expect(near.keys).not.toContain('fit-aqua-join');
  });

  it('asks about blood thinners before any weight, and the first session holds only a weight lifted with ease', async () => {
    const en = await tap(
      'fitness',
      'Start lifting the dumbbells in the spare room',
      "I'm 71, I take apixaban for my heart rhythm, and I haven't done any exercise in years. There are 10 kg dumbbells upstairs.",
      'en',
      ['Using dumbbells'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fit-thin-ask', 'fit-thin-first']);
    expect(en.keys).not.toContain('fit-kit-first');
    expect(en.keys).not.toContain('fit-02');
    const ru = await tap(
      'fitness',
      'Заниматься с гирей дома',
      'Мне 63, после инсульта пью ксарелто. Сын оставил гирю на 24 кг, хочу по утрам махать, как в видео.',
      'ru',
      ['Занятия с гантелями'],
    );
    expect(ru.keys[0]).toBe('fit-thin-ask');
    expect(ru.keys).not.toContain('fit-kit-first');
    expect(ru.text).not.toMatch(/жим лёжа/);
    // No blood thinner: the weights session stays, with the lightest weight or none.
    const near = await tap(
      'fitness',
      'Use my dumbbells at home',
      "I'm 30, I bought a pair of 4 kg dumbbells, I'm healthy and used to play football.",
      'en',
      ['Using dumbbells'],
    );
    expect(near.keys).toContain('fit-kit-first');
    expect(near.keys).not.toContain('fit-thin-ask');
    expect(near.texts[near.keys.indexOf('fit-kit-first')]).toMatch(/lightest weight, or none at all/);
  });

  it('sets the machines up from their plates for someone who wants no trainer', async () => {
    const ru = await tap(
      'fitness',
      'Начать ходить в тренажёрный зал',
      'Мне 38, сижу в офисе, в зале никогда не был. Без тренера, разберусь по роликам.',
      'ru',
      ['Начать ходить в тренажёрный зал'],
    );
    expect(ru.keys).toContain('fit-gym-self');
    expect(ru.keys).not.toContain('fit-gym-induction');
    expect(ru.text).not.toMatch(/вводного занятия/);
    const en = await tap(
      'fitness',
      'Start going to the gym after work',
      "I don't want a personal trainer, I'll follow an app. I've never really exercised.",
      'en',
      ['Starting at a gym'],
    );
    expect(en.keys).toContain('fit-gym-self');
    expect(en.keys).not.toContain('fit-gym-induction');
    // Nothing said against a trainer: the induction stays.
    const near = await tap('fitness', 'Start going to the gym', 'I have never been to one and feel lost.', 'en', [
      'Starting at a gym',
    ]);
    expect(near.keys).toContain('fit-gym-induction');
    expect(near.keys).not.toContain('fit-gym-self');
  });

  it('gives a retired driver no stops or driver’s seat, and the back routine no walk said twice', async () => {
    const en = await tap(
      'fitness',
      'Get my strength back',
      "I'm 70, a retired lorry driver, and I get out of breath in the garden now.",
      'en',
    );
    expect(en.keys.filter((key) => key.startsWith('fit-drive'))).toEqual([]);
    const ru = await tap(
      'fitness',
      'Начать делать зарядку',
      'Мне 66, бывший таксист, теперь на пенсии, спина затекает.',
      'ru',
    );
    expect(ru.keys.filter((key) => key.startsWith('fit-drive'))).toEqual([]);
    // Someone driving a taxi now keeps the stops.
    const near = await tap(
      'fitness',
      'Move more on my taxi shifts',
      'I drive a taxi twelve hours a day and my neck is stiff.',
      'en',
      ['Long hours at the wheel'],
    );
    expect(near.keys).toContain('fit-drive-stop');
    const back = await tap(
      'fitness',
      'Do something for my sore back',
      'Office job, 40, my back hurts after long days.',
      'en',
      ['Exercise with back pain'],
    );
    expect(back.keys).toContain('fit-back-walk');
    expect(back.text).not.toMatch(/walking is your exercise/);
  });

  it('leaves a goal of someone on insulin in its own kind unless it names giving the insulin', async () => {
    const en = await tap(
      'fitness',
      "Take up walking now that I'm on insulin",
      'I am 70 with type 2 and my nurse started me on insulin last month; I have never done any sport.',
      'en',
    );
    for (const key of CARE) expect(en.keys).not.toContain(key);
    // on insulin, `fit-med-plan` is the one doctor's check.
    expect(en.keys).toContain('fit-med-plan');
    const ru = await tap(
      'fitness',
      'Начать гулять по утрам, теперь я на инсулине',
      'Мне 59, диабет второго типа, в мае перевели на инсулин, спортом никогда не занимался.',
      'ru',
    );
    for (const key of CARE) expect(ru.keys).not.toContain(key);
    // Near miss: giving the insulin is still learnt from a nurse.
    const give = await tap(
      'family',
      'Learn to give my grandad his insulin pen',
      'He moved in with us last week.',
      'en',
      ['Just starting'],
    );
    expect(give.keys[0]).toBe('skill-care-ask');
    const ruGive = await tap('family', 'Научиться колоть маме инсулин', 'Маму выписали, уколы дважды в день.', 'ru', [
      'Только начинаю',
    ]);
    expect(ruGive.keys[0]).toBe('skill-care-ask');
  });

  it('keeps the prescriber steps for medicines, not for a fasting plan alone', async () => {
    const fasting = await tap(
      'fitness',
      'Lose 8 kg by summer',
      "I'm 40 and healthy, I tried intermittent fasting and one meal a day but I always give up after a week.",
      'en',
    );
    expect(fasting.keys).not.toContain('fit-med-plan');
    const insulin = await tap(
      'fitness',
      'Сбросить 15 кг',
      'Колю инсулин, хочу бегать натощак и есть раз в день.',
      'ru',
    );
    expect(insulin.keys).toContain('fit-med-plan');
    expect(insulin.keys).toContain('fit-med-meals');
  });

  it('leaves muscle drugs out and sends the questions to a GP or pharmacist — never the seller', async () => {
    const en = await tap(
      'fitness',
      'Put on muscle this year',
      "I'm 17 and lift four times a week. My mate says a SARMs cycle is the only way to actually grow.",
      'en',
      ['Gaining'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fit-peds-no', 'fit-peds-ask']);
    const ru = await tap(
      'fitness',
      'Набрать массу к армии',
      'Мне 18, полгода хожу в качалку. В зале предлагают курс анаболиков, думаю попробовать.',
      'ru',
      ['Набрать'],
    );
    expect(ru.keys[0]).toBe('fit-peds-no');
    expect(ru.texts[0]).toMatch(/сармы, стероиды/);
    // A steroid inhaler a doctor prescribed is no muscle drug.
    const near = await tap(
      'fitness',
      'Get fitter for hiking',
      'I use a steroid inhaler for my asthma and get puffed on hills.',
      'en',
      ['Just starting'],
    );
    expect(near.keys.filter((key) => key.startsWith('fit-peds'))).toEqual([]);
  });

  it('tells the doctor about dizzy turns first, gets up in stages, and starts seated — no diet plan, no sessions booked', async () => {
    const en = await tap(
      'fitness',
      'Get stronger legs',
      "I'm 72. Since my new heart pills I go light-headed when I get out of bed.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['fit-dizzy-doctor', 'fit-dizzy-stand']);
    expect(en.keys).toContain('fit-dizzy-first');
    for (const key of ['fit-02', 'fit-med-plan', 'fit-06', 'fit-14', 'fit-04']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'fitness',
      'Вернуть силы после зимы',
      'Мне 70, после того как поменяли таблетки от давления, кружится голова, когда встаю с кровати.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('fit-dizzy-doctor');
    expect(ru.keys).not.toContain('fit-med-plan');
    expect(ru.keys).not.toContain('fit-02');
    // No dizziness: blood-pressure pills keep the plan for the prescriber.
    const near = await tap(
      'fitness',
      'Вернуть силы после зимы',
      'Мне 66, пью таблетки от давления, всю зиму сидела дома.',
      'ru',
      ['Только начинаю'],
    );
    expect(near.keys).toContain('fit-med-plan');
    expect(near.keys.filter((key) => key.startsWith('fit-dizzy'))).toEqual([]);
  });

  it('keeps a body weight a health sign in a weight-loss goal, so «уже год» never brings hard sessions', async () => {
    const ru = await tap(
      'fitness',
      'Сбросить 15 кг к лету',
      'Мне 37, вешу 96 при росте 165, уже год не влезаю в старые джинсы. Зарядку пробовала, бросила.',
      'ru',
    );
    expect(ru.keys).toContain('fit-02');
    for (const key of ['fit-16', 'fit-17', 'fit-18']) expect(ru.keys).not.toContain(key);
  });

  it('reads a treadmill at the gym as no machine at home, and dizziness on exertion as no get-up-in-stages turn', async () => {
    const en = await tap(
      'fitness',
      'Get fitter at 50',
      'I joined a gym in March and use the treadmill and the rowing machine there twice a week.',
      'en',
      ['Already', 'An exercise bike'],
    );
    expect(withPrefix(en.keys, 'fit-machine-')).toEqual([]);
    const ru = await tap(
      'fitness',
      'Подтянуть форму к лету',
      'Хожу в зал три раза в неделю, в основном на беговой дорожке и велотренажёре.',
      'ru',
      ['Уже', 'Велотренажёр'],
    );
    expect(withPrefix(ru.keys, 'fit-machine-')).toEqual([]);
    // An exercise bike at home keeps its own steps.
    const home = await tap(
      'fitness',
      'Use my exercise bike',
      'It has been gathering dust in the spare room for a year.',
      'en',
      ['Just starting', 'An exercise bike'],
    );
    expect(home.keys).toContain('fit-machine-ready');

    const flutter = await tap(
      'fitness',
      'Lose a few pounds',
      'On the cross trainer my heart goes all fluttery and I go a bit light-headed, then it passes.',
      'en',
      ['Just starting', 'Losing'],
    );
    expect(flutter.keys[0]).toBe('fit-dizzy-doctor');
    expect(flutter.keys).not.toContain('fit-dizzy-stand');
    const ruFlutter = await tap(
      'fitness',
      'Начать заниматься',
      'На беговой дорожке сердце трепыхается и кружится голова, приходится садиться.',
      'ru',
      ['Только'],
    );
    expect(ruFlutter.keys[0]).toBe('fit-dizzy-doctor');
    expect(ruFlutter.keys).not.toContain('fit-dizzy-stand');
    // Getting up from a chair keeps the get-up-in-stages step.
    const stand = await tap(
      'fitness',
      'Get moving again',
      'I get dizzy when I stand up from the sofa since my tablets changed.',
      'en',
      ['Just starting'],
    );
    expect(stand.keys).toContain('fit-dizzy-stand');
  });

  it('puts the first walk somewhere warm in a deep frost, and a weight-loss goal ahead of a driver’s stretches', async () => {
    const ru = await tap(
      'fitness',
      'Больше двигаться зимой',
      'В Якутске зимой минус сорок, из дома только до машины, за зиму набрала пять кило.',
      'ru',
      ['Только', 'Ничего'],
    );
    expect(ru.keys).toContain('fit-cold-walk');
    expect(ru.keys).not.toContain('fit-14');
    const en = await tap(
      'fitness',
      'Keep moving through the winter',
      "It's minus 40 here from December to February and I never leave the house.",
      'en',
      ['Just starting', 'None'],
    );
    expect(en.keys).toContain('fit-cold-walk');
    expect(en.keys).not.toContain('fit-14');
    // Without a frost, the ordinary walk.
    const mild = await tap('fitness', 'Start moving more', 'Office job, never exercised much.', 'en', [
      'Just starting',
      'None',
    ]);
    expect(mild.keys).toContain('fit-14');
    expect(mild.keys).not.toContain('fit-cold-walk');

    const driver = await tap(
      'fitness',
      'Сбросить 15 кг до медосмотра',
      'Работаю водителем автобуса, по десять часов за рулём.',
      'ru',
      ['Сбросить'],
    );
    // The weight loss is offered beside the hours at the wheel (read 36 offered the driver's stretches alone).
    expect(driver.asked.at(-1)?.choices).toEqual(
      expect.arrayContaining(['Сбросить лишний вес', 'Много часов за рулём']),
    );
    expect(driver.keys).toContain('fit-weight-plate');
    expect(withPrefix(driver.keys, 'fit-drive-').filter((key) => key !== 'fit-drive-walk')).toEqual([]);
    const enDriver = await tap(
      'fitness',
      'Get two stone off',
      "I'm a lorry driver, twelve hours at the wheel most days.",
      'en',
      ['Losing'],
    );
    expect(enDriver.asked.at(-1)?.choices).toEqual(
      expect.arrayContaining(['Losing weight', 'Long hours at the wheel']),
    );
    expect(enDriver.keys).toContain('fit-weight-plate');
    expect(enDriver.keys).not.toContain('fit-drive-stop');
    // A driver with a stiff neck keeps the stretches at the stops.
    const neck = await tap(
      'fitness',
      'Loosen up my neck',
      "I'm a taxi driver and my neck is stiff after a shift.",
      'en',
      ['Long hours'],
    );
    expect(neck.keys).toContain('fit-drive-stop');
  });

  it('learns a cartwheel or a handstand from its first step on a soft floor, not a generic plan', async () => {
    const ru = await tap('fitness', 'Научиться делать колесо', 'Мне 32, в детстве так и не получилось.', 'ru', [
      'Только',
      'Колесо',
    ]);
    expect(ru.keys.slice(0, 3)).toEqual(['fit-acro-warm', 'fit-acro-place', 'fit-acro-first']);
    const en = await tap('fitness', 'Do a handstand against the wall', "I'm 29 and have never been sporty.", 'en', [
      'Just starting',
      'A cartwheel',
    ]);
    expect(en.keys[0]).toBe('fit-acro-warm');
    expect(en.keys).toContain('fit-acro-first');
    // Put under "Something else", a cartwheel is still read as fitness by the classifier.
    const placed = await talkWith(coach)(
      null,
      'Learn to do a cartwheel at 33',
      'I never managed one as a kid.',
      'en',
      tapping(['Fitness', 'Just starting', 'A cartwheel']),
    );
    expect(placed.keys[0]).toBe('fit-acro-warm');
    // Touching the toes is stretching, no gymnastics.
    const toes = await tap('fitness', 'Touch my toes', 'Stiff hamstrings from sitting all day.', 'en', [
      'Just starting',
      'Starting yoga',
    ]);
    expect(withPrefix(toes.keys, 'fit-acro-')).toEqual([]);
  });

  it('reads a lifter cutting fat as active, with the takeaways and the weekend drinks planned first', async () => {
    const en = await steps(
      'fitness',
      "Lean out before my brother's wedding",
      "29, I've been lifting four days a week for two years and sit around 22% body fat. What kills me is the takeaway most nights after a late shift and beers at the weekend with the lads.",
      'en',
      ['Already', 'Losing'],
    );
    expect(en.slice(0, 2)).toEqual(['fit-weight-takeaway', 'fit-weight-pints']);
    for (const key of ['fit-02', 'fit-23', 'fit-24', 'fit-14']) expect(en).not.toContain(key);
    const ru = await steps(
      'fitness',
      'Подсушиться к лету',
      'Мне 31, качаюсь третий год. Мешает доставка по вечерам после работы и пиво по выходным с друзьями.',
      'ru',
      ['Уже', 'Сбросить'],
    );
    expect(ru.slice(0, 2)).toEqual(['fit-weight-takeaway', 'fit-weight-pints']);
    expect(ru).not.toContain('fit-23');
    // A beginner who names neither keeps the plate and the first walk.
    const start = await steps(
      'fitness',
      'Lose a bit of weight',
      "Office job, I've never really exercised and I'd like to drop a dress size.",
      'en',
      ['Just starting', 'Losing'],
    );
    expect(start).toContain('fit-weight-plate');
    expect(start).not.toContain('fit-weight-takeaway');
    expect(start).not.toContain('fit-weight-pints');
  });

  it('climbs the stairs at home a floor at a time, the tablets asked about at the one check-up, with no diet plan', async () => {
    const en = await tap(
      'fitness',
      'Walk up to my fourth-floor flat without a break',
      "I'm 66 and take pills for high blood pressure. The lift is often broken and I have to stop on every landing with the shopping.",
      'en',
      ['Climbing'],
    );
    // `fit-med-plan` books the one check-up itself; `fit-02` no longer comes first (read 45b).
    expect(baseKeys(en.keys).slice(0, 4)).toEqual([
      'fit-med-plan',
      'fit-med-log',
      'fit-stairs-count',
      'fit-stairs-practice',
    ]);
    // The plan is taken to the check-up just booked, and food comes in only if the person changes how they eat.
    expect(en.texts[0]).toContain('Book a routine appointment');
    expect(en.texts[0]).not.toContain("what you'll eat and when");
    const ru = await tap(
      'fitness',
      'Подниматься на пятый этаж без одышки',
      'Мне 58, пью таблетки от давления, лифта в доме нет, на каждом пролёте останавливаюсь, а дочь зовёт в зал, но я стесняюсь.',
      'ru',
      ['Подниматься'],
    );
    expect(baseKeys(ru.keys).slice(2, 4)).toEqual(['fit-stairs-count', 'fit-stairs-practice']);
    expect(baseKeys(ru.keys)).not.toContain('fit-watched-quiet');
    expect(ru.texts[0]).toContain('а если меняешь питание');
    // A diabetes medicine keeps the regular meals.
    const sugar = await steps(
      'fitness',
      'Get fit and lose weight',
      "I'm 52 with type 2 diabetes, on metformin, and want to start walking.",
      'en',
      ['Just starting', 'Losing'],
    );
    expect(sugar).toContain('fit-med-meals');
    expect(withPrefix(sugar, 'fit-stairs-')).toEqual([]);
    // Out of breath on the stairs is a sign of the level, not a climb to train for.
    const puffed = await steps(
      'fitness',
      'Get fitter',
      "I haven't exercised in years and get out of breath on the stairs.",
      'en',
      ['Just starting'],
    );
    expect(withPrefix(puffed, 'fit-stairs-')).toEqual([]);
    // Feeling watched at the gym keeps its quiet hours.
    const gym = await steps(
      'fitness',
      'Feel less awkward at the gym',
      "I joined a gym in January but I'm self-conscious with everyone watching me on the machines.",
      'en',
      ['Just starting', 'Feeling watched'],
    );
    expect(gym).toContain('fit-watched-quiet');
  });

  it('reads being puffed as a health sign, so a winter without moving starts gently, not at half an old routine', async () => {
    const en = await steps(
      'fitness',
      'Get going again after a lazy winter',
      "I'm 71 and barely left the house since November. I get puffed just walking to the shop now.",
      'en',
      ['Just starting', 'None'],
    );
    expect(en).toContain('fit-14');
    expect(en).not.toContain('fit-23');
    expect(en).not.toContain('fit-24');
    const ru = await steps(
      'fitness',
      'Снова начать двигаться после зимы',
      'Мне 69, всю зиму просидела дома, теперь запыхаюсь, пока дойду до магазина.',
      'ru',
      ['Только', 'Ничего'],
    );
    expect(ru).not.toContain('fit-23');
    // A runner coming back with no health sign still restarts at half.
    const back = await steps(
      'fitness',
      'Get back into running after a break',
      'I ran three times a week until last year, then stopped when work got busy.',
      'en',
      ['Coming back'],
    );
    expect(back).toContain('fit-23');
  });

  it('reads a concussion and stiff knees as health signs, so no "halve your old routine"', async () => {
    const knees = await steps(
      'fitness',
      'Get my legs strong again',
      "I'm 70, my knees are stiff and my legs have gone weak since I stopped playing bowls last year.",
      'en',
      ['None'],
    );
    expect(knees).not.toContain('fit-23');
    expect(knees).not.toContain('fit-24');
    const head = await steps(
      'fitness',
      'Get back in shape after footy',
      'I played Aussie rules for years but gave it away after a concussion in April.',
      'en',
      ['None'],
    );
    expect(head).not.toContain('fit-23');
    const ru = await steps(
      'fitness',
      'Вернуться в форму после хоккея',
      'Играл в хоккей десять лет, бросил после сотрясения весной, колени не гнутся по утрам.',
      'ru',
      ['Ничего'],
    );
    expect(ru).not.toContain('fit-23');
    // A runner coming back with no health sign still restarts at half.
    const back = await steps(
      'fitness',
      'Get back into running',
      'I ran three times a week until last year, then stopped when work got busy.',
      'en',
      ['Coming back'],
    );
    expect(back).toContain('fit-23');
  });

  it('reads a body weight given in kilos or stone as a health sign — a gentle start, no old routine to halve', async () => {
    const en = await tap(
      'fitness',
      'Lose enough weight to get back on my bike',
      "I'm 51 and weigh 98 kg. I used to ride every weekend but haven't been on the bike in four years.",
      'en',
      ['Losing weight'],
    );
    expect(en.keys).not.toContain('fit-23');
    expect(en.keys).not.toContain('fit-24');
    const stone = await tap(
      'fitness',
      'Get fit enough to walk the Camino',
      "I'm 60, I weigh 16 stone and I used to walk a lot before the kids.",
    );
    expect(stone.keys).not.toContain('fit-23');
    // A comeback with no weight said keeps its restart at half.
    const near = await tap(
      'fitness',
      'Get back to the gym',
      'I used to lift three times a week until the pandemic; haven’t been since.',
      'en',
      ['Coming back to it after a break'],
    );
    expect(near.keys).toContain('fit-23');
  });

  it('practises the stairs with no lift assumed for the way down', async () => {
    const en = await tap(
      'fitness',
      'Carry the shopping up three flights without stopping',
      "62, live on the third floor of a tenement in Glasgow and the close has no lift. Halfway up with two bags I have to stop and hold the banister. I'm on amlodipine for blood pressure.",
      'en',
      ['Climbing stairs'],
    );
    expect(en.keys).toContain('fit-stairs-practice');
    expect(en.texts.join(' ')).not.toMatch(/\blift\b/);
    const ru = await tap(
      'fitness',
      'Подниматься на пятый этаж без остановок',
      'Мне 64, дом без лифта, с сумками останавливаюсь на каждом этаже.',
      'ru',
      ['Подниматься по лестнице'],
    );
    expect(ru.keys).toContain('fit-stairs-practice');
    expect(ru.texts.join(' ')).not.toMatch(/лифт/);
  });

  it('loses weight at home or with the pram when the gym is out of reach', async () => {
    const ru = await tap(
      'fitness',
      'Скинуть 15 кг после вторых родов',
      'Мне 32, Екатеринбург. Младшей 8 месяцев, старшему 4. Кормлю грудью, так что жёсткие диеты не вариант. В зал не вырваться, муж до вечера на работе, максимум — что-то дома, пока дети спят, или с коляской.',
      'ru',
      ['Только начинаю'],
    );
    expect(withPrefix(ru.keys, 'fit-gym')).toEqual([]);
    const en = await tap(
      'fitness',
      'Lose the baby weight',
      "I'm 30 with a toddler and a baby, I can't get out to a gym at all, just the house and the pram.",
      'en',
      ['Just starting'],
    );
    expect(withPrefix(en.keys, 'fit-gym')).toEqual([]);
    // Someone starting at a gym keeps the gym steps.
    const near = await tap(
      'fitness',
      'Start going to the gym',
      "I'm 30 and have never lifted, there's a gym by my office.",
      'en',
      ['Just starting', 'Starting at a gym'],
    );
    expect(near.keys).toContain('fit-gym-pick');
  });

  it('asks the doctor once about the joints and the medicines together', async () => {
    const ru = await tap(
      'fitness',
      'Сбросить хотя бы 10 кг до операции на колено',
      '63 года. Ортопед сказал, что эндопротез ставить будут, с моим весом лучше сначала похудеть. Долго ходить больно. Пью таблетки от давления.',
      'ru',
      ['Тренировки при больных коленях'],
    );
    expect(ru.keys[0]).toBe('fit-knee-med');
    expect(ru.keys).not.toContain('fit-knee-check');
    expect(ru.keys).not.toContain('fit-med-plan');
    const en = await tap(
      'fitness',
      'Get fit before my knee replacement',
      'I am 66, the surgeon wants me to lose some weight first. I take blood pressure tablets.',
      'en',
      ['Exercise with bad knees'],
    );
    expect(en.keys[0]).toBe('fit-knee-med');
    expect(en.keys).not.toContain('fit-med-plan');
    // A bad knee and no medicines: the joint check alone.
    const near = await tap(
      'fitness',
      'Get fitter with my bad knee',
      'I have a bad knee and haven’t exercised in years.',
      'en',
      ['Exercise with bad knees'],
    );
    expect(near.keys[0]).toBe('fit-knee-check');
    expect(near.keys).not.toContain('fit-knee-med');
  });

  it('walks with the pram at the cool time of day in the heat', async () => {
    const ru = await tap(
      'fitness',
      'Вернуть форму после вторых родов',
      'Младшей 7 месяцев, после родов набрала 14 кг, кормлю грудью, летом жара под 45.',
      'ru',
      ['Вернуть форму после родов'],
    );
    const pram = ru.keys.indexOf('fit-post-pram');
    expect(pram).toBeGreaterThanOrEqual(0);
    expect(ru.texts[pram]).toMatch(/поздно вечером/);
    const en = await tap(
      'fitness',
      'Get my fitness back after having a baby',
      'She is four months old and it is summer here.',
      'en',
      ['Getting fit after having a baby'],
    );
    expect(en.texts[en.keys.indexOf('fit-post-pram')]).toMatch(/early morning or late evening/);
  });

  it('books one doctor visit for exercise with a heart or pressure condition, not two in a row', async () => {
    const en = await tap(
      'fitness',
      'walk to the shops and back without resting',
      "I'm 71. I had a heart attack last spring and I'm on bisoprolol. Right now I stop on every bench on the way.",
    );
    expect(en.keys[0]).toBe('fit-med-plan');
    expect(en.keys).not.toContain('fit-02');
    expect(en.text).not.toMatch(/no fasting/);
    const ru = await tap(
      'fitness',
      'Дойти до парка и обратно без остановок',
      'Мне 69, гипертония, пью таблетки от давления. Сейчас через каждые сто метров присаживаюсь на лавочку.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fit-med-plan');
    expect(ru.keys).not.toContain('fit-02');
    // No medicines or condition, only the age: the ordinary check stays.
    const near = await tap(
      'fitness',
      'walk to the shops and back without resting',
      "I'm 71 and haven't exercised in years.",
    );
    expect(near.keys).toContain('fit-02');
    expect(near.keys).not.toContain('fit-med-plan');
  });

  it('gives the bad-knee path one easy session, not a flat walk and then the low-impact session', async () => {
    const ru = await tap(
      'fitness',
      'Подниматься к себе на четвёртый этаж без отдыха',
      'Мне 70, после болезни ноги ослабли, колени болят, врач говорит — артроз, но двигаться надо.',
      'ru',
      ['Тренировки при больных'],
    );
    expect(ru.keys).toContain('fit-knee-low');
    expect(ru.keys).not.toContain('fit-14');
    const en = await tap(
      'fitness',
      'Get fit enough to walk the dog twice a day',
      "I'm 66 and out of shape, and my knees ache — the doctor says it's arthritis but I should keep moving.",
      'en',
      ['Exercise with bad knees'],
    );
    expect(en.keys).toContain('fit-knee-low');
    expect(en.keys).not.toContain('fit-14');
    // No knee: the first easy walk stays.
    const near = await tap(
      'fitness',
      'Get fit enough to walk the dog twice a day',
      "I'm 40 and out of shape, I sit at a desk all day.",
    );
    expect(near.keys).toContain('fit-14');
  });

  it('practises a steep climb home in sections with lighter loads', async () => {
    const en = await tap(
      'fitness',
      'get up the lane to our cottage without stopping',
      "I'm 68. The steep lane up to our cottage takes me three rests and I have to leave the shopping at the bottom.",
      'en',
      ['Balance and strength'],
    );
    expect(en.keys).toContain('fit-hill-sections');
    const ru = await tap(
      'fitness',
      'подниматься к дому без остановок',
      'Мне 66, живу в деревне, дом на горе. От магазина крутой подъём, останавливаюсь по пять раз, сумки тяжело.',
      'ru',
      ['Равновесие и сила'],
    );
    expect(ru.keys).toContain('fit-hill-sections');
    // A hill named only as where one lives: no climb steps.
    const near = await tap(
      'fitness',
      'walk 8000 steps a day',
      "I'm 45 and work from home in a hillside town. I'd like to walk more every day.",
      'en',
      ['Walking more'],
    );
    expect(near.keys).not.toContain('fit-hill-sections');
  });

  it('builds the arm after lymph nodes are removed with the nurse’s plan and a watch on it, no max-rep test', async () => {
    const en = await tap(
      'fitness',
      'get back to doing press-ups',
      'I had breast cancer surgery with some lymph nodes removed last year and I want to get my strength back slowly.',
      'en',
      ['Building up to push-ups'],
    );
    expect(en.keys).toContain('fit-lymph-check');
    expect(en.keys).not.toContain('fit-reps-max');
    const ru = await tap(
      'fitness',
      'научиться отжиматься 10 раз',
      'Мне 50, год назад мастэктомия, удалили лимфоузлы справа, врач говорит беречь руку от лимфостаза.',
      'ru',
      ['Больше отжиманий'],
    );
    expect(ru.keys).toContain('fit-lymph-check');
    expect(ru.keys).not.toContain('fit-reps-max');
    const near = await tap(
      'fitness',
      'build up to ten push-ups',
      "I'm 45 and can't do a single one yet. I'd like ten proper ones by summer.",
      'en',
      ['Building up to push-ups'],
    );
    expect(near.keys).toContain('fit-reps-test');
    expect(near.keys).not.toContain('fit-lymph-check');
  });

  it('keeps a pregnant runner running, easier, with the stop signs written down — no yoga class in its place', async () => {
    const en = await tap(
      'fitness',
      'carry on running through my pregnancy',
      "I'm 16 weeks pregnant, I've been running 25 km a week for years and my doctor says I can keep going.",
      'en',
      ['Exercise during pregnancy'],
    );
    expect(en.keys).toContain('fit-preg-run');
    expect(en.keys).not.toContain('fit-preg-class');
    const ru = await tap(
      'fitness',
      'продолжать бегать во время беременности',
      'Мне 30, 15 недель беременности, бегаю три раза в неделю по 8 км, врач разрешила.',
      'ru',
      ['Тренировки во время беременности'],
    );
    expect(ru.keys).toContain('fit-preg-run');
    const near = await tap(
      'fitness',
      'stay active while pregnant',
      "I'm 20 weeks pregnant and I've never exercised much. My midwife says walking and swimming are good.",
      'en',
      ['Exercise during pregnancy'],
    );
    expect(near.keys).not.toContain('fit-preg-run');
  });

  it('walks someone back from a replaced joint or a broken bone: the physio asked, a flat daily walk, the target in stages', async () => {
    const en = await tap(
      'fitness',
      'walk to the shops again',
      "I'm 68 and had my knee replaced in March. I'm still on two crutches outdoors and I'd like to walk to the corner shop on my own by June.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['fit-mend-ask', 'fit-mend-flat', 'fit-mend-stages']));
    expect(en.keys).not.toContain('fit-02');
    const ru = await tap(
      'fitness',
      'снова ходить без трости',
      'Мне 55, в январе сломала ногу, гипс сняли месяц назад, хожу с тростью. Хочу к лету сама ходить на рынок.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['fit-mend-ask', 'fit-mend-flat', 'fit-mend-stages']));
    expect(ru.keys).not.toContain('fit-24');
    // A stick with no operation or broken bone named: no rehab walks.
    const near = await tap(
      'fitness',
      'walk round the park every day',
      "I'm 80 and use a walking stick; I'd like to get round the park without sitting down.",
      'en',
      ['Just starting'],
    );
    expect(near.keys).not.toContain('fit-mend-flat');
    expect(near.keys).not.toContain('fit-mend-stages');
    // A joint replacement still to come: no rehab walks.
    const before = await tap(
      'fitness',
      'lose weight before my hip replacement',
      "I'm 64 and the surgeon wants me lighter before the operation in spring.",
      'en',
      ['Just starting'],
    );
    expect(before.keys).not.toContain('fit-mend-ask');
  });

  it('keeps the daily walk a doctor set instead of three sessions with rest days', async () => {
    const en = await tap(
      'fitness',
      'get my strength back',
      "I'm 62 and had a heart attack in spring. My doctor told me to walk every day and build up slowly.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('fit-doc-walk');
    expect(en.keys).not.toContain('fit-06');
    const ru = await tap(
      'fitness',
      'восстановиться после инсульта',
      'Мне 70, полгода назад был инсульт. Невролог велел гулять каждый день, а я сижу дома.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('fit-doc-walk');
    expect(ru.keys).not.toContain('fit-06');
    const near = await tap('fitness', 'get in shape', "I'm 35 and want to exercise more.", 'en', ['Just starting']);
    expect(near.keys).not.toContain('fit-doc-walk');
  });

  it('gives someone afraid to go alone company or an instructor, and no gym hunt while exercise therapy is prescribed', async () => {
    const ru = await tap(
      'fitness',
      'начать ходить в спортзал',
      'Мне 28, хочу подтянуть форму, но одной в зал идти страшно.',
      'ru',
      ['Начать ходить', 'Только начинаю'],
    );
    expect(ru.keys).toContain('fit-gym-alone');
    const en = await tap(
      'fitness',
      'start going to the gym',
      "I'm 30 and want to get stronger, but going to the gym alone scares me.",
      'en',
      ['Starting at a gym', 'Just starting'],
    );
    expect(en.keys).toContain('fit-gym-alone');
    const near = await tap(
      'fitness',
      'start going to the gym',
      "I'm 30 and want to get stronger; my friend is joining with me.",
      'en',
      ['Starting at a gym', 'Just starting'],
    );
    expect(near.keys).not.toContain('fit-gym-alone');
    expect(near.keys).toContain('fit-gym-pick');
    const rx = await tap(
      'fitness',
      'укрепить спину',
      'Невролог назначил ЛФК, хочу заниматься и потом, может быть, ходить в зал.',
      'ru',
      ['Только начинаю'],
    );
    expect(rx.keys).not.toContain('fit-gym-pick');
  });

  it('sends a weak swimmer to an instructor before lengths on their own', async () => {
    const ru = await tap(
      'fitness',
      'ходить в бассейн ради спины',
      'Протрузии в пояснице, врач посоветовал плавание. Плаваю плохо, голову держу над водой.',
      'ru',
      ['Регулярно ходить в бассейн', 'Только начинаю'],
    );
    expect(ru.keys).toContain('fit-pool-coach');
    expect(ru.keys).not.toContain('fit-pool-swim');
    expect(ru.keys).not.toContain('fit-pool-block');
    const en = await tap(
      'fitness',
      'swim for my back',
      "My doctor recommended swimming for my sciatica, but I'm a poor swimmer and only do a doggy paddle.",
      'en',
      ['Swimming regularly', 'Just starting'],
    );
    expect(en.keys).toContain('fit-pool-coach');
    expect(en.keys).not.toContain('fit-pool-swim');
    const near = await tap(
      'fitness',
      'swim twice a week',
      'I swim lengths easily but I keep skipping the pool after work.',
      'en',
      ['Swimming regularly', 'Coming back'],
    );
    expect(near.keys).not.toContain('fit-pool-coach');
  });

  it('keeps fragile bones off the floor practice: a "safe for my bones" card instead', async () => {
    const en = await tap(
      'fitness',
      'keep strong in my seventies',
      "I'm 74 and retired. A bone scan showed low bone density and I had a compression fracture in my back last year. I want to keep my balance.",
      'en',
      ['Just starting', 'Balance and strength'],
    );
    expect(en.keys).not.toContain('fit-older-floor');
    expect(en.keys).toContain('fit-osteo-list');
    expect(en.texts.join(' ')).not.toMatch(/getting down to the floor and back up/);
    const ru = await tap(
      'fitness',
      'укрепить мышцы на пенсии',
      'Мне 70, я на пенсии, у меня остеопороз, врач сказал избегать наклонов с тяжестью. Хочу улучшить равновесие.',
      'ru',
      ['Только начинаю', 'Равновесие'],
    );
    expect(ru.keys).not.toContain('fit-older-floor');
    expect(ru.keys).toContain('fit-osteo-list');
    // Later life without fragile bones: the floor practice stays.
    const near = await tap(
      'fitness',
      'keep strong in my seventies',
      "I'm 74 and retired. I want to keep my balance and be able to get up off the floor if I'm down there.",
      'en',
      ['Just starting', 'Balance and strength'],
    );
    expect(near.keys).toContain('fit-older-floor');
    expect(near.keys).not.toContain('fit-osteo-list');
  });

  it('reads an arm swollen after lymph nodes were removed as the condition: no dips or overhead presses', async () => {
    const en = await tap(
      'fitness',
      'get my strength back after breast cancer',
      'I finished treatment in May. They took out lymph nodes under my arm and my right arm still swells. I want to carry my own shopping again.',
      'en',
      ['Just starting'],
    );
    expect(en.keys).not.toContain('fit-arms-moves');
    expect(en.texts.join(' ')).not.toMatch(/overhead press/i);
    expect(en.keys).toContain('fit-lymph-check');
    const ru = await tap(
      'fitness',
      'снова носить сумки сама',
      'После мастэктомии и удаления лимфоузлов рука отекает, хочу окрепнуть, чтобы самой носить сумки из магазина.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).not.toContain('fit-arms-moves');
    expect(ru.keys).toContain('fit-lymph-check');
    // Toning the arms with no operation named: the arm moves stay.
    const near = await tap('fitness', 'tone my arms', "I'm 45 and want firmer upper arms for the summer.", 'en', [
      'Just starting',
      'Toning',
    ]);
    expect(near.keys).toContain('fit-arms-moves');
  });

  it('gives a regular at the gym the pull-up ladder, not an induction and a first-ever session', async () => {
    const en = await tap(
      'fitness',
      'get my first chin up',
      'I lift at the gym twice a week, mostly legs, but I have never done a single chin up.',
      'en',
      ['Building up to push-ups or pull-ups', 'Just starting'],
    );
    expect(en.keys).toContain('fit-reps-test');
    expect(en.keys).not.toContain('fit-gym-induction');
    expect(en.keys).not.toContain('fit-gym-first');
    const ru = await tap(
      'fitness',
      'научиться подтягиваться',
      'Хожу в зал три раза в неделю на групповые, а подтянуться ни разу не смогла.',
      'ru',
      ['Больше отжиманий или подтягиваний', 'Только начинаю'],
    );
    expect(ru.keys).toContain('fit-reps-test');
    expect(ru.keys).not.toContain('fit-gym-induction');
    // Someone who has just joined a gym still gets the induction.
    const near = await tap(
      'fitness',
      'start at the gym',
      'I just joined a gym near work and have never used the machines.',
      'en',
      ['Starting at a gym', 'Just starting'],
    );
    expect(near.keys).toContain('fit-gym-induction');
  });

  it('gives no loaded forward bend to fragile bones training with weights at home; without them the first session stays', async () => {
    const en = await tap(
      'fitness',
      'start strength training with dumbbells at home',
      "I'm 61 and my scan showed osteopenia. My GP says weights will help my bones. I've bought two light dumbbells and never trained.",
      'en',
      ['Just starting', 'Using dumbbells or bands at home'],
    );
    expect(en.keys).not.toContain('fit-kit-first');
    expect(en.keys).toContain('fit-osteo-list');
    expect(en.texts.join(' ')).not.toMatch(/bent-over row|floor press/i);
    const ru = await tap(
      'fitness',
      'заниматься с гантелями дома',
      'Мне 60, у меня остеопороз, врач велел силовые. Купила гантели по 2 кг, раньше никогда не занималась.',
      'ru',
      ['Только начинаю', 'Занятия с гантелями или резинкой дома'],
    );
    expect(ru.keys).not.toContain('fit-kit-first');
    expect(ru.keys).toContain('fit-osteo-list');
    const near = await tap(
      'fitness',
      'start strength training with dumbbells at home',
      "I'm 61 and healthy. I've bought two light dumbbells and never trained.",
      'en',
      ['Just starting', 'Using dumbbells or bands at home'],
    );
    expect(near.keys).toContain('fit-kit-first');
    expect(near.keys).not.toContain('fit-osteo-list');
  });

  it('marks a stiff back’s progress by the back, not a split or toes; a splits goal keeps its mark', async () => {
    const en = await tap(
      'fitness',
      'yoga for a stiff back, I sit at a desk 9 hours a day',
      "I'm 40, an accountant working from the kitchen table. My lower back is stiff every morning; my physio says it's posture, nothing serious.",
      'en',
      ['Exercise with back pain'],
    );
    expect(en.keys).toContain('fit-back-mark');
    expect(en.texts.join(' ')).not.toMatch(/split/i);
    const ru = await tap(
      'fitness',
      'йога для спины, сижу за столом по 9 часов',
      'Мне 35, работаю из дома за кухонным столом. Поясница по утрам деревянная, врач сказал — осанка, ничего серьёзного.',
      'ru',
      ['Тренировки при болях в спине'],
    );
    expect(ru.keys).toContain('fit-back-mark');
    expect(ru.texts.join(' ')).not.toMatch(/шпагат/i);
    const near = await tap(
      'fitness',
      'learn the front splits with daily stretching',
      "I'm 27, healthy, and I've never been flexible. I want to do the splits by summer.",
      'en',
      ['Starting yoga or stretching'],
    );
    expect(near.keys).toContain('fit-flex-mark');
    expect(near.keys).not.toContain('fit-back-mark');
  });

  it('adapts a pregnant lifter’s own lifts instead of pregnancy yoga; a pregnant walker keeps the class', async () => {
    const en = await tap(
      'fitness',
      'keep lifting through my pregnancy',
      "I'm 20 weeks pregnant and before this I deadlifted three times a week. My doctor is fine with me training but gave no details.",
      'en',
      ['Exercise during'],
    );
    expect(en.keys).toContain('fit-preg-lift-adapt');
    expect(en.keys).not.toContain('fit-preg-home');
    const ru = await tap(
      'fitness',
      'не бросать штангу во время беременности',
      'Я на 12 неделе беременности, до этого три года приседала со штангой. Хочу остаться сильной к родам.',
      'ru',
      ['Тренировки во время'],
    );
    expect(ru.keys).toContain('fit-preg-lift-adapt');
    expect(ru.keys).not.toContain('fit-preg-class');
    const near = await tap(
      'fitness',
      'stay active while pregnant',
      "I'm 16 weeks pregnant and mostly just walk. I'd like something gentle.",
      'en',
      ['Exercise during'],
    );
    expect(near.keys).not.toContain('fit-preg-lift-adapt');
    expect(near.keys).toContain('fit-preg-class');
  });

  it('skips the postnatal check once the doctor has cleared exercise after the birth', async () => {
    const ru = await tap(
      'fitness',
      'восстановиться после родов дома',
      'Родила четыре месяца назад, гинеколог нагрузки разрешила. Хочу заниматься дома по 15 минут.',
      'ru',
      ['Вернуть форму'],
    );
    expect(ru.keys).not.toContain('fit-post-check');
    const near = await tap(
      'fitness',
      'восстановиться после родов дома',
      'Родила четыре месяца назад, хочу заниматься дома по 15 минут.',
      'ru',
      ['Вернуть форму'],
    );
    expect(near.keys).toContain('fit-post-check');
  });
});
