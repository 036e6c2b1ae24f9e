import { describe, expect, it } from 'vitest';
import {
  anyWithPrefix,
  baseKeys,
  firstFive,
  pack,
  slots,
  talkTapping,
  tap,
  withPrefix,
} from '../../../../test/factories/offline-cases.js';
import { kindProblems } from '../../../content/check-coach-pack.js';

// Goals of the sport kind (content/goals/types/sport.yaml), walked through the offline coach as a person would: the
// situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a new
// case goes: docs/coach.md.
const RUNNING = ['sport-01-topic', 'sport-03', 'sport-06', 'sport-07', 'sport-08', 'sport-10'];

const CONTACT = ['sport-contact-coach', 'sport-contact-neck', 'sport-contact-head'];

const SURF = ['sport-surf-watch', 'sport-surf-holddown', 'sport-surf-lineup'];

const GEN = ['sport-gen-review', 'sport-gen-coach', 'sport-gen-practice', 'sport-gen-date'];

const COMBAT_FIRST_DAY = ['sport-combat-trial', 'sport-combat-home', 'sport-combat-kit', 'sport-combat-week'];

const DISTANCE_WEEK = ['sport-06', 'sport-07', 'sport-08', 'sport-10'];

const steps = async (...args: Parameters<typeof tap>) => baseKeys((await tap(...args)).keys);

const LIFT = ['sport-lift-plan', 'sport-lift-form'];

