import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';
import { kindProblems } from '../../content/check-coach-pack.js';
import { createSlotReader } from './slots.js';

const { pack, coach } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);
const slots = createSlotReader(pack.slots);
const quitKind = pack.types.find((kind) => kind.id === 'quit')!;

/** The keys of the quit path's cut-down steps: a limit, a how-much log, telling someone the limit. */
const cutDownKeys = quitKind.steps.filter((step) => step.topics?.includes('reduce')).map((step) => step.key);

describe('the eighth blind review’s misses, fixed in general (issue 16, helper fix8)', () => {
  describe('a goal whose title says quit never gets cut-down steps (safety rule 1)', () => {
    it('reads «завязать» as quit and a weekday habit in the description as no cut-down', async () => {
      const steps = await firstFive(
        'quit',
        'Завязать с выпивкой',
        'Мне 42, в будни не пью, зато с пятницы до воскресенья почти без перерыва, в понедельник на работу еле живой. Жена сказала: ещё раз — и уедет с детьми к маме.',
        'ru',
      );
      expect(cutDownKeys.length).toBeGreaterThan(0);
      expect(steps.keys.filter((key) => cutDownKeys.includes(key))).toEqual([]);
      expect(steps.text).not.toMatch(/лимит|когда, сколько/i);
      expect(steps.text).toMatch(/триггер/);
      expect(slots.read('Завязать с выпивкой', []).values.habit?.id).toBe('alcohol');
    });

    it('keeps the cut-down out for every quit word, in both languages', () => {
      const described = ['I only drink at weekends, never on weekdays, no more than a bottle.'];
      for (const title of ['Quit drinking', 'Give up booze', 'Stop drinking', 'Kick the wine habit'])
        expect(slots.read(title, described).values.aim?.id, title).toBeUndefined();
      const ru = ['По будням не пью, только по выходным, не больше бутылки.'];
      for (const title of ['Бросить пить', 'Завязать с алкоголем', 'Отказаться от алкоголя', 'Перестать пить'])
        expect(slots.read(title, ru).values.aim?.id, title).toBeUndefined();
    });

    it('still gives a cut-down to someone who asks for one, in the title or in words', async () => {
      expect(slots.read('Drink less', []).values.aim?.id).toBe('reduce');
      expect(slots.read('Stop drinking on weeknights', []).values.aim?.id).toBe('reduce');
      expect(slots.read('Quit drinking', ["I don't want to stop completely, I want to cut down."]).values.aim?.id).toBe(
        'reduce',
      );
      expect(slots.read('Бросить пить', ['Хочу пить меньше, совсем не получится.']).values.aim?.id).toBe('reduce');
      const steps = await firstFive('quit', 'Пить меньше', 'Хочу пить только по выходным.', 'ru');
      expect(steps.keys.some((key) => cutDownKeys.includes(key))).toBe(true);
    });

    it('the content check refuses a limit step a quitter could reach', () => {
      const limit = quitKind.steps.find((step) => step.key === 'quit-reduce-limit')!;
      const loose = { ...limit, key: 'quit-loose-limit', topics: ['booze'] };
      const problems = kindProblems('quit', { ...quitKind, steps: [...quitKind.steps, loose] }, pack.never, pack.slots);
      expect(problems.join('\n')).toMatch(/quit-loose-limit: a limit or how-much step in a quitting path/);
      expect(kindProblems('quit', quitKind, pack.never, pack.slots)).toEqual([]);
    });
  });

  describe('slots filled from what the person wrote', () => {
    it('names a language from the title over another one in the description', () => {
      const read = slots.read('Learn enough Punjabi to talk to my nani', ["She's 84 and her English is basic."]);
      expect(read.values.language?.name.en).toBe('Punjabi');
    });

    it('keeps a decimal distance whole («2,5 км» is not 5 km)', () => {
      const read = slots.read('Переплыть Волгу на заплыве', ['Заплыв в Самаре в конце июля — 2,5 км, и там течение.']);
      expect(read.distance?.ru).toBe('2,5 км');
      expect(slots.read('Swim 10.5 km', []).distance?.en).toBe('10.5 km');
    });

    it('names an electric guitar, and calls Diet Coke no sugary drink', async () => {
      const guitar = await firstFive('instrument', 'Освоить электрогитару', '', 'ru');
      expect(guitar.text).toMatch(/электрогитар/);
      expect(guitar.text).not.toMatch(/«Практика: инструмент»/);
      const coke = await firstFive(
        'quit',
        'Give up Diet Coke',
        'Six to eight cans a day. I tried cold turkey and had headaches.',
      );
      expect(coke.text).not.toMatch(/sugary/i);
      expect(coke.keys).toContain('quit-caf-taper');
      expect(coke.keys).not.toContain('quit-now');
    });
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

  describe('the right branch inside the right kind', () => {
    it('gives a mural wall paint and wall steps, not a watercolour set', async () => {
      const mural = await firstFive('creative', "Paint a jungle mural on my daughter's bedroom wall", '');
      expect(mural.keys.slice(0, 3)).toEqual(['cre-mural-design', 'cre-mural-paint', 'cre-mural-wall']);
      expect(mural.text).not.toMatch(/watercolour/i);
    });

    it('gives a parent on leave baby groups, not work drinks', async () => {
      const mum = await firstFive(
        'social',
        'Make mum friends on maternity leave',
        'My son is four months old and all my friends are at work. I went to one baby group and sat in the corner.',
      );
      expect(mum.keys.every((key) => key.startsWith('soc-parent-'))).toBe(true);
      expect(mum.text).not.toMatch(/colleague|work drinks/i);
    });

    it('helps persuade a parent to move, with no country-house steps', async () => {
      const mum = await firstFive(
        'family',
        'Уговорить маму переехать поближе к нам',
        'Маме 77, живёт одна в деревне: печка, вода из колонки. Мы предлагаем купить ей квартиру рядом, а она ни в какую.',
        'ru',
      );
      expect(mum.keys[0]).toBe('fam-move-reasons');
      expect(mum.text).not.toMatch(/свидани|телефоны в корзин/i);
    });

    it('sends a dental goal to the dentist, not to the gynaecologist who referred', async () => {
      const teeth = await firstFive(
        'checkup',
        'Вылечить зубы до беременности',
        'Гинеколог сказала сначала санировать рот. У стоматолога не была лет шесть.',
        'ru',
      );
      expect(teeth.keys.some((key) => key.startsWith('chk-gyn-'))).toBe(false);
    });

    it('gives buy-now-pay-later no savings pot, and one utility arrear no card steps', async () => {
      const klarna = await firstFive(
        'finance',
        'Stop relying on Klarna',
        'About £1,100 over nine Klarna and Clearpay plans, and I use Klarna again to get to payday.',
      );
      expect(klarna.keys).toContain('fin-pd-stop');
      expect(klarna.keys).not.toContain('fin-14');
      const bills = await firstFive(
        'finance',
        'Закрыть долг за коммуналку',
        'За полгода набежало 47 тысяч, пришло письмо, что подадут в суд.',
        'ru',
      );
      expect(bills.keys.slice(0, 2)).toEqual(['fin-arr-plan', 'fin-arr-current']);
      expect(bills.keys).not.toContain('fin-debt-auto');
    });

    it('reads an oral exam by tickets as a list of questions, never a timed practice test', async () => {
      const oral = await firstFive(
        'exam',
        'Сдать кандидатский минимум по философии',
        'Второй год аспирантуры. Экзамен в конце мая, ещё нужен реферат.',
        'ru',
      );
      expect(oral.keys).not.toContain('exam-practice');
      expect(oral.keys[0]).toBe('exam-uni-list');
    });
  });

  describe('a step already done is skipped', () => {
    it('challenges a decision instead of claiming again', async () => {
      const pip = await firstFive(
        'admin',
        'Challenge my PIP decision',
        'They gave me zero points after a phone assessment. I have a month to ask for a mandatory reconsideration.',
      );
      // fix50B: a benefit decision gets the benefit twins of the evidence and advice steps (`ben_decided`).
      expect(pip.keys.slice(0, 3)).toEqual(['adm-dec-deadline', 'adm-dec-evidence-ben', 'adm-dec-help-ben']);
      expect(pip.keys).not.toContain('adm-ben-check');
      const osago = await firstFive(
        'admin',
        'Выбить из страховой нормальную выплату по ОСАГО',
        'Страховая насчитала 58 тысяч, а в сервисе ремонт оценили в 170.',
        'ru',
      );
      expect(osago.keys).not.toContain('adm-claim-report');
      expect(osago.keys).not.toContain('adm-claim-form');
    });

    it('does not search for a home when the keys are in hand', async () => {
      const keys = await firstFive(
        'moving',
        'Переехать в новостройку, пока там нет ремонта',
        'Ключи дали, а ремонт будет только к осени. Съёмную надо освободить через месяц.',
        'ru',
      );
      expect(keys.keys).not.toContain('move-09');
    });

    it('does not reinstall an app in use, and moves a forgotten habit earlier', async () => {
      const duo = await firstFive(
        'habit',
        'Do my Duolingo every single day',
        'My longest streak is 12 days. I forget in the evening and lose the streak.',
      );
      expect(duo.keys[0]).toBe('hab-forget-early');
      expect(duo.keys).not.toContain('hab-07');
      expect(duo.keys).not.toContain('hab-03');
    });
  });

  describe('what the person already has, or had long ago', () => {
    it('reads an exam failed at school years ago as no known format', () => {
      const old = slots.read('Pass GCSE maths at 35', ['I failed it at school and still freeze at fractions.']);
      expect(old.values.known?.id).toBeUndefined();
      expect(slots.read('Pass my driving test', ['I failed it twice last month.']).values.known?.id).toBe('format');
    });

    it('does not ask what a room is for when the title names it', async () => {
      const nursery = await firstFive('home', 'Turn the box room into a nursery', 'Baby is due in ten weeks.');
      expect(nursery.keys).not.toContain('home-room-purpose');
    });

    it('reads insulating a loggia as a build job, not a broken part', async () => {
      const loggia = await firstFive('repair', 'Утеплить лоджию своими руками', '', 'ru');
      expect(loggia.keys[0]).toBe('fix-ren-scope');
      expect(loggia.keys).not.toContain('fix-02');
    });
  });
});
