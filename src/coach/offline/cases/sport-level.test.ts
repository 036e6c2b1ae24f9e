import { describe, expect, it } from 'vitest';
import { firstFive, pack, slots, talkTapping, tap, withPrefix } from '../../../../test/factories/offline-cases.js';

// Goals of the sport kind (content/goals/types/sport.yaml), walked through the offline coach as a person would: the
// level read from what they wrote or tapped, and what they already have or do. The situations are in sport.test.ts;
// where a new case goes: docs/coach.md.
/** The keys of a kind's steps that match a test (vigorous, reflective…). */
const keysOf = (kind: string, test: (step: (typeof pack.types)[number]['steps'][number]) => boolean) =>
  new Set(
    pack.types
      .find((type) => type.id === kind)!
      .steps.filter(test)
      .map((step) => step.key),
  );

const COLD = ['sport-cold-doctor', 'sport-cold-rules', 'sport-cold-build', 'sport-cold-warm', 'sport-cold-pool'];

describe('sport: the level and what the person already has or does', () => {
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

  it('the level the person states: a 25 km skier, a two-year podcaster, Chinese from zero, drums from scratch', async () => {
    const ski = await firstFive(
      'sport',
      'Пробежать Деминский марафон на 50 км',
      'Третий сезон катаюсь коньком, 25 км прохожу за два часа. Больше 30 км за раз я ни разу не ходил.',
      'ru',
    );
    expect(ski.keys).not.toContain('sport-05');
    expect(ski.keys).not.toContain('sport-09');
    expect(ski.text).toContain('50 км');
    expect(ski.text).not.toContain('42,2');

    const podcast = await firstFive(
      'business',
      'Make my podcast pay for itself',
      'Two years of a weekly true-crime podcast. Hosting and editing cost me £90 a month and it earns nothing.',
    );
    for (const key of ['biz-ch-ideas', 'biz-ch-rhythm', 'biz-numbers']) expect(podcast.keys).not.toContain(key);
    expect(podcast.keys).toContain('biz-ch-costs');

    const chinese = await firstFive(
      'language',
      'Выучить китайский для работы',
      'Хочу хотя бы базовый разговорный, заниматься могу по 30 минут в электричке.',
      'ru',
    );
    for (const key of ['lang-15', 'lang-24', 'lang-16']) expect(chinese.keys).not.toContain(key);
    expect(chinese.keys[0]).toBe('lang-02');

    const drums = await firstFive(
      'instrument',
      'Learn to play the drums',
      "I'm 34 and have always wanted to. The neighbours downstairs already complain about our footsteps.",
    );
    expect(drums.keys).not.toContain('inst-06');
    // a drum kit's first lesson is its own (`inst-drum-first`), with no notes or chords.
    expect(drums.keys).toContain('inst-drum-first');
  });

  describe('the level the person stated', () => {
    it('reads «с нуля» in the title and "only hello" as a beginner', () => {
      expect(
        slots.read('Выучить английский с нуля в 50', ['В школе учила немецкий, по-английски знаю только «хелло».'])
          .level,
      ).toBe('beginner');
    });

    it('reads a regular golfer as active, with no race steps', async () => {
      const golf = await firstFive(
        'sport',
        'Break 90 at golf',
        'Three years playing, handicap 24, usually 95 to 100, three-putts and a lost ball off the tee. Club medal in August.',
      );
      expect(golf.keys[0]).toBe('sport-aim-card');
      expect(golf.text).not.toMatch(/bib|taper|race|comeback/i);
    });
  });

  it('gives two years of a martial art the weakness and the grading, with no trial class or beginner kit', async () => {
    const en = await firstFive(
      'sport',
      'Pass my judo brown belt grading',
      'Three years in, I train four times a week. My sensei says my throws from the left are weak.',
    );
    expect(en.keys).toContain('sport-combat-weak');
    expect(en.keys).not.toContain('sport-combat-trial');
    expect(en.keys).not.toContain('sport-combat-kit');
    const beginner = await firstFive('sport', 'Start boxing', 'Never done any martial art.');
    expect(beginner.keys).toContain('sport-combat-trial');
    const ru = await firstFive(
      'sport',
      'Получить синий пояс по карате',
      'Тренируюсь три раза в неделю уже два года.',
      'ru',
    );
    expect(ru.keys).toContain('sport-combat-grading');
    expect(ru.keys).not.toContain('sport-combat-trial');
  });

  it('reads a regular commute as the level and "never more than" as the distance so far', async () => {
    const en = await firstFive(
      'sport',
      'Do a 100 km charity ride',
      'I ride 10 miles each way to the office, but I have never done more than 40 km.',
    );
    expect(en.text).not.toMatch(/walk-run|gentle 20-minute/);
    expect(en.text).not.toMatch(/40 km/);
    const ru = await firstFive(
      'sport',
      'Проехать веломарафон',
      'Езжу на велосипеде 12 км до работы каждый день, но больше 50 км за раз не проезжал.',
      'ru',
    );
    expect(ru.text).not.toMatch(/50 км/);
  });

  it('reads a Three Peaks or a long trail as a hike (no climbing wall, no comeback) and "I hike most weekends" as active', async () => {
    const en = await firstFive(
      'sport',
      'Do the Three Peaks challenge',
      'I hike most weekends, but never three big climbs back to back.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['sport-mt-gear', 'sport-mt-hike', 'sport-mt-stairs']);
    expect(
      en.keys.some((key) => ['sport-25', 'sport-28', 'sport-29', 'sport-09', 'sport-mt-doctor'].includes(key)),
    ).toBe(false);
    const trail = await firstFive('sport', 'Walk the West Highland Way', 'I hike most weekends; six days in May.');
    expect(trail.keys).toContain('sport-mt-hike');
    const ru = await firstFive(
      'sport',
      'Пройти 100 км пешком за три дня',
      'Хожу в походы почти каждые выходные, в июне идём группой по тропе вдоль озера.',
      'ru',
    );
    expect(ru.keys).toContain('sport-mt-hike');
    expect(ru.keys).not.toContain('sport-mt-doctor');
    const run = await firstFive('sport', 'Run my first marathon', 'I run 3 times a week, longest run 25 km.');
    expect(run.keys.some((key) => key.startsWith('sport-mt-'))).toBe(false);
  });

  it('gives an experienced racket player stroke work and match play; a beginner keeps lessons and kit', async () => {
    const ru = await firstFive(
      'sport',
      'Выиграть турнир по настольному теннису',
      'Играю в секции второй год, три раза в неделю, подача слабая. Турнир в марте.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-racket-weak');
    expect(ru.keys).not.toContain('sport-racket-kit');
    const en = await firstFive('sport', 'Win the club badminton championship', 'I play twice a week for three years.');
    expect(en.keys).toContain('sport-racket-drill');
    const novice = await firstFive('sport', 'Learn to play tennis', 'Never held a racket.');
    expect(novice.keys).toContain('sport-racket-lesson');
    // A marathoner's first trail ultra: not beginner walk-runs, and hills even where it is flat.
    const ultra = await firstFive(
      'sport',
      'Finish my first 50k trail ultra',
      "I've run three road marathons, best time 3:55. About 1,500 m of climbing, and I live somewhere flat.",
    );
    expect(ultra.keys).not.toContain('sport-05');
    expect(ultra.keys).toContain('sport-hills');
  });

  it('gives someone already training with a club the gap to the target, not a half-volume comeback', async () => {
    const en = await firstFive(
      'sport',
      'Break 20 minutes for 5 km at parkrun',
      'I ran at school and came back to a running club last year; I run 30 km a week and my best this season is 20:40.',
    );
    expect(en.keys).toContain('sport-train-gap');
    expect(en.keys).not.toContain('sport-28');
    expect(en.keys).not.toContain('sport-29');
    expect(en.text).not.toMatch(/beginner plan|comeback target/i);
    const ru = await firstFive(
      'sport',
      'Проплыть 1500 м быстрее 25 минут',
      'В детстве занимался плаванием, теперь снова плаваю в клубе, 10 км в неделю. Мой лучший результат в этом сезоне — 26:30.',
      'ru',
    );
    expect(ru.keys).toContain('sport-train-gap');
    expect(ru.keys).not.toContain('sport-28');
    expect(ru.keys).not.toContain('sport-29');
  });

  it('reads a place in a team now as playing now: no gentle base or chair routine, even beside a childhood past', async () => {
    const GENTLE = ['sport-team-base', 'sport-team-joints-gentle'];
    const en = await firstFive('sport', 'Get into the first team at my hockey club', '');
    for (const key of GENTLE) expect(en.keys).not.toContain(key);
    expect(en.keys).toContain('sport-team-joints');
    // Beside a comeback the level is told two ways: the coach asks, and "already doing it" takes the team's path.
    const comeback = await tap(
      'sport',
      'Win a starting spot in our Sunday league side',
      'Played as a teenager, came back to it this autumn and mostly warm the bench.',
      'en',
      ['Already doing it'],
    );
    expect(comeback.asked.some((question) => question.choices?.includes('Already doing it, want to get better'))).toBe(
      true,
    );
    for (const key of GENTLE) expect(comeback.keys).not.toContain(key);
    const ru = await firstFive('sport', 'Попасть в основной состав нашей волейбольной команды', '', 'ru');
    for (const key of GENTLE) expect(ru.keys).not.toContain(key);
    // Someone else's team, a team at work and a team still to join are no place of the person's own.
    const son = await firstFive(
      'sport',
      "Play five-a-side with my son's team's parents",
      'I have not played since school.',
    );
    expect(son.keys).toContain('sport-team-base');
    const join = await firstFive('sport', 'Join my local hockey club', 'Never played, I am 40 and out of shape.');
    expect(join.keys).toContain('sport-team-base');
  });

  it('gives an old injury a physio check, and one already back in training no half-volume comeback', async () => {
    const en = await firstFive(
      'sport',
      'Break four hours at the London Marathon next April',
      'I ran 4:22 two years ago, then had a stress fracture in my foot and only started running again in September. I can do 15 miles comfortably now.',
    );
    expect(en.keys[0]).toBe('sport-injury-check');
    expect(en.keys).not.toContain('sport-28');
    expect(en.keys).not.toContain('sport-09');
    const ru = await firstFive(
      'sport',
      'Пробежать полумарафон весной',
      'После травмы ахилла снова бегаю с лета, сейчас спокойно пробегаю 15 км.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-injury-check');
    expect(ru.keys).not.toContain('sport-29');
  });

  it('gives a runner facing an ice race grip, frost kit and runs on ice — not walk-run or a beginner plan', async () => {
    const ru = await firstFive(
      'sport',
      'Пробежать ледовый полумарафон на Байкале',
      'Бегаю два года, полумарафон по асфальту пробегал за 2:05. Старт в марте, а бегать по льду и в такой мороз ни разу не пробовал.',
      'ru',
    );
    // the race's entry and date come first (blind read 44), then grip, layers and runs on ice.
    expect(ru.keys.slice(0, 4)).toEqual([
      'sport-ice-entry',
      'sport-ice-grip',
      'sport-ice-layers',
      'sport-ice-practice',
    ]);
    for (const key of ['sport-05', 'sport-09', 'sport-11']) expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/ходьбы и бега|для начинающих/);
    const en = await firstFive(
      'sport',
      'Run a frozen lake half marathon',
      "I've been running for three years and ran a half in 1:58 last spring. Never run on ice.",
    );
    expect(en.keys.slice(0, 2)).toEqual(['sport-ice-entry', 'sport-ice-grip']);
    expect(en.text).not.toMatch(/puck|stickhandling/i);
    // A true beginner keeps the gentle start.
    const first = await firstFive(
      'sport',
      'Run my first half marathon',
      "I've only just started running, 3 km at most.",
    );
    expect(first.keys).toContain('sport-05');
  });

  it('gives an experienced indoor climber going onto rock a course, falls, the anchor and a crag — no race steps', async () => {
    const en = await firstFive(
      'sport',
      'Lead climb outdoors on real rock this summer',
      "Three years of indoor bouldering and top-roping, and I lead up to 6b at the wall. I've never clipped a bolt outside and I'm scared of falling.",
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'sport-rock-course',
      'sport-rock-falls',
      'sport-rock-anchor',
      'sport-rock-crag',
    ]);
    for (const key of ['sport-02', 'sport-03', 'sport-05', 'sport-09', 'sport-11', 'sport-climb-intro'])
      expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/target distance|walk-run|event/i);
    const ru = await firstFive(
      'sport',
      'Начать лазать на скалах',
      'Два года хожу на скалодром, лидирую 6a, хочу летом в Крым на скалы.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-rock-course');
    expect(ru.text).toMatch(/шлямбур/);
    // A climber at the wall keeps the wall steps.
    const wall = await firstFive('sport', 'Climb my first 6c at the climbing gym', 'I boulder three times a week.');
    expect(wall.keys).not.toContain('sport-rock-course');
  });

  it('keeps the climbing when the goal is a comeback from an injury, and gives a finger injury a climber’s way back', async () => {
    const en = await talkTapping(
      'sport',
      'Get back to leading 6b after my finger pulley injury',
      "Tore the A2 pulley on my ring finger in the spring and was off for four months. I'm bouldering easy stuff again but I'm scared to pull hard on crimps.",
      'en',
      ['Climbing or bouldering'],
    );
    // The comeback is never a button, so tapping the sport keeps the physio check.
    expect(en.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('Coming back from an injury');
    expect(en.keys).toEqual([
      'sport-climbinj-physio',
      'sport-climbinj-open',
      'sport-climbinj-log',
      'sport-climbinj-ladder',
      'sport-climbinj-back',
    ]);
    expect(en.text).not.toMatch(/walk-run|target distance|beginner plan|this event/i);
    const ru = await firstFive(
      'sport',
      'Вернуться к скалолазанию после травмы пальца',
      'Порвал кольцевую связку на безымянном, три месяца не лазал, боюсь тянуть за мизера.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-climbinj-physio');
    expect(ru.text).toMatch(/открытым хватом/);
    // A team sport after an operation: the physio check stays first though "A team sport" was tapped, and only once.
    const team = await talkTapping(
      'sport',
      'Get back to five-a-side after my ACL surgery',
      'Had the operation last year, physio signed me off for jogging, want to play again by spring.',
      'en',
      ['A team sport'],
    );
    expect(team.keys[0]).toBe('sport-injury-check');
    expect(team.keys).not.toContain('sport-check');
    expect(team.keys).toContain('sport-team-find');
    // A climber with no injury keeps the wall steps.
    const wall = await firstFive('sport', 'Climb my first 6b', "I've been bouldering regularly for a year.");
    expect(wall.keys.some((key) => key.startsWith('sport-climbinj-'))).toBe(false);
  });

  it('gives a club player who already plays quick changes of direction — not the gentle chair routine', async () => {
    const en = await tap('sport', 'Make the 2nds at netball', 'I play for a club and my fitness is fine.', 'en', [
      'Already doing',
      'A team sport',
    ]);
    expect(en.keys).toContain('sport-team-joints');
    expect(en.keys).not.toContain('sport-team-joints-gentle');
    const ru = await tap('sport', 'Попасть в основу по баскетболу', 'Играю за клуб два года.', 'ru', [
      'Уже занимаюсь',
      'Командный',
    ]);
    expect(ru.keys).not.toContain('sport-team-joints-gentle');
    // Someone just starting keeps the gentle routine.
    const fresh = await tap('sport', 'Start playing netball', 'Never played, I want to join a club.', 'en', [
      'Just starting',
      'A team sport',
    ]);
    expect(fresh.keys).toContain('sport-team-joints-gentle');
    expect(fresh.keys).not.toContain('sport-team-joints');
  });

  it('prepares a fighter with a first bout ahead for the show — no trial class, beginner kit or home footwork', async () => {
    const en = await tap(
      'sport',
      'Win a bout at my first amateur boxing show',
      "I'm 27, training at a boxing gym in Salford for 18 months, sparring twice a week. Coach says I'm ready for a club show in the spring. My cardio dies in round two and I drop my right hand when I'm tired.",
      'en',
      ['Boxing'],
    );
    expect(en.keys).toEqual([
      'sport-bout-show',
      'sport-bout-habit',
      'sport-bout-film',
      'sport-bout-rounds',
      'sport-bout-weight',
    ]);
    expect(en.text).toMatch(/never a crash diet/);
    const ru = await tap(
      'sport',
      'Выиграть первый бой на любительском турнире по боксу',
      'Занимаюсь боксом полтора года, спаррингую два раза в неделю. Турнир весной, во втором раунде сдуваюсь.',
      'ru',
      ['Бокс'],
    );
    expect(ru.keys[0]).toBe('sport-bout-show');
    for (const key of ['sport-combat-trial', 'sport-combat-home', 'sport-combat-kit', 'sport-combat-week', 'sport-11'])
      expect(ru.keys).not.toContain(key);
    // Someone who has never trained still starts with a trial class.
    const start = await tap(
      'sport',
      'Start boxing',
      "I've never trained, I'm 30 and want to get fit and learn to box.",
      'en',
      ['Boxing'],
    );
    expect(start.keys[0]).toBe('sport-combat-trial');
    expect(start.keys).not.toContain('sport-bout-show');
  });

  it('gives someone back after two years with an aching knee the physio and the comeback — no log of recent weeks', async () => {
    const ru = await tap(
      'sport',
      'Вернуться в кылыы и выступить на Ысыахе',
      'Мне 19. В школе занимался якутскими прыжками, потом два года ничего. Хочу выступить в июне, колено иногда ноет после прыжков.',
      'ru',
      ['Спорт и старты'],
    );
    expect(ru.keys[0]).toBe('sport-injury-check');
    expect(ru.keys).toContain('sport-28');
    for (const key of ['sport-gen-review', 'sport-gen-coach', 'sport-gen-practice']) expect(ru.keys).not.toContain(key);
    const en = await tap(
      'sport',
      'Get back into throwing and compete at the county games',
      'I used to throw discus at school and won the county title, then two years off. The county games are in June and my knee aches after heavy sessions.',
      'en',
      ['Sport and races'],
    );
    expect(en.keys[0]).toBe('sport-injury-check');
    expect(en.keys).not.toContain('sport-gen-review');
    expect(en.keys).not.toContain('sport-gen-practice');
    // Training all along, no break: the log of recent weeks and the weak part stay.
    const active = await tap(
      'sport',
      'Throw further at the county games',
      'I train discus four times a week with my club and compete every month. The county games are in June.',
      'en',
      ['Sport and races'],
    );
    expect(active.keys).toContain('sport-gen-review');
  });

  it('builds an ice-water swim with a doctor, a club watching and a warming plan — no wetsuit group or beginner week', async () => {
    const en = await tap(
      'sport',
      'Swim an ice kilometre at the winter swimming championships',
      "I'm 44, I've been sea dipping for two winters, my longest swim is 100 m in 5-degree water. I only have Sundays free.",
      'en',
    );
    expect(en.keys).toEqual(COLD);
    expect(en.text).toMatch(/never swim in ice water alone/);
    const ru = await tap(
      'sport',
      'Проплыть 250 метров на фестивале моржей',
      'Мне 58, окунаюсь в прорубь третью зиму, больше 25 метров ни разу не проплывал.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-cold-doctor');
    expect(ru.keys).toContain('sport-cold-build');
    for (const key of ['sport-26', 'sport-09', 'sport-05', 'sport-02']) expect(ru.keys).not.toContain(key);
    // A summer lake swim keeps the open-water steps.
    const near = await tap(
      'sport',
      'Swim 1 km in the lake this summer',
      'I swim front crawl in the pool twice a week but have never swum in open water.',
      'en',
    );
    expect(near.keys.filter((key) => key.startsWith('sport-cold'))).toEqual([]);
  });

  it('trains a stage racer for days back to back — not one target day for the whole distance or a comeback at half', async () => {
    const en = await tap(
      'sport',
      'Ride the Transalp with my brother',
      "I've been racing cross-country for about four years and did two marathons last season. It's seven stages in the Alps and I've never ridden more than two days back to back.",
      'en',
      ['Already', 'Cycling'],
    );
    expect(en.keys).toContain('sport-stage-gap');
    expect(en.keys).toContain('sport-stage-blocks');
    expect(en.keys).not.toContain('sport-03');
    expect(withPrefix(en.keys, 'sport-2')).toEqual([]);
    const ru = await tap(
      'sport',
      'Проехать многодневную гонку на МТБ',
      'Катаюсь четвёртый сезон, в прошлом году проехал два веломарафона. Гонка — пять этапов подряд, в паре с напарником.',
      'ru',
      ['Уже занимаюсь', 'Велоспорт'],
    );
    expect(ru.keys).toContain('sport-stage-gap');
    expect(ru.keys).toContain('sport-stage-pair');
    // A tour with a tent keeps the touring steps; a one-day race keeps its target day.
    const tour = await tap('sport', 'Cycle tour the Danube over a week', 'With a tent, about 80 km a day.', 'en', [
      'Already',
    ]);
    expect(withPrefix(tour.keys, 'sport-stage-')).toEqual([]);
    const near = await tap('sport', 'Ride a 100 km sportive', 'I ride 60 km every Saturday.', 'en', [
      'Already',
      'Cycling',
    ]);
    expect(withPrefix(near.keys, 'sport-stage-')).toEqual([]);
  });

  it('reads a swimmer who keeps up a distance every week as training, not a beginner: the long-swim steps', async () => {
    const en = await tap(
      'sport',
      'Swim the Rottnest Channel as part of a team of four',
      "I'm 42, Perth, swim about 2 km three mornings a week in the pool. I've done a few 1 km ocean swims but never 5 km-ish legs in open water.",
    );
    expect(en.keys[0]).toBe('sport-swim-log');
    expect(en.keys).not.toContain('sport-05');
    expect(en.texts.join(' ')).not.toMatch(/target day for 2 km/);
    const galway = await tap(
      'sport',
      'Swim across Galway Bay for the charity swim',
      "I'm 52 and have been sea swimming all year round for four years, usually 1-1.5 km. The crossing is about 3.5 km and I've never done more than 2 km in one go.",
    );
    expect(galway.keys.slice(0, 2)).toEqual(['sport-swim-log', 'sport-swim-rules']);
    expect(galway.keys).not.toContain('sport-28');
    const ru = await tap(
      'sport',
      'Переплыть Волгу на благотворительном заплыве',
      'Плаваю по 2 км три раза в неделю в бассейне, в открытой воде больше 1 км не плавал.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-swim-log');
    // Someone who has never swum far and swims no distance each week stays on the gentle start.
    const near = await tap(
      'sport',
      'Swim the Rottnest Channel as part of a team of four',
      "I've never swum more than a few lengths and I'm nervous in the sea.",
    );
    expect(near.keys).not.toContain('sport-swim-feed');
  });

  it('keeps beginner walk-runs away from a runner with marathons behind them, even with a sore tendon', async () => {
    const en = await tap(
      'sport',
      'Run a 100 km trail race in the Alps',
      "I've run three marathons and my longest trail race is 60 km. My knee has been a bit sore since winter.",
    );
    expect(en.keys).not.toContain('sport-05');
    expect(en.keys).not.toContain('sport-09');
    expect(en.keys).not.toContain('sport-11');
    const near = await tap('sport', 'Finish my first half marathon', "I've never run and I'm out of shape.");
    expect(near.keys).toContain('sport-05');
  });

  it('a sore joint a doctor already gave a plan for: no second booking about it', async () => {
    const ru = await tap(
      'sport',
      'Пробежать первый горный забег на 20 км',
      'Бегаю два года по городу, 10 км за 55 минут. Колено побаливает после длинных пробежек, врач посоветовала укреплять бёдра.',
      'ru',
      ['Горный бег, трейл и спуски', 'Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys).not.toContain('sport-injury-check');
    const en = await tap(
      'sport',
      'Run my first hilly half marathon',
      'I have run for three years. My knee aches after long runs and the physio told me to strengthen my glutes.',
      'en',
      ['Already doing it, want to get better'],
    );
    expect(en.keys).not.toContain('sport-injury-check');
    // A sore knee with no plan from anyone keeps the check first.
    const near = await tap(
      'sport',
      'Run my first hilly half marathon',
      'I have run for three years. My knee aches after long runs.',
      'en',
      ['Already doing it, want to get better'],
    );
    expect(near.keys[0]).toBe('sport-injury-check');
  });

  it('reads one bad moment told about ("I once froze") as no comeback, so no doctor’s check', async () => {
    const en = await tap(
      'sport',
      'lead my first 6b on real rock this summer',
      "I'm 31 and climb four times a week at the gym around 6c. I once panicked at the top of a route and had to be lowered.",
      'en',
      ['Climbing outdoors'],
    );
    expect(en.keys).not.toContain('sport-check');
    const near = await tap(
      'sport',
      'lead my first 6b on real rock this summer',
      "I'm 31. I used to climb 6c at uni but stopped for eight years, and I'm getting back to it now.",
      'en',
      ['Climbing outdoors'],
    );
    expect(near.keys).toContain('sport-check');
  });

  it('reads a league player with an old shoulder strain as active, not a beginner or a comeback', async () => {
    const en = await tap(
      'sport',
      'stop losing my serve in club matches',
      'I am 50 and play tennis in the club league every week, plus two practice evenings. My serve breaks down when the score is close. I strained my shoulder two years ago. The season starts again in six weeks.',
      'en',
      ['Tennis'],
    );
    expect(en.keys).not.toContain('sport-racket-lesson');
    expect(en.keys).not.toContain('sport-racket-kit');
    expect(en.keys).toContain('sport-racket-weak');
  });

  it('gives skiers with an old injury their check and an active plan, not the beginner walk-run', async () => {
    const ru = await tap(
      'sport',
      'пробежать 50 км классикой на лыжном марафоне',
      'Мне 50, на лыжах с детства, каждую зиму бегу 30 км на местном марафоне. Два года назад была операция на мениске, колено иногда ноет. До старта четыре месяца.',
      'ru',
      [],
    );
    expect(ru.keys).toContain('sport-injury-check');
    expect(ru.keys).not.toContain('sport-05');
    expect(ru.keys).not.toContain('sport-09');
    const active = await tap(
      'sport',
      'пройти 50 км на лыжах',
      'Катаюсь третий сезон, 25 км спокойно прохожу за два с половиной часа. Весной было воспаление ахиллова сухожилия. Старт в марте.',
      'ru',
      [],
    );
    expect(active.keys).toContain('sport-injury-check');
    expect(active.keys).not.toContain('sport-09');
    const near = await tap(
      'sport',
      'пробежать первые 10 км',
      'Мне 40, никогда не бегала, лишний вес 15 кг и колено ноет после ходьбы.',
      'ru',
      [],
    );
    expect(near.keys).not.toContain('sport-01');
  });
});