describe('sport: the situation named and the steps it brings', () => {
  describe('a number the person does now is not the target', () => {
    it('reads the title’s "100-mile" and passes over a commute, a leg of a triathlon, a year and a follower count', () => {
      const sportive = slots.read('Ride my first 100-mile sportive', [
        'I commute 12 miles each way by bike and my longest ride is 65 miles, back in May.',
      ]);
      expect(sportive.distance?.en).toBe('100 miles');
      expect(slots.read('Ride 80 km', ['I commute 12 km each way']).distance?.en).toBe('80 km');
      expect(slots.read('Get fitter', ['I run 5k three times a week']).distance).toBeUndefined();

      const triathlon = slots.read('Finish a sprint triathlon', [
        'I run 5k three times a week and cycle to work, but I can only swim breaststroke.',
      ]);
      expect(triathlon.distance).toEqual({ en: 'a sprint triathlon', ru: 'спринт-триатлон' });
      expect(slots.read('Пройти свой первый триатлон', ['Бегаю 10 км по выходным']).distance?.ru).toBe('триатлон');

      expect(slots.read('Снова сесть за руль', ['Права получила в 2014-м']).distance).toBeUndefined();
      expect(slots.read('Turn my TikToks into an income', ['32k followers']).distance).toBeUndefined();
      // "200 km in a day" is the size of the ride, not a deadline of one day.
      expect(slots.read('200 км на велике за день', []).horizon).toBeUndefined();
      expect(slots.read('Ride 200 km in a day', []).horizon).toBeUndefined();
      expect(slots.read('Finish it in 3 days', []).horizon).toBe('days');
    });

    it('gives a long ride and hills to a sportive, and a swim coach and a three-sport week to a weak swimmer', async () => {
      const sportive = await firstFive(
        'sport',
        'Ride my first 100-mile sportive',
        "I commute 12 miles each way by bike and my longest ride is 65 miles. It's far hillier than anything round here.",
      );
      expect(sportive.text).not.toContain('12 miles');
      expect(sportive.text).toContain('100 miles');
      expect(sportive.keys).toContain('sport-ride-long');
      expect(sportive.keys).toContain('sport-hills');
      expect(sportive.keys).not.toContain('sport-08');

      const triathlon = await firstFive(
        'sport',
        'Finish a sprint triathlon',
        'I run 5k three times a week and cycle to work, but I can only swim breaststroke with my head out of the water.',
      );
      expect(triathlon.text).not.toContain('5 km');
      expect(triathlon.keys).toContain('sport-tri-swim');
      expect(triathlon.keys.indexOf('sport-tri-swim')).toBeLessThan(triathlon.keys.indexOf('sport-03'));

      const brevet = await firstFive(
        'sport',
        'Проехать бревет 200 км',
        'Катаюсь третий сезон, самая длинная — 120 км.',
        'ru',
      );
      expect(brevet.keys).toContain('sport-ride-long');
      expect(brevet.minutes.at(-1)).toBe(120);
    });
  });

  it('gives a high mountain climb altitude and hiking steps, with no ski school', async () => {
    const ru = await firstFive(
      'sport',
      'Взойти на Казбек',
      'Иду с группой в июле, бегаю трижды в неделю, на высоте выше 2500 не был.',
      'ru',
    );
    expect(ru.keys).toContain('sport-mt-gear');
    expect(ru.keys.some((key) => key.startsWith('sport-ski-'))).toBe(false);
    const en = await firstFive(
      'sport',
      'Climb Kilimanjaro',
      'Booked for February with a guided group. I cycle twice a week.',
    );
    expect(en.keys[0]).toBe('sport-mt-doctor');
    expect(en.text).not.toMatch(/ski|race start/i);
  });

  it('sizes a marathoner’s long run for a marathon when only the description names it', async () => {
    const en = await firstFive(
      'sport',
      'Qualify for London next spring',
      'Two marathons done, PB 3:40, I run five days a week and my long run is 28 km.',
    );
    expect(en.keys).toContain('sport-27');
    expect(en.keys).not.toContain('sport-08');
  });

  it('gives a pool swimmer no open-water step and no race-day reason, and keeps open water for the sea', async () => {
    const ru = await firstFive(
      'sport',
      'Проплыть 800 метров кролем',
      'Плаваю в бассейне по субботам, на кроле задыхаюсь.',
      'ru',
    );
    expect(ru.keys).not.toContain('sport-26');
    expect(ru.text).not.toMatch(/на старте/);
    const sea = await firstFive('sport', 'Swim 2 km in the sea this summer', 'I do lengths at the pool twice a week.');
    expect(sea.keys).toContain('sport-26');
  });

  it('gives a muscle-up the sticking point and its drills, not a best-reps log or a rest-day rule', async () => {
    const en = await firstFive(
      'sport',
      'Get my first muscle-up',
      'I train at the bar three times a week: 12 pull-ups, 15 dips, but I stall getting over the bar.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['sport-skill-film', 'sport-skill-drill', 'sport-skill-assist']);
    expect(en.keys.some((key) => key === 'sport-lift-log' || key === 'sport-19')).toBe(false);
    const ru = await firstFive(
      'sport',
      'Научиться стойке на руках',
      'Занимаюсь воркаутом два года, стою у стены, без опоры падаю.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-skill-film');
    // A barbell lift keeps the lift steps.
    const lift = await firstFive('sport', 'Deadlift twice my bodyweight', 'I pull 140kg now at 80kg bodyweight.');
    expect(anyWithPrefix(lift.keys, 'sport-lift-')).toBe(true);
    expect(anyWithPrefix(lift.keys, 'sport-skill-')).toBe(false);
  });

  it('reads "putting a foot down" as no golf, and a long climb or a multi-day ride as what it is', async () => {
    const en = await firstFive(
      'sport',
      'Cycle up Mont Ventoux without putting a foot down',
      'I ride 120 km a week on flat roads; the longest climb I know takes five minutes.',
    );
    expect(en.keys.some((key) => key.startsWith('sport-aim-'))).toBe(false);
    expect(en.keys).toContain('sport-hills');
    const tour = await firstFive(
      'sport',
      'Проехать на велосипеде из Казани в Нижний',
      'Катаюсь третий год, по выходным делаю по 80–100 км. Хочу многодневный маршрут с ночёвками, 400 км подряд ни разу не ездил.',
      'ru',
    );
    expect(tour.text).not.toMatch(/Дистанция — 100 км/);
    expect(tour.keys).toContain('sport-ride-long');
    // Golf keeps its steps.
    const golf = await firstFive('sport', 'Sort out my putting', 'I three-putt half the greens, handicap 18.');
    expect(golf.keys[0]).toBe('sport-aim-card');
  });

  it('gives a paddleboard a lesson, safety and falling in, not a race day or open-water swim training', async () => {
    const en = await firstFive(
      'sport',
      'Stand up on a paddleboard',
      'We hire boards on holiday in August and I have never tried.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['sport-paddle-lesson', 'sport-paddle-safety']);
    expect(en.keys).not.toContain('sport-26');
    expect(en.keys).not.toContain('sport-03');
    const ru = await firstFive(
      'sport',
      'Покататься на сапе',
      'В июле на Ладоге, плаваю хорошо, но на доске ни разу не стояла.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-paddle-lesson');
    // A lake swim keeps the open-water swim step.
    const lake = await firstFive('sport', 'Swim 1 km in the lake', 'I swim 500 m in the pool now.');
    expect(lake.keys).toContain('sport-26');
  });

  it('gives a fell or trail runner who loses time downhill descending steps, not a hike or a gentle build-up', async () => {
    const en = await firstFive(
      'sport',
      'Beat my time at a fell race',
      'Been fell running for years; I lose minutes on the descents and the scree scares me.',
    );
    expect(en.keys.slice(0, 2)).toEqual(['sport-descent-drill', 'sport-descent-guide']);
    expect(en.keys.some((key) => key.startsWith('sport-mt-'))).toBe(false);
    const ru = await firstFive(
      'sport',
      'Пробежать горный забег быстрее',
      'Бегаю трейл пятый год, но на спусках по курумнику теряю кучу времени.',
      'ru',
    );
    expect(ru.keys).toContain('sport-descent-split');
  });

  it('reads a 100 km ride in a day as a long ride, with the ride’s own long session', async () => {
    const ru = await firstFive(
      'sport',
      'Проехать 100 км за день',
      'Катаюсь второй сезон по 50 км в выходные, хочу в сентябре проехать сотню с друзьями.',
      'ru',
    );
    expect(ru.keys).toContain('sport-ride-long');
    expect(ru.keys).not.toContain('sport-08');
  });

  it('gives ice hockey stick work and skating, never a ball against a wall', async () => {
    const ru = await firstFive(
      'sport',
      'Вернуться в любительский хоккей после травмы колена',
      'Играл в ночной лиге, полтора года назад порвал крестообразную связку, операция и восстановление позади. Хочу к октябрю выйти на лёд с командой.',
      'ru',
    );
    expect(ru.keys).toContain('sport-ice-hands');
    expect(ru.keys).not.toContain('sport-team-ball');
    expect(ru.text).not.toMatch(/чувством мяча/);
    const en = await firstFive(
      'sport',
      'Get back into beer league ice hockey this winter',
      "I played in my twenties and haven't skated for eight years.",
    );
    expect(en.keys).toContain('sport-team-find');
    expect(en.keys).not.toContain('sport-team-ball');
    const control = await firstFive(
      'sport',
      'Play five-a-side football again',
      'I used to play every week, stopped two years ago.',
    );
    expect(control.keys).toContain('sport-team-ball');
  });

  it('keeps golf out of a bowling plan, and gives a sport with no branch kind-general steps', async () => {
    const en = await firstFive(
      'sport',
      'Average 180 in my Tuesday night bowling league',
      'I leave the 10-pin standing all the time.',
    );
    const plan = en.text.split('\n').find((line) => line.startsWith('Write a simple game plan')) ?? '';
    expect(plan).toMatch(/bowling/);
    const ru = await firstFive(
      'sport',
      'Выступить на соревнованиях по бальным танцам',
      'Танцуем с партнёром второй год, хотим в класс D.',
      'ru',
    );
    expect(ru.keys.slice(0, 4)).toEqual([
      'sport-gen-review',
      'sport-gen-coach',
      'sport-gen-practice',
      'sport-gen-date',
    ]);
    expect(ru.text).not.toMatch(/интервальн|длинн/);
    // Control: a runner keeps the distance path.
    const run = await firstFive('sport', 'Run a sub-25 5k', 'I run three times a week and my best is 26:40.');
    expect(run.keys.slice(0, 3)).toEqual(['sport-01', 'sport-03', 'sport-06']);
  });

  it('gives darts doubles and checkouts, not a golf scorecard — golf keeps it', async () => {
    const en = await firstFive(
      'sport',
      'Make the county darts team',
      'I average about 68 in the Thursday pub league and the county trials are in October. My finishing on doubles is the weak point.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['sport-darts-doubles', 'sport-darts-checkout', 'sport-darts-match']);
    expect(en.keys).not.toContain('sport-aim-card');
    expect(en.text).not.toMatch(/putts per hole/);
    const ru = await firstFive(
      'sport',
      'Попасть в сборную города по дартсу',
      'Играю в лиге бара по средам, плохо закрываю на удвоениях. Отбор весной.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-darts-doubles');
    expect(ru.text).toMatch(/удвоени/);
    const golf = await firstFive('sport', 'Break 90 in golf', 'I three-putt too often.');
    expect(golf.keys).toContain('sport-aim-card');
    expect(golf.keys).not.toContain('sport-darts-doubles');
    const tennis = await firstFive('sport', 'Win the club tennis doubles', 'We lost in the semis last year.');
    expect(tennis.keys).not.toContain('sport-darts-doubles');
  });

  it('gives cyclocross its races, dismounts, corners and race efforts — no target distance or long ride', async () => {
    const en = await firstFive(
      'sport',
      'Finish a whole cyclocross season without coming last',
      "I'm 38, I've ridden road bikes for years but only raced twice, both times at the back. The local league runs from September to January.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['sport-cx-races', 'sport-cx-dismount', 'sport-cx-corners']);
    for (const key of ['sport-03', 'sport-06', 'sport-08']) expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/target distance|longest recent/);
    const ru = await firstFive(
      'sport',
      'Проехать сезон велокросса',
      'Катаюсь на шоссе третий год, хочу попробовать гонки осенью.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-cx-races');
    expect(ru.text).toMatch(/соскок/);
  });

  it("works a cyclist's nerve after a crash — the bike, one known descent, a skills session, the group — no pace splits", async () => {
    const en = await firstFive(
      'sport',
      'Get my nerve back descending after my crash',
      "Broke my collarbone in a crash on a club ride in April. It's healed, but I'm terrified on descents and riding close in the group. The club's autumn sportive is 28 September.",
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'sport-bike-check',
      'sport-bike-descent',
      'sport-bike-skills',
      'sport-bike-group',
    ]);
    for (const key of ['sport-train-gap', 'sport-train-weeks', 'sport-03', 'sport-descent-drill'])
      expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/pace you need per split|run down/i);
    const ru = await firstFive(
      'sport',
      'Перестать бояться спусков на шоссейнике после падения',
      'Упал с велосипеда в мае на групповой покатушке, теперь страшно на спусках и ехать в группе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-bike-check');
    expect(ru.text).toMatch(/веломастерск/);
    // A fell runner keeps the running descents.
    const fell = await firstFive('sport', 'Get faster on fell race descents', 'I lose minutes on every descent.');
    expect(fell.keys[0]).toBe('sport-descent-drill');
    expect(fell.keys).not.toContain('sport-bike-check');
  });

  it('takes a skier from blue to red runs with a lesson, drills, the first red and boots — no easy resort or race kit', async () => {
    const ru = await firstFive(
      'sport',
      'Перейти с синих трасс на красные в Шерегеше',
      'Катаюсь на горных лыжах третий сезон, синие уверенно, а на крутых участках красных зажимаюсь и торможу плугом. В феврале едем туда на неделю.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['sport-ski-steep-lesson', 'sport-ski-steep-drill', 'sport-ski-steep-first']);
    for (const key of ['sport-ski-trip', 'sport-ski-lesson', 'sport-13', 'sport-19'])
      expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/простых трасс|регламент старта/);
    const en = await firstFive(
      'sport',
      'Ski red runs with confidence in the Alps',
      'Fourth season skiing, fine on blues but I snowplough on anything steep. We go to Val Thorens in March.',
    );
    expect(en.keys[0]).toBe('sport-ski-steep-lesson');
    expect(en.text).not.toMatch(/easy slopes|race rules/);
    // A first-timer keeps the beginner lessons and the trip with easy slopes.
    const first = await firstFive('sport', 'Learn to ski this winter', 'Never skied, going to Sheregesh in January.');
    expect(first.keys.slice(0, 3)).toEqual(['sport-ski-lesson', 'sport-ski-legs', 'sport-ski-trip']);
  });

  it('gives a pool race splits, race-pace sets, turns and a time trial — no long chatty-pace session', async () => {
    const en = await firstFive(
      'sport',
      'Get my 200m freestyle under 3 minutes for the masters gala',
      'I swim with a masters club three times a week and my best is 3:14. The county gala is the last weekend of November.',
    );
    expect(en.keys).toEqual([
      'sport-swim-splits',
      'sport-swim-pace',
      'sport-swim-turns',
      'sport-swim-eye',
      'sport-swim-trial',
    ]);
    expect(en.text).not.toMatch(/hold a conversation/);
    const ru = await firstFive(
      'sport',
      'Проплыть 100 м брассом быстрее 1:40 на соревнованиях',
      'Плаваю в секции мастерс три раза в неделю, сейчас мой лучший 1:48. Старт в марте.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-swim-splits');
    expect(ru.keys).not.toContain('sport-08');
    expect(ru.keys.some((key) => key.startsWith('sport-tri-'))).toBe(false);
    // A distance swum in the pool is no race.
    const km = await firstFive(
      'sport',
      'Swim 1 km freestyle without stopping',
      'I can do 400 m now in the local pool, three times a week.',
    );
    expect(km.keys.some((key) => key.startsWith('sport-swim-'))).toBe(false);
  });

  it('gives a ride over several days its stages, a loaded ride, the bike, the kit and a check-in — no race day', async () => {
    const ru = await firstFive(
      'sport',
      'Проехать вокруг Иссык-Куля на велосипеде за пять дней',
      'Катаюсь третий сезон, по выходным делаю по 80–100 км вокруг Алматы. Круг около 440 км, хочу поехать в конце августа с другом и с палаткой.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'sport-tour-stages',
      'sport-tour-loaded',
      'sport-tour-bike',
      'sport-tour-kit',
      'sport-tour-safety',
    ]);
    for (const key of ['sport-04', 'sport-12', 'sport-15', 'sport-16']) expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/старт|регламент/);
    const en = await firstFive(
      'sport',
      'Cycle coast to coast in four days with my brother',
      'We both ride 60 km most weekends. Camping, carrying everything ourselves, in June.',
    );
    expect(en.keys[0]).toBe('sport-tour-stages');
    expect(en.text).not.toMatch(/bib|taper|shake-out/i);
    // A long ride in one day keeps its own steps.
    const day = await firstFive('sport', 'Ride 100 km in one day', 'I ride 50 km on Sundays.');
    expect(day.keys.some((key) => key.startsWith('sport-tour-'))).toBe(false);
  });

  it('gives a long open-water swim (the Dart 10k) a swim log, its rules, a river session and feeding — no running, no darts', async () => {
    const en = await talkTapping(
      'sport',
      'Swim the Dart 10k in September',
      "I swim three times a week with a masters group, about 8 km a week, and did a 5 km lake swim last summer in 1:52. I've never swum with a river current or that far.",
      'en',
      ['Already doing it'],
    );
    expect(en.asked.flatMap((asked) => asked.choices ?? [])).not.toContain('Darts');
    expect(en.keys.slice(0, 3)).toEqual(['sport-swim-log', 'sport-swim-rules', 'sport-swim-open']);
    expect(en.keys).not.toContain('sport-01');
    expect(en.text).not.toMatch(/running|darts|doubles/i);
    const ru = await talkTapping(
      'sport',
      'Проплыть 10 км по Волге',
      'Плаваю в группе мастерс три раза в неделю, около 8 км в неделю, прошлым летом проплыла 5 км в озере.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys[0]).toBe('sport-swim-log');
    expect(ru.keys).toContain('sport-swim-open');
    expect(ru.text).toMatch(/Никогда не плавай на открытой воде в одиночку/);
    // A 10k run keeps its running log, and a darts player keeps darts.
    const run = await firstFive('sport', 'Run a 10k in under 50 minutes', 'I already run 5 km three times a week.');
    expect(run.keys).toContain('sport-01');
    expect(run.keys.some((key) => key.startsWith('sport-swim-'))).toBe(false);
    const darts = await firstFive(
      'sport',
      'Make the county darts team',
      'I average about 68 in the Thursday pub league; my finishing on doubles is the weak point.',
    );
    expect(darts.keys[0]).toBe('sport-darts-doubles');
  });

  it('gives a first trail or mountain race the course learnt from its map, not a split of a past time on it, and a guide session to arrange', async () => {
    const ru = await talkTapping(
      'sport',
      'Пробежать первый трейл на 30 км в Хибинах',
      'Бегаю по асфальту второй год, полумарафон пробежала за 2:10. В горах не бегала ни разу, спуски пугают, старт в августе.',
      'ru',
      ['Уже занимаюсь', 'Горный бег'],
    );
    expect(ru.keys).toContain('sport-descent-course');
    expect(ru.keys).not.toContain('sport-descent-split');
    expect(ru.text).not.toMatch(/прошлое время на трассе/);
    expect(ru.text).toMatch(/согласуй дату и внеси её в календарь/);
    expect(ru.text).not.toMatch(/повтори его линию/);
    const en = await firstFive(
      'sport',
      'Run my first trail race, 30 km in the Lake District',
      'Two years of road running, half marathon in 2:10. Never run in the mountains and the descents scare me.',
    );
    expect(en.keys).toContain('sport-descent-course');
    expect(en.keys).not.toContain('sport-descent-split');
    // A fell runner with years on the course keeps the split of their last time.
    const fell = await firstFive(
      'sport',
      'Пробежать горный забег быстрее',
      'Бегаю трейл пятый год, но на спусках по курумнику теряю кучу времени.',
      'ru',
    );
    expect(fell.keys).toContain('sport-descent-split');
    expect(fell.keys).not.toContain('sport-descent-course');
  });

  // Fitness has a doctor's go-ahead (`cleared`); the sport path's own check with a doctor kept asking for it.
  describe('a doctor’s go-ahead in a sport goal', () => {
    it('skips the check with a doctor once the person says they are cleared, and keeps it while they wait', async () => {
      const cleared = await firstFive(
        'sport',
        'Start playing squash again',
        "I had a heart stent fitted last year; my cardiologist cleared me to exercise in May. I'm 58.",
      );
      expect(cleared.keys).not.toContain('sport-check');
      const waiting = await firstFive(
        'sport',
        'Start playing squash again',
        "I had a heart stent fitted last year and I'm 58; still waiting for the all-clear.",
      );
      expect(waiting.keys[0]).toBe('sport-check');
      const ru = await firstFive(
        'sport',
        'Начать играть в бадминтон',
        'Мне 61, врач разрешил нагрузки после осмотра.',
        'ru',
      );
      expect(ru.keys).not.toContain('sport-check');
    });
  });

  it('names an event day without a broken fallback when no distance is given', async () => {
    const ru = await firstFive(
      'sport',
      'Подготовиться к велогонке в мае',
      'Катаюсь три года, хочу первый старт.',
      'ru',
    );
    expect(ru.keys).toContain('sport-03');
    expect(ru.text).not.toMatch(/Дистанция — целевая дистанция/);
    expect(ru.text).toContain('Назначь свой целевой день (целевая дистанция)');
  });

  it('gives a racket player too slow around the court movement work, not a weak stroke', async () => {
    const en = await firstFive(
      'sport',
      'Make the first team at my squash club',
      "I've played in the club league for three years. My shots are fine but I'm too slow getting to the back corners.",
    );
    expect(en.keys.slice(0, 3)).toEqual([
      'sport-racket-feet-find',
      'sport-racket-feet-drill',
      'sport-racket-feet-coach',
    ]);
    expect(en.keys).not.toContain('sport-racket-weak');
    expect(en.keys).not.toContain('sport-racket-drill');
    const ru = await firstFive(
      'sport',
      'Попасть в основной состав клуба по бадминтону',
      'Играю в клубе третий год, два раза в неделю. Удары нормальные, но не успеваю к задней линии.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-racket-feet-find');
    expect(ru.keys).not.toContain('sport-racket-weak');
  });

  it('still finds the weak stroke for a racket player who names no movement problem (near miss)', async () => {
    const en = await firstFive(
      'sport',
      'Win the club tennis championship',
      "I've played in the club league for three years. My serve lets me down in tight games.",
    );
    expect(en.keys[0]).toBe('sport-racket-weak');
    expect(en.keys).not.toContain('sport-racket-feet-find');
  });

  it('gives an ultra its cut-offs and long runs on days off — no 42.2 km day, and no intervals on an old injury', async () => {
    const en = await firstFive(
      'sport',
      'Run my first 100 km ultra',
      "I've done four marathons, best 3:55, and I run 60 km a week. The race is next October. My knee tendonitis comes back when I rush.",
    );
    expect(en.keys).toContain('sport-ultra-cutoffs');
    expect(en.keys).not.toContain('sport-03');
    expect(en.keys).not.toContain('sport-06');
    expect(en.keys).not.toContain('sport-07');
    const ru = await firstFive(
      'sport',
      'Пробежать ультрамарафон 50 км в горах Алтая',
      'Бегаю пять лет, пробежал два марафона, лучший 3:40. Старт в августе.',
      'ru',
    );
    expect(ru.keys).toContain('sport-ultra-cutoffs');
    expect(ru.keys).not.toContain('sport-03');
    // A marathon keeps its 42.2 km day.
    const marathon = await firstFive(
      'sport',
      'Run a marathon under 4 hours',
      'I run 50 km a week and did a half in 1:50. The race is in April.',
    );
    expect(marathon.keys).not.toContain('sport-ultra-cutoffs');
  });

  it('gives a wrestler or boxer who fades late rounds at bout length and a competition — not drills for technique or a grading', async () => {
    const ru = await firstFive(
      'sport',
      'Взять медаль на первенстве области по боксу',
      'Мне 17, боксирую пять лет, тренируюсь в клубе четыре раза в неделю, в этом сезоне выиграл два боя. В третьем раунде выдыхаюсь и пропускаю.',
      'ru',
    );
    expect(ru.keys).toContain('sport-combat-gas');
    expect(ru.keys).not.toContain('sport-combat-weak');
    expect(ru.keys).not.toContain('sport-combat-grading');
    const en = await firstFive(
      'sport',
      'Place at the state wrestling championships',
      "I've wrestled for five years at my club and train four times a week. I always gas out in the last period of the final.",
    );
    expect(en.keys).toContain('sport-combat-gas');
    expect(en.keys).not.toContain('sport-combat-grading');
    // A karateka working towards a belt keeps the grading.
    const karate = await firstFive(
      'sport',
      'Get my brown belt in karate',
      "I've trained karate for six years, three times a week at my club; the grading is in May.",
    );
    expect(karate.keys).toContain('sport-combat-grading');
    expect(karate.keys).not.toContain('sport-combat-gas');
  });

  it('gives a team player in a wheelchair the warm-up, shoulders and sprints in the chair — not jogging or sit-to-stands', async () => {
    const en = await firstFive(
      'sport',
      'Get into the first team for wheelchair rugby',
      "I've played for two seasons with my club and train three times a week, but I run out of gas late in matches.",
    );
    expect(en.keys).toContain('sport-chair-shoulders');
    expect(en.keys).toContain('sport-chair-warmup');
    expect(en.keys).not.toContain('sport-team-joints');
    expect(en.keys).not.toContain('sport-team-warmup');
    expect(en.keys).not.toContain('sport-team-fit');
    const ru = await firstFive(
      'sport',
      'Попасть в основной состав по баскетболу на колясках',
      'Играю в клубе второй год, тренировки три раза в неделю. Я спинальник, броски со средней дистанции пока слабые.',
      'ru',
    );
    expect(ru.keys).toContain('sport-chair-warmup');
    expect(ru.keys).not.toContain('sport-team-joints');
    expect(ru.keys).not.toContain('sport-team-fit');
    // Someone new to it finds a club that lends a chair and builds a base by pushing, not walking and jogging.
    const newcomer = await firstFive(
      'sport',
      'Try wheelchair basketball',
      "I've used a wheelchair since an accident and haven't played any sport for years.",
    );
    expect(newcomer.keys).toContain('sport-chair-find');
    expect(newcomer.keys).toContain('sport-chair-base');
    expect(newcomer.keys).not.toContain('sport-team-base');
    expect(newcomer.keys).not.toContain('sport-team-find');
    // A player on their feet keeps the team steps.
    const standing = await firstFive(
      'sport',
      'Get picked for the starting five in basketball',
      "I've played for our club for two years and train twice a week.",
    );
    expect(standing.keys).toContain('sport-team-joints');
    expect(standing.keys).not.toContain('sport-chair-warmup');
  });

  it('gives a one-day race called a "tour" race steps — not touring stages, tents and check-ins — and a squad hopeful the coach, not a league', async () => {
    const en = await firstFive(
      'sport',
      'Finish the Amstel Gold cycle tour under five hours',
      'Did it in 5:20 last year, training 5 hours a week.',
    );
    expect(en.keys.some((key) => key.startsWith('sport-tour'))).toBe(false);
    const ru = await firstFive(
      'sport',
      'Проехать велотур «Гран-при» быстрее чем за три часа',
      'Это однодневная гонка на 100 км, в прошлом году за 3:20.',
      'ru',
    );
    expect(ru.keys.some((key) => key.startsWith('sport-tour'))).toBe(false);
    // A real tour with a tent keeps the touring steps.
    const tour = await firstFive(
      'sport',
      'Cycle tour of Scotland',
      'Five days with a tent, about 80 km a day, racing the weather.',
    );
    expect(tour.keys.some((key) => key.startsWith('sport-tour'))).toBe(true);
    const squad = await firstFive(
      'sport',
      'Make the first team at my netball club',
      "I've trained with them since autumn; the coach picks the squad in March.",
    );
    expect(squad.keys).toContain('sport-squad-ask');
    expect(squad.keys).not.toContain('sport-team-find');
    const squadRu = await firstFive(
      'sport',
      'Попасть в основной состав по волейболу',
      'Тренируюсь в клубе полгода, отбор в апреле.',
      'ru',
    );
    expect(squadRu.keys).toContain('sport-squad-ask');
    expect(squadRu.keys).not.toContain('sport-team-find');
    const join = await firstFive('sport', 'Start playing football again', 'Played at school, 20 years off.');
    expect(join.keys).not.toContain('sport-squad-ask');
  });

  it('gives a paddling race crew race steps — not a first paddleboard lesson', async () => {
    const en = await tap(
      'sport',
      'Finish the Devizes to Westminster canoe race',
      "125 miles in a K2 with my brother. We've paddled at a club for two years and the portages worry me.",
      'en',
      ['Paddleboard'],
    );
    expect(en.keys).toContain('sport-prace-portage');
    expect(en.keys.some((key) => key.startsWith('sport-paddle-'))).toBe(false);
    const ru = await firstFive(
      'sport',
      'Пройти гребной марафон',
      'Гоняемся на байдарке К-2 второй год, волоки пугают.',
      'ru',
    );
    expect(ru.keys).toContain('sport-prace-rules');
    expect(ru.keys).not.toContain('sport-paddle-lesson');
    // A first paddleboard outing keeps the lesson.
    const sup = await firstFive('sport', 'Try paddleboarding', 'Never done it; on holiday next month.');
    expect(sup.keys).toContain('sport-paddle-lesson');
    expect(sup.keys.some((key) => key.startsWith('sport-prace-'))).toBe(false);
  });

  it('gives a lift no "add a few minutes a week"', async () => {
    const ru = await tap('sport', 'Потянуть 200 в становой', 'Тяну 170 на пять раз, хожу в зал третий год.', 'ru', [
      'Больше в приседе',
    ]);
    expect(ru.keys).toContain('sport-lift-plan');
    expect(ru.keys).not.toContain('sport-11');
    const en = await firstFive('sport', 'Squat 100 kg', 'I squat 80 kg now and train twice a week.');
    expect(en.keys).not.toContain('sport-11');
    // A first 5k keeps the building rule.
    const run = await firstFive('sport', 'Run my first 5k', 'Never run before; the race is in three months.');
    expect(run.keys).toContain('sport-11');
  });

  it('sets the trials as the target and builds on a daily run — not a 4 km day or gentle walk-runs', async () => {
    const en = await tap(
      'sport',
      'Make the district cross-country team',
      "I run 4 km to school and back every day. Trials are in January. I've never done proper training.",
      'en',
      ['Just starting'],
    );
    expect(en.keys[0]).toBe('sport-tryout-ask');
    expect(en.keys).toContain('sport-base-build');
    for (const key of ['sport-03', 'sport-05', 'sport-09', 'sport-11']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sport',
      'Попасть в сборную школы по лёгкой атлетике',
      'Каждый день бегаю в школу и обратно, отбор в марте.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys).toContain('sport-tryout-ask');
    expect(ru.keys).not.toContain('sport-05');
    // A true beginner with a race keeps the gentle start and the target day.
    const begin = await tap('sport', 'Run my first 5k', "I've never run; the race is in three months.", 'en', [
      'Just starting',
    ]);
    expect(begin.keys).toContain('sport-05');
    expect(begin.keys).not.toContain('sport-tryout-ask');
  });

  it('reads a strain that still hurts as an injury: the physio check leads, no full session on the weak part', async () => {
    const ru = await firstFive(
      'sport',
      'Подготовиться к турниру по армрестлингу',
      'Третий год хожу в секцию. В прошлом году потянул плечо, до сих пор побаливает.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-injury-check');
    expect(ru.keys).not.toContain('sport-gen-practice');
    const en = await firstFive(
      'sport',
      'Win the club fencing championship',
      'Third season at the club. I pulled my hamstring in spring and it still hurts when I lunge.',
    );
    expect(en.keys[0]).toBe('sport-injury-check');
    expect(en.keys).not.toContain('sport-gen-practice');
    // Without a sore spot the practice step stays.
    const fine = await firstFive('sport', 'Win the club fencing championship', 'Third season at the club.');
    expect(fine.keys).toContain('sport-gen-practice');
    expect(fine.keys).not.toContain('sport-injury-check');
  });

  it('pastes no title into the general review and puts the trial day in the calendar once', async () => {
    const en = await tap(
      'sport',
      'make the district kabaddi team',
      'I play every evening, trials are in November.',
      'en',
      ['Already doing'],
    );
    expect(en.keys).toContain('sport-tryout-ask');
    expect(en.keys).toContain('sport-gen-review');
    expect(en.keys).not.toContain('sport-gen-date');
    expect(en.text).not.toContain("'make the district kabaddi team'");
    const ru = await firstFive(
      'sport',
      'Попасть в сборную района по городкам',
      'Играю каждый вечер, отбор в ноябре.',
      'ru',
    );
    expect(ru.keys).toContain('sport-tryout-ask');
    expect(ru.keys).not.toContain('sport-gen-date');
    expect(ru.text).not.toContain('«Попасть в сборную района по городкам»');
    // Without trials the date step stays.
    const league = await firstFive('sport', 'Win more kabaddi matches', 'I play every evening in the village league.');
    expect(league.keys).toContain('sport-gen-date');
  });

  it('plans a multi-day tour’s stages in a first pass that fits its time, and a long ride that fits two hours', async () => {
    const en = await tap(
      'sport',
      "Cycle Land's End to John o'Groats",
      "Planning it for late June with my brother, roughly 1,000 miles over 12 to 14 days. I commute 25 km a day and did a 100 km ride last month. Haven't sorted bags, route or where we sleep.",
      'en',
      ['A long bike', 'Already'],
    );
    expect(en.keys[0]).toBe('sport-tour-stages');
    expect(en.minutes[0]).toBe(30);
    expect(en.texts[0]).toMatch(/first two or three days/);
    expect(en.text).not.toMatch(/30 minutes longer than your longest/);
    const ru = await tap(
      'sport',
      'Велопоход из Москвы в Петербург за восемь дней',
      'Катаюсь каждые выходные по 80–100 км, поеду с палаткой в июле.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-tour-stages');
    expect(ru.texts[0]).toMatch(/первые два-три дня/);
    // A one-day sportive keeps its long ride, now two hours or the usual long ride.
    const sportive = await tap(
      'sport',
      'Ride my first 100-mile sportive',
      'I ride 60 miles most Sundays; the sportive is in June.',
      'en',
      ['A long bike'],
    );
    expect(sportive.keys).toContain('sport-ride-long');
    expect(sportive.text).toMatch(/two hours, or your usual long ride/);
  });

  it('asks the coach about a representative team’s selection once', async () => {
    const ru = await tap(
      'sport',
      'Попасть в сборную района по мини-футболу',
      'Мне 38, играю в любительской лиге по субботам третий сезон, вратарь. Отбор в сборную ветеранов 35+ в марте.',
      'ru',
      ['Командный'],
    );
    expect(ru.keys[0]).toBe('sport-tryout-ask');
    expect(ru.keys).not.toContain('sport-squad-ask');
    const en = await tap(
      'sport',
      'Make the county over-35s futsal squad',
      "I've played five-a-side every week for three seasons. The trials are in March.",
      'en',
      ['A team'],
    );
    expect(en.keys[0]).toBe('sport-tryout-ask');
    expect(en.keys).not.toContain('sport-squad-ask');
    // A first team the club's coach picks keeps the question to the coach.
    const squad = await tap(
      'sport',
      'Get picked for the first eleven at my football club',
      "I've played for the club's seconds for two seasons; the coach picks the squad in August.",
      'en',
      ['A team'],
    );
    expect(squad.keys[0]).toBe('sport-squad-ask');
  });

  it('logs past training once for a sport with no branch of its own', async () => {
    const ru = await tap(
      'sport',
      'Попасть в сборную улуса по мас-рестлингу',
      'Мне 17, тяну палку второй год, на районных первенствах беру третье место. Отбор в сборную улуса в марте.',
      'ru',
    );
    expect(ru.keys).toContain('sport-gen-review');
    expect(ru.keys).not.toContain('sport-01');
    const en = await tap(
      'sport',
      'Make the district kabaddi team',
      "I've played kabaddi at school for two years; selection trials are in April.",
      'en',
      ['Already'],
    );
    expect(en.keys).toContain('sport-gen-review');
    expect(en.keys).not.toContain('sport-01');
    // A named sport keeps its training log.
    const run = await tap('sport', 'Run a faster 10k', 'I run 30 km a week, my best is 52 minutes, race in May.', 'en');
    expect(run.keys[0]).toBe('sport-01');
  });

  it('sends a runner whose chest gets tight on exertion to a doctor first — no test at race pace, no intervals', async () => {
    const en = await tap(
      'sport',
      'Run a 10k in under 45 minutes',
      "I'm 49 and run 30 km a week with my club. Lately my chest gets tight on the long climb near home and I have to stop for a minute.",
      'en',
      ['Sport and races'],
    );
    expect(en.keys[0]).toBe('sport-redflag-doctor');
    expect(en.text).toMatch(/emergency services/);
    for (const hard of ['sport-07', 'sport-10', 'sport-hills', 'sport-06']) expect(en.keys).not.toContain(hard);
    const ru = await tap(
      'sport',
      'Пробежать десятку быстрее 45 минут',
      'Мне 49, бегаю 30 км в неделю в клубе. В последнее время на длинном подъёме сжимает грудь, приходится останавливаться.',
      'ru',
      ['Спорт и старты'],
    );
    expect(ru.keys[0]).toBe('sport-redflag-doctor');
    expect(ru.text).toMatch(/скорую/);
    for (const hard of ['sport-07', 'sport-10', 'sport-hills', 'sport-06']) expect(ru.keys).not.toContain(hard);
    // Out of breath on hills is no warning sign: the plan stays.
    const near = await tap(
      'sport',
      'Run a 10k in under 45 minutes',
      "I'm 49 and run 30 km a week with my club. I get out of breath on hills.",
      'en',
      ['Sport and races'],
    );
    expect(near.keys).not.toContain('sport-redflag-doctor');
  });

  it('gives the half of an ultra weekend no ultra cut-offs', async () => {
    const en = await tap(
      'sport',
      'Run the Two Oceans half under 2:10',
      "I'm 46, ran it last year in 2:24 and train with a club twice a week plus a long run on Sunday.",
      'en',
      ['Sport and races'],
    );
    expect(en.keys).not.toContain('sport-ultra-cutoffs');
    const ru = await tap(
      'sport',
      'Пробежать полумарафон Two Oceans быстрее 2:10',
      'Мне 46, в прошлом году пробежал за 2:24, бегаю с клубом два раза в неделю.',
      'ru',
      ['Спорт и старты'],
    );
    expect(ru.keys).not.toContain('sport-ultra-cutoffs');
    // The ultra itself keeps its cut-offs.
    const ultra = await tap(
      'sport',
      'Finish the Two Oceans ultra',
      'I ran two marathons last year and train with a club four times a week.',
      'en',
      ['Sport and races'],
    );
    expect(ultra.keys).toContain('sport-ultra-cutoffs');
  });

  it("gives an active cyclist a long ride in hours with food on the bike — not '10 minutes longer' in an hour", async () => {
    const en = await tap(
      'sport',
      'Ride the Fred Whitton in under 9 hours',
      "I'm 44 and have been road cycling for six years. I did it last May in 10h20. I ride about 150 miles a week, club run on Sundays.",
      'en',
      ['Sport and races', 'Cycling'],
    );
    expect(en.keys).toContain('sport-ride-long');
    expect(en.keys).not.toContain('sport-08');
    const ru = await tap(
      'sport',
      'Проехать шоссейную гонку быстрее, чем в прошлом году',
      'Катаюсь на шоссейном велосипеде шесть лет, 250 км в неделю, по воскресеньям с клубом.',
      'ru',
      ['Спорт и старты', 'Велоспорт'],
    );
    expect(ru.keys).not.toContain('sport-08');
    // A runner keeps the long run.
    const run = await tap(
      'sport',
      'Run a half marathon in under 1:45',
      'I run 40 km a week with my club and my longest run is 18 km. The race is in three months.',
      'en',
      ['Sport and races'],
    );
    expect(run.keys).not.toContain('sport-ride-long');
  });

  it('sends a climber with a treated heart to the cardiologist first and builds from their usual walk — no hour uphill with a pack', async () => {
    const en = await tap(
      'sport',
      'Trek to Everest Base Camp next spring',
      "I'm 58 and had two stents fitted in 2021. My only exercise is a 20-minute walk to the shops and back.",
      'en',
      ['Sport and races', 'Just starting', 'A high mountain climb or trek'],
    );
    expect(en.keys[0]).toBe('sport-mt-heart');
    expect(en.text).toMatch(/cardiologist/);
    // Only a 20-minute walk now: the build-up's shorter wording (`:smaller`) may come.
    const base = en.keys.map((key) => key.split(':')[0]);
    expect(base).toContain('sport-mt-build');
    for (const hard of ['sport-mt-doctor', 'sport-mt-hike', 'sport-mt-stairs']) expect(base).not.toContain(hard);
    const ru = await tap(
      'sport',
      'Подняться на Эльбрус с сыном',
      'Мне 61, три года назад поставили стент. Хожу в походы каждые выходные, по 15 км.',
      'ru',
      ['Спорт и старты', 'Уже занимаюсь', 'Восхождение на высокую гору'],
    );
    expect(ru.keys[0]).toBe('sport-mt-heart');
    expect(ru.text).toMatch(/кардиолог/);
    // Already hiking every weekend: the build-up stays inside what the cardiologist allows.
    expect(ru.keys).toContain('sport-mt-build-heart');
    for (const hard of ['sport-mt-hike', 'sport-mt-stairs']) expect(ru.keys).not.toContain(hard);
    // Someone who already hikes long with a pack, heart never named: the GP check and the loaded hikes stay.
    const near = await tap(
      'sport',
      'Climb Kilimanjaro in February',
      'I hike 20 km every weekend with a full pack and train with my running club three times a week. Booked with a guided group.',
      'en',
      ['Sport and races', 'A high mountain climb or trek'],
    );
    expect(near.keys[0]).toBe('sport-mt-doctor');
    expect(near.keys).toContain('sport-mt-hike');
    expect(near.keys).not.toContain('sport-mt-heart');
    expect(near.keys).not.toContain('sport-mt-build');
  });

  it('gives a climb without a guide its own kit list and acclimatisation plan, and the glacier learnt first', async () => {
    const en = await tap(
      'sport',
      'Climb Mont Blanc without a guide',
      "Two of us, both done plenty of hut-to-hut walks in the Alps, but we've never roped up on a glacier. Going in July.",
      'en',
      ['Sport and races', 'A high mountain climb or trek'],
    );
    expect(en.keys).toContain('sport-mt-glacier');
    expect(en.keys).toContain('sport-mt-gear-own');
    for (const key of ['sport-mt-gear', 'sport-mt-altitude']) expect(en.keys).not.toContain(key);
    expect(en.text).not.toMatch(/your group or guide|tell the guide/);
    const ru = await tap(
      'sport',
      'Взойти на Эльбрус без гида',
      'Идём вдвоём с подругой в августе, ходим в горы несколько лет, по леднику в связке не ходили.',
      'ru',
      ['Спорт и старты', 'Восхождение на высокую гору'],
    );
    expect(ru.keys).toContain('sport-mt-glacier');
    expect(ru.keys).not.toContain('sport-mt-gear');
    expect(ru.text).not.toMatch(/у группы или гида/);
    // A guided group keeps the group's gear list.
    const near = await tap(
      'sport',
      'Взойти на Эльбрус',
      'Иду с группой и гидом в августе, бегаю три раза в неделю.',
      'ru',
      ['Спорт и старты', 'Восхождение на высокую гору'],
    );
    expect(near.keys).toContain('sport-mt-gear');
    expect(near.keys).not.toContain('sport-mt-glacier');
  });

  it('gives a sprinter on the track speed and speed-endurance sessions — no long session or long easy run', async () => {
    const en = await tap(
      'sport',
      'Run the 200m under 25 seconds',
      "I'm 47 and train three times a week with my club's sprint group; I ran 25.8 last season.",
      'en',
      ['Already doing it', 'Already training'],
    );
    expect(en.keys).toContain('sport-sprint-week');
    for (const key of ['sport-06', 'sport-07', 'sport-08']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sport',
      'Пробежать 400 м быстрее минуты',
      'Мне 45, тренируюсь в клубе ветеранов три раза в неделю, сейчас бегаю за 1:04.',
      'ru',
      ['Уже занимаюсь', 'Уже тренируюсь'],
    );
    expect(ru.keys).toContain('sport-sprint-week');
    for (const key of ['sport-06', 'sport-08']) expect(ru.keys).not.toContain(key);
    // A 10k runner keeps the distance week.
    const near = await tap(
      'sport',
      'Run a 10k under 45 minutes',
      'I run 35 km a week with my club and did 47 minutes in spring.',
      'en',
      ['Already doing it', 'Already training'],
    );
    expect(near.keys).toContain('sport-06');
    expect(near.keys).not.toContain('sport-sprint-week');
  });

  it('gives a player chasing a place in the side no race day with a distance', async () => {
    const ru = await tap(
      'sport',
      'Попасть в основной состав в хоккее с мячом',
      'Мне 39, второй сезон играю за любительскую команду.',
      'ru',
    );
    expect(ru.keys).not.toContain('sport-03');
    expect(ru.text).not.toMatch(/целев\S* дистанц/);
    const iced = await tap('sport', 'Попасть в основу в хоккее с мячом', 'Играю за ветеранов пятый год.', 'ru', [
      'Хоккей или другая игра на льду',
    ]);
    expect(iced.keys).not.toContain('sport-03');
    const en = await tap(
      'sport',
      'Get picked for the starting line-up at bandy',
      'Second season with a veterans’ club.',
      'en',
    );
    expect(en.keys).not.toContain('sport-03');
    // A race with a distance keeps its target day.
    const near = await tap('sport', 'Run a half marathon in the spring', 'I run 10 km three times a week.', 'en', [
      'Already doing it',
    ]);
    expect(near.keys).toContain('sport-03');
  });

  it('reads a named peak as a mountain climb — no running club from the description', async () => {
    const ru = await tap(
      'sport',
      'Подняться на Арарат',
      'Мне 40, хожу в походы по Кавказу, выше 3500 не был. По выходным бегаю по 8 км.',
      'ru',
      ['Уже занимаюсь', 'Восхождение'],
    );
    expect(ru.keys.some((key) => key.startsWith('sport-mt-'))).toBe(true);
    expect(ru.keys).not.toContain('sport-21');
    expect(ru.text).not.toMatch(/бег: клуб/);
    const en = await tap(
      'sport',
      'Climb Toubkal next spring',
      'I run 5k at weekends and go hillwalking a few times a year.',
      'en',
      ['Already doing it', 'A high mountain'],
    );
    expect(en.keys.some((key) => key.startsWith('sport-mt-'))).toBe(true);
    expect(en.keys).not.toContain('sport-21');
    // A long-distance trail is no high mountain: no altitude doctor.
    const near = await tap('sport', 'Walk the West Highland Way', 'I walk 15 km most weekends.', 'en', [
      'Already doing it',
      'A long hike',
    ]);
    expect(near.keys).not.toContain('sport-mt-doctor');
  });

  it('writes down the last weeks of running before the ultra long runs are planned', async () => {
    const en = await tap(
      'sport',
      'Run my first 100 km ultra in the Alps',
      'I run about 50 km a week; my longest run is 25 km.',
      'en',
      ['Already doing it'],
    );
    expect(en.keys.indexOf('sport-ultra-log')).toBeGreaterThanOrEqual(0);
    expect(en.keys.indexOf('sport-ultra-log')).toBeLessThan(en.keys.indexOf('sport-ultra-feet'));
    expect(en.keys).not.toContain('sport-01');
    const ru = await tap(
      'sport',
      'Пробежать ультрамарафон на 60 км',
      'Бегаю три раза в неделю, самая длинная пробежка — 21 км.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys.indexOf('sport-ultra-log')).toBeLessThan(ru.keys.indexOf('sport-ultra-feet'));
    expect(ru.keys).not.toContain('sport-01');
    // A marathon keeps the two-week log.
    const near = await tap('sport', 'Run a marathon under four hours', 'I run 40 km a week.', 'en', [
      'Already doing it',
    ]);
    expect(near.keys).not.toContain('sport-ultra-log');
  });

  it('drills portages only for a course that has them, and says a double as a double', async () => {
    const en = await tap(
      'sport',
      'Finish a 300 km canoe race down the Missouri',
      'I paddle a solo canoe on weekends, 25 km at a time, and have never paddled more than five hours.',
      'en',
      ['Already doing it'],
    );
    expect(en.keys).toContain('sport-prace-rules');
    expect(en.keys).not.toContain('sport-prace-portage');
    const ru = await tap(
      'sport',
      'Пройти гребной марафон на 100 км',
      'Гребу одна на каяке по выходным, самое длинное — 30 км.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys).not.toContain('sport-prace-portage');
    // A race with portages keeps the drill, with the double's roles said as such.
    const near = await tap(
      'sport',
      'Finish the Devizes to Westminster in a K2',
      'My brother and I train at the canoe club three times a week.',
      'en',
      ['Already doing it'],
    );
    expect(near.keys).toContain('sport-prace-portage');
    expect(near.text).toMatch(/in a double, agree who holds/);
  });

  it('builds the stamina of a team player who fades before the end — no wall drill, no gentle walk-jog, no squad question', async () => {
    const en = await tap(
      'sport',
      'Get through a whole match for my Saturday football team',
      "I'm 34, came back to five-a-side last year after a long break, but I'm gassed by half-time. The coach says I'm in the starting eleven if I can last.",
      'en',
      ['A team sport'],
    );
    expect(en.keys).toContain('sport-matchfit-fade');
    expect(en.keys).toContain('sport-matchfit-run');
    for (const key of ['sport-team-ball', 'sport-team-base', 'sport-squad-ask', ...RUNNING])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sport',
      'Выдерживать весь матч в любительской лиге по футболу',
      'Мне 30, раньше играл в команде, потом был перерыв два года. Сейчас снова играю в мини-футбол, но к концу первого тайма выдыхаюсь.',
      'ru',
      ['Командный вид спорта'],
    );
    expect(ru.keys).toContain('sport-matchfit-fade');
    expect(ru.keys).not.toContain('sport-team-base');
    expect(ru.keys).not.toContain('sport-team-ball');
    // A player who names no stamina problem keeps the ball work.
    const near = await tap(
      'sport',
      'Improve my weak foot for Sunday league',
      'I play every week, my left foot is useless.',
      'en',
      ['A team sport'],
    );
    expect(near.keys.filter((key) => key.startsWith('sport-matchfit'))).toEqual([]);
    expect(near.keys).toContain('sport-team-ball');
  });

  it("gives a rugby player the coached contact, the neck and the head-knock rule — never a runner's week", async () => {
    const en = await tap(
      'sport',
      'Win a place at tighthead for my club',
      "I'm 19, two seasons in the colts, I train twice a week with my club this season.",
      'en',
      ['A team sport'],
    );
    for (const key of CONTACT) expect(en.keys).toContain(key);
    for (const key of RUNNING) expect(en.keys).not.toContain(key);
    expect(en.asked.flatMap((question) => question.choices ?? [])).not.toContain('Already training, chasing a target');
    const ru = await tap(
      'sport',
      'Попасть в основной состав регбийной команды университета',
      'Играю столбом второй год, тренировки три раза в неделю.',
      'ru',
      ['Командный вид спорта'],
    );
    for (const key of CONTACT) expect(ru.keys).toContain(key);
    for (const key of RUNNING) expect(ru.keys).not.toContain(key);
    // Football has no scrums: a squad place there keeps the team steps without the contact ones.
    const near = await tap(
      'sport',
      'Make the starting eleven of my Sunday league team',
      'I play every week and train on Thursdays.',
      'en',
      ['A team sport'],
    );
    expect(near.keys).toContain('sport-squad-ask');
    expect(near.keys.filter((key) => key.startsWith('sport-contact'))).toEqual([]);
  });

  it('reads belt wrestling (kuresh, kurash) as a fighting sport — its competition, not a target distance', async () => {
    const ru = await tap(
      'sport',
      'Дойти до финала по курешу на районном празднике',
      'Мне 20, занимаюсь курешем два года, три раза в неделю, в этом сезоне хочу выступить в своём весе.',
      'ru',
      ['Бокс или единоборства'],
    );
    expect(ru.keys).toContain('sport-combat-comp');
    for (const key of RUNNING) expect(ru.keys).not.toContain(key);
    expect(ru.text).not.toMatch(/целевая дистанция/);
    const en = await tap(
      'sport',
      'Win my weight at the kurash tournament',
      "I've trained kurash at a club for two years, three sessions a week, and this season I want a medal.",
      'en',
      ['Boxing or a martial art'],
    );
    expect(en.keys).toContain('sport-combat-comp');
    for (const key of RUNNING) expect(en.keys).not.toContain(key);
    // A runner chasing a target still gets the question about training.
    const near = await tap(
      'sport',
      'Get back under 50 minutes for 10k this season',
      "I'm running again after a year off, about 25 km a week.",
      'en',
      [],
    );
    expect(near.asked.flatMap((question) => question.choices ?? [])).toContain('Already training, chasing a target');
  });

  it('sends an untrained smoker training for a multi-day trek to the GP and to help to stop smoking first', async () => {
    const en = await tap(
      'sport',
      'Walk the Larapinta Trail with my brother next year',
      "I'm 55, I've smoked for thirty years and haven't done any exercise in ages.",
      'en',
      ['A long hike or hill walking'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['sport-hike-doctor', 'sport-smoke-help']);
    expect(en.keys.filter((key) => key.startsWith('sport-gen-'))).toEqual([]);
    const ru = await tap(
      'sport',
      'Пройти пешком 100 км по Карелии с друзьями',
      'Мне 48, курю, спортом не занимался лет десять.',
      'ru',
      ['Длинный поход или треккинг'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['sport-hike-doctor', 'sport-smoke-help']);
    expect(ru.keys.filter((key) => key.startsWith('sport-gen-'))).toEqual([]);
    // Someone who hikes most weekends and does not smoke: no check with the GP, no smoking step.
    const near = await tap(
      'sport',
      'Walk the West Highland Way in six days',
      'I hike most weekends, 20 km days with a pack.',
      'en',
      ['A long hike or hill walking'],
    );
    expect(near.keys).not.toContain('sport-hike-doctor');
    expect(near.keys).not.toContain('sport-smoke-help');
  });

  it('gives a trainee the part they named as hardest, no doctor without a reason, and the weeks after the day', async () => {
    const en = await tap(
      'sport',
      'Pass the beep test at level 10 for the police',
      "I'm 27 and I can do 8.5 now. The turns are killing me. The test is on 14 June.",
      'en',
      ['Already training', 'Just starting'],
    );
    expect(en.keys).toContain('sport-train-weak');
    expect(en.keys).not.toContain('sport-02');
    expect(en.keys).not.toContain('sport-03');
    expect(en.text).not.toMatch(/target distance/);
    const ru = await tap(
      'sport',
      'Пробежать 3 км на зачёте быстрее 12 минут',
      'Мне 19, снова бегаю с весны, сейчас выходит 13:10. Тяжелее всего даётся последний круг. Зачёт 20 мая.',
      'ru',
      ['Уже тренируюсь', 'Возвращаюсь'],
    );
    expect(ru.keys).toContain('sport-train-weak');
    if (ru.keys.includes('sport-train-weeks') && ru.keys.includes('sport-03'))
      expect(ru.keys.indexOf('sport-03')).toBeLessThan(ru.keys.indexOf('sport-train-weeks'));
    // Naming no hardest part gives no such step; a reason for a check keeps the doctor.
    const near = await tap(
      'sport',
      'Pass the beep test at level 10 for the police',
      "I'm 27 and I can do 8.5 now. The test is on 14 June.",
      'en',
      ['Already training', 'Just starting'],
    );
    expect(near.keys).not.toContain('sport-train-weak');
    const older = await tap('sport', 'Run my first 10k', "I'm 61 and I have never run before.", 'en', [
      'Just starting',
    ]);
    expect(older.keys).toContain('sport-02');
  });

  it('gives a surfer stepping up the break watched, hold-downs with an instructor and the line-up — no club drill', async () => {
    const en = await tap(
      'sport',
      'Surf the reef at Uluwatu on a big day',
      "I'm 40, I've surfed beach breaks every weekend for fifteen years, but I've never taken on a reef when it's big.",
      'en',
      ['Already doing it'],
    );
    expect(en.keys.slice(0, 3)).toEqual(SURF);
    for (const key of [...GEN, 'sport-03']) expect(en.keys).not.toContain(key);
    expect(en.text).toMatch(/never practise breath-holds in water on your own/);
    const ru = await tap(
      'sport',
      'Поймать большую волну на Бали',
      'Катаюсь на сёрфе пять лет, но на рифе в большие дни боюсь удержаний под водой.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(SURF);
    for (const key of [...GEN, 'sport-03']) expect(ru.keys).not.toContain(key);
    // A beginner gets a lesson and the swim check, never the hold-down course.
    const first = await tap('sport', 'Learn to surf this summer', "I'm 30 and have never stood on a board.", 'en', [
      'Just starting',
    ]);
    expect(first.keys).toContain('sport-surf-lesson');
    expect(first.keys).toContain('sport-surf-swim');
    expect(first.keys).not.toContain('sport-surf-holddown');
    // Windsurfing is no surfing.
    const near = await tap('sport', 'Windsurf across the bay', 'I windsurf most weekends in summer.', 'en', [
      'Already doing it',
    ]);
    expect(near.keys.filter((key) => key.startsWith('sport-surf-'))).toEqual([]);
  });

  it('puts a competition with no distance in the calendar once — no target day «(целевая дистанция)» after it', async () => {
    const ru = await tap(
      'sport',
      'Выйти на помост на первенстве по тяжёлой атлетике среди ветеранов',
      'Мне 62, тренируюсь сам три раза в неделю, рывок 45 кг.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.asked.flatMap((question) => question.choices ?? [])).toContain('Больше в приседе, жиме, подтягиваниях');
    expect(ru.keys).toContain('sport-gen-date');
    expect(ru.keys).toContain('sport-gen-week');
    expect(ru.keys).not.toContain('sport-03');
    expect(ru.text).not.toMatch(/целевая дистанция/);
    const lifted = await tap(
      'sport',
      'Выйти на помост на первенстве по тяжёлой атлетике среди ветеранов',
      'Мне 62, тренируюсь сам три раза в неделю, рывок 45 кг.',
      'ru',
      ['Уже занимаюсь', 'Больше в приседе'],
    );
    expect(lifted.keys).toContain('sport-lift-form');
    const en = await tap(
      'sport',
      'Compete at a masters weightlifting meet',
      'I train three times a week on my own, snatch 50 kg.',
      'en',
      ['Already doing it'],
    );
    // A barbell meet named in English walks the lift path (read 46: a bench-press meet got running
    // sessions): the meet's rules and a plan for the lift, still no race day.
    expect(en.keys).toEqual(expect.arrayContaining(['sport-meet-rules', 'sport-lift-plan']));
    expect(en.keys).not.toContain('sport-03');
    expect(en.text).not.toMatch(/target distance/);
    // A race with a distance keeps its target day.
    const near = await tap('sport', 'Run a 10k race in May', 'I run three times a week, my best is 55 minutes.', 'en', [
      'Already doing it',
    ]);
    expect(near.keys).toContain('sport-03');
    expect(near.keys).not.toContain('sport-gen-week');
  });

  it('gives a sprinter coming back to a distance one target day, not two', async () => {
    const en = await tap(
      'sport',
      'Get my 800m back under 2:10',
      '51, ran 1:58 at university, now 2:25 at the masters club.',
      'en',
    );
    expect(en.keys).toContain('sport-03');
    expect(en.keys).not.toContain('sport-train-date');
    const ru = await tap(
      'sport',
      'Вернуть 400м быстрее минуты',
      'Мне 50, в институте бегал за 53, сейчас 66 в клубе ветеранов.',
      'ru',
    );
    expect(ru.keys).not.toContain('sport-train-date');
  });

  it('gives a runner with chest tightness on hills no longer session after the doctor', async () => {
    const en = await tap(
      'sport',
      'Run the Great North Run again at 59',
      "I ran it in the 90s and I'm back at parkrun since March. On hills I get a tight chest and an ache down my left arm that goes when I stop.",
      'en',
      ['Coming back to it after a break'],
    );
    expect(en.keys[0]).toBe('sport-redflag-doctor');
    expect(en.keys).not.toContain('sport-08');
  });

  it('reads a racer as active and plans the last laps, and keeps a distance week away from a tryout with no distance', async () => {
    const en = await tap(
      'sport',
      'Win a points place at the summer crit series',
      'Raced ten crits this year and always get boxed in on the last lap.',
      'en',
    );
    expect(en.keys[0]).toBe('sport-race-review');
    for (const key of ['sport-05', 'sport-09', 'sport-11']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'sport',
      'Попасть в очки на критериуме',
      'Гоняюсь на шоссе второй сезон, на последних кругах меня зажимают.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-race-review');
    const kick = await tap(
      'sport',
      'Make the gymnastics squad on vault',
      'Trials are in March and I train three times a week.',
      'en',
      ['Already doing it'],
    );
    for (const key of DISTANCE_WEEK) expect(kick.keys).not.toContain(key);
    const jump = await tap(
      'sport',
      'Пройти отбор в сборную школы по прыжкам в высоту',
      'Тренируюсь три раза в неделю.',
      'ru',
      ['Уже занимаюсь'],
    );
    for (const key of DISTANCE_WEEK) expect(jump.keys).not.toContain(key);
    // A runner with a distance keeps the training week.
    const near = await tap('sport', 'Run a sub-45 10k', 'I run four times a week, my PB is 47 minutes.', 'en');
    expect(near.keys).toContain('sport-06');
  });

  it('reads a weight in a weight class as no sign of starting from zero', async () => {
    const ru = await tap(
      'sport',
      'Выступить на первенстве области по дзюдо',
      'Занимаюсь дзюдо пятый год, выступаю в весе до 60, сейчас вешу 62.',
      'ru',
      ['Бокс или единоборства'],
    );
    for (const key of COMBAT_FIRST_DAY) expect(ru.keys).not.toContain(key);
    expect(ru.keys.some((key) => key.startsWith('sport-combat'))).toBe(true);
    const en = await tap(
      'sport',
      'Place at the regional judo champs',
      'Fourth year of judo, I train four times a week, I weigh 62 and fight under 60.',
      'en',
      ['Boxing or a martial art'],
    );
    for (const key of COMBAT_FIRST_DAY) expect(en.keys).not.toContain(key);
    // Starting from zero keeps the trial class.
    const near = await tap('sport', 'Начать заниматься боксом', 'Никогда не занимался, вешу 95.', 'ru', [
      'Бокс или единоборства',
    ]);
    expect(near.keys).toContain('sport-combat-trial');
  });

  it('reads a panel as a squad to be picked for, with strength for a player pushed off the ball', async () => {
    const en = await steps(
      'sport',
      'Make the county hurling panel',
      "I'm 18 and quick but light, and I get pushed off the ball by the older lads in club games.",
      'en',
      ['Just starting', 'A team'],
    );
    expect(en).toContain('sport-team-strength');
    for (const key of ['sport-team-find', 'sport-team-base', 'sport-team-joints-gentle', 'sport-team-first'])
      expect(en).not.toContain(key);
    const ru = await steps(
      'sport',
      'Попасть в основной состав футбольной команды',
      'Мне 18, играю за дубль клуба. Быстрый, но лёгкий для своей позиции, постоянно проигрываю в борьбе взрослым защитникам.',
      'ru',
      ['Уже', 'Командн'],
    );
    expect(ru).toContain('sport-squad-ask');
    expect(ru).toContain('sport-team-strength');
    // Someone looking for a team to join keeps the search and the gentle base.
    const join = await steps(
      'sport',
      'Join a five-a-side team',
      "I'm 35 and haven't played since school, want to find a weekly game.",
      'en',
      ['Just starting', 'A team'],
    );
    expect(join).toContain('sport-team-find');
    expect(join).not.toContain('sport-team-strength');
  });

  it('trains breath-hold with a buddy, no fast breathing and an instructor, not a running week', async () => {
    const en = await steps(
      'sport',
      'Hold my breath for three minutes for freediving',
      'I started freediving last summer and can do about 90 seconds static in the pool.',
      'en',
      ['Already'],
    );
    expect(en).toEqual([
      'sport-apnea-rules',
      'sport-apnea-course',
      'sport-apnea-dry',
      'sport-apnea-pool',
      'sport-apnea-log',
    ]);
    const ru = await steps(
      'sport',
      'Научиться задерживать дыхание на две минуты',
      'Занимаюсь подводной охотой второй сезон, сейчас держу около минуты на восьми метрах.',
      'ru',
      ['Уже'],
    );
    expect(ru[0]).toBe('sport-apnea-rules');
    for (const key of ['sport-01', 'sport-03', 'sport-06', 'sport-07', 'sport-08']) expect(ru).not.toContain(key);
    // A swimmer's distance keeps the training week.
    const swim = await steps(
      'sport',
      'Swim 1 km without stopping',
      'I swim twice a week and can do 400 m front crawl now.',
      'en',
      ['Already'],
    );
    expect(swim).toContain('sport-01');
    expect(withPrefix(swim, 'sport-apnea-')).toEqual([]);
    // A breath held while learning front crawl is no breath-hold training.
    const crawl = await steps(
      'sport',
      'Swim a length of front crawl',
      'I can swim breaststroke but I hold my breath when I put my face in and panic.',
      'en',
      ['Just starting'],
    );
    expect(withPrefix(crawl, 'sport-apnea-')).toEqual([]);
  });

  it('sends a runner whose knee hurts after long runs to a physio, with no longer long run', async () => {
    const en = await steps(
      'sport',
      'Run my first marathon in October',
      "I've run three half marathons; my longest run so far is 24 km, but my knee hurts after long runs, on the outside.",
      'en',
      ['Already', 'Running a marathon'],
    );
    expect(en[0]).toBe('sport-injury-check');
    expect(en).not.toContain('sport-27');
    const ru = await steps(
      'sport',
      'Пробежать марафон осенью',
      'Бегаю третий год, пробежал два полумарафона. Самая длинная пробежка 25 км, после неё болит колено снаружи.',
      'ru',
      ['Уже', 'Марафон'],
    );
    expect(ru[0]).toBe('sport-injury-check');
    expect(ru).not.toContain('sport-27');
    // Without pain the long run builds.
    const fine = await steps(
      'sport',
      'Run my first marathon in October',
      "I've run three half marathons; my longest run so far is 24 km and everything feels fine.",
      'en',
      ['Already', 'Running a marathon'],
    );
    expect(fine).toContain('sport-27');
    expect(fine).not.toContain('sport-injury-check');
  });

  it('reads a dan grading as a grading, not a boxing bout', async () => {
    const en = await steps(
      'sport',
      'Pass my black belt grading in judo',
      "I'm 48, brown belt after eight years at the club. The grading is in March: throws, groundwork and randori, and I'm out of puff by the second round.",
      'en',
      ['Boxing'],
    );
    expect(en).toContain('sport-grade-syllabus');
    expect(withPrefix(en, 'sport-bout-')).toEqual([]);
    expect(en).not.toContain('sport-combat-trial');
    const ru = await steps(
      'sport',
      'Пройти аттестацию на чёрный пояс по тхэквондо',
      'Занимаюсь семь лет, красный пояс, аттестация в мае: пхумсэ, разбивание досок и спарринг. К концу второго раунда задыхаюсь.',
      'ru',
      ['Бокс'],
    );
    expect(ru).toContain('sport-grade-syllabus');
    expect(ru).toContain('sport-grade-rounds');
    expect(withPrefix(ru, 'sport-bout-')).toEqual([]);
    // A boxer with a first bout keeps the bout steps.
    const bout = await steps(
      'sport',
      'Win my first amateur bout',
      '18 months in a boxing gym, sparring twice a week, a club show in spring.',
      'en',
      ['Boxing'],
    );
    expect(bout[0]).toBe('sport-bout-show');
  });

  it('gives no split of a past time to someone who has never run the course to the top', async () => {
    const en = await steps(
      'sport',
      'Finish the Zugspitze trail run',
      "I run 10 km on the road three times a week, but I've never been higher than the first hut, and the scree on the descent scares me.",
      'en',
      ['Fell'],
    );
    expect(en).toContain('sport-descent-drill');
    expect(en).not.toContain('sport-descent-split');
    const ru = await steps(
      'sport',
      'Пробежать горный марафон на Эльбрусе',
      'Бегаю по асфальту 10 км, в горах ни разу не поднимался выше приюта, а спуск по осыпи пугает.',
      'ru',
      ['Горный'],
    );
    expect(ru).not.toContain('sport-descent-split');
    // A fell runner who has raced it keeps the split.
    const again = await steps(
      'sport',
      'Go under two hours at the Three Peaks fell race',
      'I ran it last year in 2:10; I lose the most time on the descents.',
      'en',
      ['Fell'],
    );
    expect(again).toContain('sport-descent-split');
  });

  it('reads a race counted down in weeks ("16 weeks till", «осталось 16 недель») as months away — no race-week taper', async () => {
    const en = await tap(
      'sport',
      'Break 1:45 at the Cardiff Half',
      'Ran 1:52 last autumn. 14 weeks till race day; got back from Lisbon on Monday and I’m building back to 40 km weeks.',
      'en',
      ['Already doing it, want to get better'],
    );
    expect(en.keys).not.toContain('sport-12');
    expect(en.keys).not.toContain('sport-16');
    const ru = await tap(
      'sport',
      'Пробежать полумарафон быстрее 1:50',
      'Бегаю третий год, до старта осталось 15 недель, в понедельник вернулась из командировки.',
      'ru',
      ['Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys).not.toContain('sport-12');
    // A race this weekend keeps the taper.
    const near = await tap('sport', 'Run my first 10k on Sunday', "I've trained for eight weeks.", 'en', [
      'Already doing it, want to get better',
    ]);
    expect(near.keys).toContain('sport-12');
  });

  it('takes a fitness standard named in the title (ГТО, an army fitness test) to the test’s path, from sport or fitness', async () => {
    const ru = await tap(
      'sport',
      'Сдать нормы ГТО на серебро',
      'Мне 38, бегаю по утрам, но подтягиваться почти не могу, а плаваю плохо.',
      'ru',
      ['Плавание'],
    );
    expect(ru.keys).toContain('exam-phys-events');
    expect(withPrefix(ru.keys, 'sport-')).toEqual([]);
    const en = await tap(
      'fitness',
      'Pass the army fitness test in May',
      "I'm 24, I jog twice a week and can do 15 press-ups.",
      'en',
      ['Just starting'],
    );
    expect(en.keys).toContain('exam-phys-events');
    // A race keeps the sport path.
    const near = await tap('sport', 'Пробежать 10 км быстрее 50 минут', 'Бегаю три года, рекорд 53 минуты.', 'ru', [
      'Бег',
    ]);
    expect(near.keys[0]).toBe('sport-01');
  });

  it('plans a lone open-water crossing as the swimmer’s own event with a boat beside — no event rules to read', async () => {
    const en = await tap(
      'sport',
      'Swim across the lake to the island',
      "I swim 3 km in the pool three times a week. There are no organised swims here, so I'll swim it alone early one morning.",
      'en',
      ['Already'],
    );
    expect(en.keys).toContain('sport-swim-own');
    expect(en.keys).not.toContain('sport-swim-rules');
    const ru = await tap(
      'sport',
      'Переплыть озеро Иссык-Куль в узком месте',
      'Плаваю в бассейне по 3 км, заплывов у нас нет, поплыву сам рано утром.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys).toContain('sport-swim-own');
    // An organised river swim keeps its rules.
    const near = await tap(
      'sport',
      'Swim the Dart 10k in September',
      'I swim three times a week with a masters group, about 8 km a week, and did a 5 km lake swim last summer.',
      'en',
      ['Already'],
    );
    expect(near.keys).toContain('sport-swim-rules');
    expect(near.keys).not.toContain('sport-swim-own');
  });

  it('reads a sevens tournament as rugby and a second-half fade as match fitness', async () => {
    const en = await tap(
      'sport',
      'Start every game at the Coral Coast 7s',
      "I'm 19, I play wing for our village team near Sigatoka. Coach says I'm fast but I get tired in the second half and start missing tackles. The tournament is in January.",
      'en',
      ['A team sport'],
    );
    expect(withPrefix(en.keys, 'sport-gen')).not.toContain('sport-gen-review');
    expect(withPrefix(en.keys, 'sport-gen')).not.toContain('sport-gen-practice');
    const ru = await tap(
      'sport',
      'Играть весь матч на турнире по регби-7',
      'Мне 20, играю крайним, во втором тайме сдыхаю и пропускаю захваты.',
      'ru',
      ['Командный'],
    );
    expect(withPrefix(ru.keys, 'sport-gen')).not.toContain('sport-gen-review');
  });

  it('reads a cortisone shot and a physio’s "build slowly" as an injury: the physio first, no hard sessions, days in a row planned', async () => {
    const en = await tap(
      'sport',
      'Paddle the full Murray Marathon',
      '45, Mildura. Been kayaking for 6 years and did the 111 km Classic once. Now I want to do the full 5 days / 404 km in December, solo in a K1. Had a cortisone shot in my right shoulder in February and the physio says build slowly.',
    );
    expect(en.keys[0]).toBe('sport-injury-check');
    expect(en.texts[0]).toMatch(/injection/);
    expect(en.keys).toContain('sport-stage-gap');
    expect(en.keys).not.toContain('sport-06');
    const ru = await tap(
      'sport',
      'Пробежать марафон осенью',
      'Бегаю четыре года, три раза в неделю. Весной делали укол в колено, дипроспан, реабилитолог сказал наращивать постепенно.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-injury-check');
    expect(ru.keys).not.toContain('sport-07');
    // No injection or physio named: no injury check.
    const near = await tap(
      'sport',
      'Paddle the full Murray Marathon',
      'Been kayaking for 6 years, did the 111 km Classic once.',
    );
    expect(near.keys).not.toContain('sport-injury-check');
  });

  it('gives a ski marathoner a long session of two hours, and the hill session after the review of his training', async () => {
    const ru = await tap(
      'sport',
      'Пройти Югорский марафон 50 км классикой',
      'На лыжах с детства, последние три сезона тренируюсь с клубом, 30 км прохожу за 2:10. Хочу в марте уложиться в 4 часа.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys).toContain('sport-ski-long');
    expect(ru.keys).not.toContain('sport-08');
    const hills = await tap(
      'sport',
      'Пробежать Дёминский марафон 50 км классикой',
      'Прошлой зимой прошёл 25 км на Дёминском за 2:40. Больше всего боюсь сдохнуть на подъёмах во второй половине и не понимаю, как питаться на дистанции.',
      'ru',
      ['Забег или заезд с холмами'],
    );
    expect(hills.keys[0]).toBe('sport-01');
    expect(hills.keys.indexOf('sport-hills')).toBeGreaterThan(hills.keys.indexOf('sport-01'));
    const en = await tap(
      'sport',
      'Ski the Vasaloppet',
      'I ski three times a week with my club and did 45 km in 3:30 last winter. I want to finish the 90 km classic next March.',
      'en',
      ['Already'],
    );
    expect(en.keys).not.toContain('sport-08');
    // A runner keeps the hour-long long session.
    const near = await tap(
      'sport',
      'Run a 10k in under 50 minutes',
      'I run 5 km three times a week with a club; the race is in four months.',
      'en',
      ['Already'],
    );
    expect(near.keys).not.toContain('sport-ski-long');
  });

  it('puts an ice race’s entry and date first, before the spikes', async () => {
    const ru = await tap(
      'sport',
      'Пробежать Байкальский ледовый марафон',
      'Мне 56, бегаю три года, полумарафон пробежал за 2:05. Хочу в марте пробежать 42 км по льду, зимой у нас минус 30.',
      'ru',
      ['Уже занимаюсь', 'Старт по льду'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['sport-ice-entry', 'sport-ice-grip']);
    expect(ru.keys).not.toContain('sport-03');
    const en = await tap(
      'sport',
      'Run the frozen lake ice half marathon',
      'I run four times a week and did a half in 1:50. It is on a frozen lake in February.',
      'en',
      ['Already', 'A race on ice'],
    );
    expect(en.keys[0]).toBe('sport-ice-entry');
    const near = await tap(
      'sport',
      'Run a half marathon in May',
      'I run four times a week and did a half in 1:55 last year.',
      'en',
      ['Already'],
    );
    expect(near.keys).not.toContain('sport-ice-entry');
  });

  it('names kettlebell sport in the club search, never «тренировки: клуб»', async () => {
    const ru = await tap(
      'sport',
      'выступить на ветеранских соревнованиях по гирям в сентябре',
      'Мне 66, гирями занимаюсь ещё с армии, толкаю 24 кг. В сентябре хочу выступить на областных соревнованиях среди ветеранов. Тренируюсь в гараже, тренера нет.',
      'ru',
    );
    expect(ru.text).not.toMatch(/«тренировки: клуб»/);
    // kettlebell sport named is the lift path now (read 45b: a competitor got a beginner's walk-run).
    expect(ru.keys).toContain('sport-lift-plan');
    const en = await tap(
      'sport',
      'Compete in my first kettlebell sport meet',
      "I've trained kettlebells for three years in my garage and want to enter a regional girevoy competition in the autumn.",
      'en',
    );
    expect(en.text).not.toMatch(/for your sport/);
  });

  it('keeps the lift steps for kettlebell sport named as the event, even after "None of these"', async () => {
    const ru = await tap(
      'sport',
      'Выступить в гиревом спорте на первенстве города',
      'Мне 52, занимаюсь пятый год, рывок гири 16 кг делаю 80 раз за десять минут. Хочу к осени выйти на помост.',
      'ru',
      ['Ничего'],
    );
    for (const key of LIFT) expect(ru.keys).toContain(key);
    expect(ru.keys).not.toContain('sport-05');
    const en = await tap(
      'sport',
      'My first kettlebell jerk competition in June',
      "I'm 58 and have trained with two 20 kg bells for four years, three times a week. Currently 35 reps in ten minutes.",
      'en',
      ['None'],
    );
    for (const key of LIFT) expect(en.keys).toContain(key);
    expect(en.keys).not.toContain('sport-09');
    // A runner's kettlebell swings on Sundays are no kettlebell event: the race path stays.
    const run = await tap(
      'sport',
      'Run a sub-25 5k by spring',
      'I run three times a week and do kettlebell swings at home on Sundays.',
    );
    expect(run.keys).not.toContain('sport-lift-plan');
    expect(run.keys).toContain('sport-03');
    const bez = await tap(
      'sport',
      'Пробежать первый полумарафон в сентябре',
      'Бегаю два года по 25 км в неделю, по выходным занимаюсь с гирями дома.',
      'ru',
    );
    expect(bez.keys).not.toContain('sport-lift-plan');
  });

  it('walks a first barbell meet through the lift steps and the meet rules — a running week never; a plain lift target gets no rules', async () => {
    const en = await tap(
      'sport',
      'Compete in my first powerlifting meet',
      "I've trained for four years: squat 150, bench 100, deadlift 180. The meet is in March and I've no idea how the judging works.",
      'en',
    );
    expect(en.keys).toContain('sport-meet-rules');
    expect(en.keys).toContain('sport-lift-plan');
    expect(en.keys).not.toContain('sport-07');
    expect(en.keys).not.toContain('sport-08');
    const ru = await tap(
      'sport',
      'Выступить на турнире по пауэрлифтингу',
      'Тренируюсь пятый год, присед 140, жим 95. Турнир в мае, правил не знаю.',
      'ru',
    );
    expect(ru.keys).toContain('sport-meet-rules');
    expect(ru.keys).not.toContain('sport-03');
    expect(ru.text).not.toContain('целевая дистанция');
    const near = await tap('sport', 'Bench press 100 kg', 'I bench 85 now, training three times a week.', 'en', [
      'Lifting more',
    ]);
    expect(near.keys).not.toContain('sport-meet-rules');
  });

  it('leaves the splits out of a single 50 m race, but keeps them for a 100 m', async () => {
    const en = await tap(
      'sport',
      'break 35 seconds in the 50 m freestyle at the club gala',
      'I swim four times a week with the masters squad; my best is 36.4.',
      'en',
      ['A race in the pool'],
    );
    expect(en.keys).not.toContain('sport-swim-splits');
    expect(en.keys).toContain('sport-swim-fifty');
    const near = await tap(
      'sport',
      'break 1:20 in the 100m freestyle at the club gala',
      'I swim four times a week with the masters squad; my best is 1:23.',
      'en',
      ['A race in the pool'],
    );
    expect(near.keys).toContain('sport-swim-splits');
    expect(near.keys).not.toContain('sport-swim-fifty');
  });

  it('fear of water where the bottom is out of sight: calm swims along the shore, and the feeding drill waits', async () => {
    const en = await tap(
      'sport',
      'Swim the 2 km sea swim in March',
      'I do about 2 km in the pool three times a week, but I get scared in deep water and have never raced in the sea.',
      'en',
      ['Already doing it, want to get better'],
    );
    expect(en.keys).toContain('sport-swim-calm');
    expect(en.keys).not.toContain('sport-swim-feed');
    const ru = await tap(
      'sport',
      'Проплыть заплыв на открытой воде 3 км',
      'Плаваю в бассейне по 2 км три раза в неделю, но в озере паникую, когда не видно дна.',
      'ru',
      ['Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys).toContain('sport-swim-calm');
    // A calm sea swimmer keeps the feeding drill and gets no calm swims.
    const near = await tap(
      'sport',
      'Swim across the bay for the charity swim',
      "I've swum in the sea every summer for years and do about 3 km three mornings a week.",
      'en',
      ['Already doing it, want to get better'],
    );
    expect(near.keys).not.toContain('sport-swim-calm');
  });

  it('talks hard sessions through with the doctor and keeps the reliever at hand when asthma is named', async () => {
    const en = await tap(
      'sport',
      'run a half marathon under 1:50',
      "I've been running for three years, 40 km a week. I'm asthmatic, I carry an inhaler and speed work leaves me short of breath.",
      'en',
      ['Already training'],
    );
    expect(en.keys).not.toContain('sport-07');
    expect(en.keys).toContain('sport-asthma-plan');
    const ru = await tap(
      'sport',
      'Пробежать 5 км быстрее 22 минут',
      'Бегаю три года, 5 км за 24 минуты. С детства астма, на ускорениях задыхаюсь.',
      'ru',
      ['Уже занимаюсь'],
    );
    expect(ru.keys).not.toContain('sport-07');
    expect(ru.keys).toContain('sport-asthma-plan');
    const near = await tap(
      'sport',
      'run a 10k under 45 minutes',
      "I've been running for four years, about 40 km a week, and my 10k best is 48 minutes.",
      'en',
      ['Already training'],
    );
    expect(near.keys).not.toContain('sport-asthma-plan');
  });

  it('gives a pace bowler his overs built up, hard-ball nets and a length target, not ball touch at a wall', async () => {
    const en = await tap(
      'sport',
      'get into the county under-15 squad',
      "I'm 14 and a seam bowler; we mostly play tape-ball in the street. My back got sore after a long spell last season.",
      'en',
      ['Already', 'A team sport'],
    );
    expect(en.keys).toContain('sport-bowl-load');
    expect(en.keys).not.toContain('sport-team-ball');
    const ru = await tap(
      'sport',
      'попасть в сборную области по крикету',
      'Мне 17, я быстрый боулер, играю за клуб третий сезон.',
      'ru',
      ['Уже', 'Командный'],
    );
    expect(ru.keys).toContain('sport-bowl-hard');
    // A batter is no bowler; ten-pin bowling is no cricket.
    const near = await tap(
      'sport',
      'make the first XI as an opening batter',
      "I'm 16 and play for the club's second XI every Saturday.",
      'en',
      ['Already', 'A team sport'],
    );
    expect(near.keys.some((key) => key.startsWith('sport-bowl-'))).toBe(false);
  });

  it('names the aching spot in the physio check for a runner with no injection', async () => {
    const ru = await tap(
      'sport',
      'пробежать первый марафон весной',
      'Бегаю третий год, четыре раза в неделю, после длинных иногда ноет колено, но быстро проходит.',
      'ru',
    );
    expect(ru.keys[0]).toBe('sport-injury-check');
    expect(ru.texts[0]).toMatch(/места, которое болит или ноет/);
    expect(ru.texts[0]).not.toMatch(/сустава, который лечат/);
    const en = await tap(
      'sport',
      'run my first marathon in the autumn',
      'Running for three years, four times a week. My knee aches after long runs but settles in a day.',
      'en',
    );
    expect(en.keys[0]).toBe('sport-injury-check');
    expect(en.texts[0]).not.toMatch(/treated joint/);
    // An injection named: the check keeps its caution about it.
    const near = await tap(
      'sport',
      'run my first marathon in the autumn',
      'Running for three years. Had a cortisone shot in my knee in the spring.',
      'en',
    );
    expect(near.keys[0]).toBe('sport-injury-check');
    expect(near.texts[0]).toMatch(/injection/);
  });

  it('gives a lifter of years no "check your technique before the weights climb"', async () => {
    const ru = await tap(
      'sport',
      'выступить на первом турнире по пауэрлифтингу',
      'Занимаюсь в зале восьмой год, жму 140, приседаю 200. Тренер позвал на кубок города в мае.',
      'ru',
      ['Уже занимаюсь', 'Больше в приседе'],
    );
    expect(ru.keys).not.toContain('sport-lift-coach');
    const en = await tap(
      'sport',
      'compete in my first powerlifting meet',
      "I've been lifting for seven years, bench 140 kg and squat 200. My coach wants me at the regional meet in May.",
      'en',
      ['Already doing', 'Getting stronger', 'Stronger'],
    );
    expect(en.keys).not.toContain('sport-lift-coach');
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

  describe('an active person with a sports injury walks the active branch (understand.ts, INJURY_AWARE)', () => {
    it('only because every hard sport session gives way to the injury: a vigorous step without past_injury in exceptTopics would reach them', () => {
      const sport = pack.types.find((kind) => kind.id === 'sport')!;
      const unguarded = sport.steps
        .filter((step) => step.vigorous && !(step.exceptTopics ?? []).includes('past_injury'))
        .map((step) => step.key);
      expect(unguarded).toEqual([]);
      expect(sport.steps.filter((step) => step.vigorous).length).toBeGreaterThan(5);
    });

    it('the content check refuses a vigorous step that does not except the injury, and an injury that is no net', () => {
      const sport = pack.types.find((kind) => kind.id === 'sport')!;
      expect(kindProblems('sport', sport, pack.never, pack.slots)).toEqual([]);
      const broken = {
        ...sport,
        situations: sport.situations!.map((item) =>
          item.id === 'past_injury' ? { ...item, always: undefined } : item,
        ),
        steps: sport.steps.map((step) =>
          step.key === 'sport-hills'
            ? { ...step, exceptTopics: step.exceptTopics!.filter((topic) => topic !== 'past_injury') }
            : step,
        ),
      };
      const problems = kindProblems('sport', broken, pack.never, pack.slots).join('\n');
      expect(problems).toContain('situation past_injury reads an injury: add `always: true`');
      expect(problems).toContain('sport.sport-hills: a vigorous step must except the injury past_injury');
    });
  });
});
