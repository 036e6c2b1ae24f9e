import { describe, expect, it } from 'vitest';
import { aCoachContext } from '../../../../test/factories/coach-context.js';
import {
  baseKeys,
  coach,
  firstFive,
  holdings,
  pack,
  slots,
  tap,
  withPrefix,
} from '../../../../test/factories/offline-cases.js';
import type { GoalClassifier } from '../goal-classifier.js';
import { kindNames } from '../offline-coach.js';
import { createReader, genericFor, isSpecific } from '../understand.js';

// Goals of the creative kind (content/goals/types/creative.yaml), walked through the offline coach as a person would:
// the situation named and the steps it brings, the level, and a danger named in passing that leads the path. Where a
// new case goes: docs/coach.md.
const levelAsked = (asked: { question: string }[]) =>
  asked.some((question) => /neither too easy|не слишком лёгкими/i.test(question.question));

const names = kindNames(pack);

/** A classifier that always reads the same ranking, never sure: the coach would ask. */
const flat = (ranked: [string, number][]): GoalClassifier => ({
  model: undefined as never,
  classify: () => ({
    kind: ranked[0]![0],
    confidence: ranked[0]![1],
    sure: false,
    ranked: ranked.map(([label, prob]) => ({ label, p: prob })),
  }),
});

const afterSomethingElse = (classifier: GoalClassifier, title: string, description: string) =>
  createReader(pack, classifier, slots, holdings).understand(
    aCoachContext({
      goal: { id: 'g', title, description, goalType: null },
      clarifications: [{ question: 'Which is closest?', answer: pack.generic.other.en }],
      mayAsk: false,
    }),
  );

const WEAVE = ['cre-weave-yarn', 'cre-weave-warp', 'cre-weave-sample'];

const EMB = ['cre-emb-kit', 'cre-emb-thread', 'cre-emb-stitch', 'cre-emb-start', 'cre-emb-pace'];

const LACE = ['cre-lace-check', 'cre-lace-pricking', 'cre-lace-wind', 'cre-lace-first', 'cre-lace-club'];

const ELDER = ['cre-elder-watch', 'cre-elder-kit', 'cre-elder-first', 'cre-elder-plan'];

const COTTON = ['cre-cotton-kit', 'cre-cotton-frame', 'cre-cotton-layers', 'cre-cotton-paint', 'cre-cotton-batch'];

const LETTERS = ['cre-letter-strokes', 'cre-letter-curves', 'cre-letter-model', 'cre-letter-word', 'cre-letter-check'];

const ANIMALS = ['cre-animal-refs', 'cre-animal-shapes', 'cre-animal-compare', 'cre-animal-poses', 'cre-animal-legs'];

const FOLK = ['cre-folk-refs', 'cre-folk-strokes', 'cre-folk-layers'];

const PENCIL = ['cre-draw-kit', 'cre-draw-first', 'cre-draw-lesson', 'cre-paint-first'];

const COSTUME = ['cre-cost-plan', 'cre-cost-dates', 'cre-cost-test'];

const KNIT = ['cre-knit-kit', 'cre-knit-lesson', 'cre-knit-first'];

describe('creative: the level and what the person already has or does', () => {
  it('gives a craft already started finishing steps, and a photo book sorting and printing steps', async () => {
    const ru = await firstFive(
      'creative',
      'Довязать плед',
      'Начала вязать плед из квадратов полгода назад, связала десять и забросила.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-fin-pick');
    expect(ru.keys.some((key) => key.startsWith('cre-knit-'))).toBe(false);
    const en = await firstFive(
      'creative',
      'Make a photo album of our wedding',
      'We have 900 pictures from the day spread over three phones and want it printed for our first anniversary.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-book-gather', 'cre-book-choose', 'cre-book-service']);
    expect(en.text).not.toMatch(/aperture|photo walk/i);
    const book = await firstFive(
      'creative',
      'Сделать фотокнигу о поездке в Грузию',
      'Фото в телефоне, их около 600.',
      'ru',
    );
    expect(book.keys[0]).toBe('cre-book-gather');
  });

  it('gives an open exhibition the submission steps, not a beginner kit, and keeps the kit for a beginner', async () => {
    const en = await firstFive(
      'creative',
      'Get a painting into the open exhibition',
      'I have painted in acrylics for six years; submissions close in May.',
    );
    expect(en.keys[0]).toBe('cre-show-rules');
    expect(en.keys).not.toContain('cre-paint-kit');
    const ru = await firstFive(
      'creative',
      'Выставить картину на городской выставке',
      'Пишу маслом, приём работ до мая.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-show-rules');
    const start = await firstFive('creative', 'Start painting with watercolours', 'I have never painted anything.');
    expect(start.keys.some((key) => key.startsWith('cre-show-'))).toBe(false);
  });

  it('gives a stitched piece of the person’s own design a sketch, a chart and a test patch, not a beginner kit', async () => {
    const en = await firstFive(
      'creative',
      'Cross-stitch a map of our village',
      "I've only done kits; I'd like to chart my own design.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-design-sketch', 'cre-design-chart', 'cre-design-sample']);
    expect(en.keys.some((key) => key.startsWith('cre-knit-'))).toBe(false);
    const ru = await firstFive(
      'creative',
      'Вышить портрет кота',
      'Раньше вышивала по наборам, хочу сама сделать свою схему по фото.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-design-sketch');
    expect(ru.keys.some((key) => key.startsWith('cre-face-'))).toBe(false);
    const knit = await firstFive('creative', 'Learn to knit', 'Never held needles.');
    expect(knit.keys[0]).toBe('cre-knit-kit');
  });

  it('gives a first-time crafter the tutorial before the first piece, and reads videos watched as no video to make', async () => {
    const en = await firstFive(
      'creative',
      "Make a rag rug out of my kids' old T-shirts",
      "I've got two bin bags of shirts they've outgrown and I don't want to throw them away. I've watched a couple of videos with a prodder tool but never made anything crafty in my life.",
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-kit', 'cre-15', 'cre-14']);
    expect(en.keys.some((key) => key.startsWith('cre-video') || key.startsWith('cre-vlog'))).toBe(false);
    expect(en.text).not.toMatch(/visual hierarchy/);
    const ru = await firstFive(
      'creative',
      'Научиться делать бумажные цветы',
      'Смотрела ролики на ютубе, сама ни разу не пробовала.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['cre-kit', 'cre-15', 'cre-14']);
    expect(ru.keys.some((key) => key.startsWith('cre-ch-') || key.startsWith('cre-vlog'))).toBe(false);
    // A title that names video or a channel keeps its own path.
    const editing = await firstFive(
      'creative',
      'Learn video editing',
      "I've watched a few YouTube tutorials but never edited anything.",
    );
    expect(editing.keys).toContain('cre-video-first');
    const channel = await firstFive(
      'creative',
      'Start a YouTube channel about my woodworking',
      'Never filmed anything.',
    );
    expect(channel.keys).toContain('cre-ch-setup');
  });

  it('prepares a timed film challenge — rules, roles, sound, a rehearsal — not a beginner’s editing lesson', async () => {
    const en = await tap('creative', 'Enter a 24-hour film race with my sister', 'We edit in iMovie already.', 'en', [
      'None',
    ]);
    expect(en.keys.slice(0, 2)).toEqual(['cre-fchal-rules', 'cre-fchal-team']);
    for (const key of ['cre-video-kit', 'cre-video-first', 'cre-video-lesson']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Снять фильм за 48 часов на городском конкурсе',
      'Нас трое, снимаем на телефоны.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('cre-fchal-rules');
    expect(ru.keys).toContain('cre-fchal-rehearse');
    // A film made at one's own pace is no challenge.
    const near = await tap(
      'creative',
      'Make a short film about my grandmother',
      'Just on my phone, for her birthday.',
      'en',
      ['Just starting', 'None'],
    );
    expect(withPrefix(near.keys, 'cre-fchal')).toEqual([]);
  });

  it('draws bodies and hands for someone whose faces already work — gestures, shapes, hands, not a mug sketch', async () => {
    const ru = await tap('creative', 'научиться рисовать мангу', 'мне 13 лица уже получаются а руки и тела нет', 'ru');
    expect(ru.keys).toEqual(['cre-fig-gesture', 'cre-fig-shapes', 'cre-fig-hands', 'cre-fig-copy', 'cre-fig-whole']);
    const en = await tap(
      'creative',
      'Get better at drawing people',
      'I can do faces fine but my hands look like bananas and full body poses come out stiff. I draw comics in a sketchbook.',
    );
    expect(en.keys[0]).toBe('cre-fig-gesture');
    expect(en.keys).not.toContain('cre-draw-first');
    const ru2 = await tap(
      'creative',
      'Рисовать людей в полный рост',
      'Хочу рисовать комиксы, но фигура человека выходит деревянной.',
      'ru',
    );
    expect(withPrefix(ru2.keys, 'cre-fig').length).toBeGreaterThan(0);
    // Faces alone keep the portrait steps.
    const near = await tap(
      'creative',
      'Draw portraits of my friends',
      'Faces come out crooked and unlike them.',
      'en',
      ['Drawing portraits'],
    );
    expect(withPrefix(near.keys, 'cre-fig')).toEqual([]);
  });

  it('gives someone who already works wood no beginner kit, and fretwork its template and offcut cuts', async () => {
    const en = await tap(
      'creative',
      'make fretwork window surrounds for our cottage in wood',
      "I'm a carpenter by trade but I've never done fretwork; I have a jigsaw and a drill.",
      'en',
      ['Woodworking'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['cre-fret-pattern', 'cre-fret-test']));
    expect(en.keys).not.toContain('cre-wood-kit');
    expect(en.keys).not.toContain('cre-wood-first');
    const ru = await tap(
      'creative',
      'сделать резные наличники на дачу',
      'Я столяр по профессии, а выпиливать лобзиком узоры никогда не пробовал.',
      'ru',
      ['Работа с деревом'],
    );
    expect(ru.keys).toContain('cre-fret-test');
    expect(ru.keys).not.toContain('cre-wood-kit');
    const near = await tap(
      'creative',
      'start woodworking',
      'I have never made anything from wood and want to make a small shelf.',
      'en',
      ['Woodworking'],
    );
    expect(near.keys).not.toContain('cre-fret-test');
  });

  it('gives a wheel beginner studio wheel time instead of three creative sessions at home', async () => {
    const en = await tap(
      'creative',
      'start wheel throwing',
      'Never touched clay, evenings only, money is tight.',
      'en',
      ['Pottery'],
    );
    expect(en.keys[0]).toBe('cre-wheel-class');
    expect(en.keys).toContain('cre-wheel-times');
    expect(en.keys).not.toContain('cre-08');
    const ru = await tap(
      'creative',
      'научиться работать на гончарном круге',
      'Глину никогда в руках не держала.',
      'ru',
      ['Керамика'],
    );
    expect(ru.keys).toContain('cre-wheel-times');
    expect(ru.keys).not.toContain('cre-08');
    // Pottery with no wheel named keeps the hand-building path.
    const near = await tap('creative', 'make a pinch pot', 'Never touched clay.', 'en', ['Pottery']);
    expect(near.keys).not.toContain('cre-wheel-times');
  });

  it('reads years of knitting now as experience: no first stitch or 15-stitch test piece; a first-timer keeps them', async () => {
    const en = await tap(
      'creative',
      'knit my first cardigan',
      "I've knitted socks and hats for two years but never a cardigan. Worried about the size.",
      'en',
      ['None'],
    );
    expect(levelAsked(en.asked)).toBe(false);
    expect(en.keys).not.toContain('cre-knit-lesson');
    expect(en.keys).not.toContain('cre-knit-first');
    const ru = await tap(
      'creative',
      'связать кофту дочке',
      'Вяжу лет пять, но только носки и варежки, кофту ни разу не вязала.',
      'ru',
      ['Ничего'],
    );
    expect(levelAsked(ru.asked)).toBe(false);
    expect(ru.keys).not.toContain('cre-knit-lesson');
    expect(ru.keys).not.toContain('cre-knit-first');
    const near = await tap(
      'creative',
      'knit my first cardigan',
      "I've never knitted anything; I bought needles and yarn yesterday.",
      'en',
      ['Just starting', 'None'],
    );
    expect(near.keys).toContain('cre-knit-lesson');
  });

  it('gives a zine of photos already taken words for its pages, not a photo walk', async () => {
    const en = await tap(
      'creative',
      'turn my photos of the old market into a zine',
      'I have three years of photos of the stalls at our market before it was redeveloped. I want a small printed zine with a few words from the stallholders.',
      'en',
      ['None'],
    );
    expect(en.keys).not.toContain('cre-photo-first');
  });
});

describe('creative: the situation named and the steps it brings', () => {
  it('creative: a channel about a craft films real work without a voice-over; finishing a track finishes it instead of starting a loop', async () => {
    const channel = await firstFive(
      'creative',
      'Start a YouTube channel about my woodworking',
      "I've been building furniture in my garage for ten years. Never filmed anything and I hate the sound of my own voice.",
    );
    expect(channel.keys).toEqual(['cre-ch-setup', 'cre-ch-film', 'cre-ch-edit', 'cre-ch-upload', 'cre-ch-feedback']);
    expect(channel.text).toMatch(/no talking needed/);
    expect(channel.text).toMatch(/captions instead of a voice-over/);
    expect(channel.text).toMatch(/unlisted/);
    expect(channel.keys).not.toContain('cre-wood-kit');

    const track = await firstFive(
      'creative',
      'Довести до конца свой первый трек',
      'Полгода делаю биты в FL Studio, но ни один не закончил, бросаю на середине. Хочу выложить трек во ВКонтакте до конца лета.',
      'ru',
    );
    expect(track.keys).toEqual(['cre-fin-pick', 'cre-fin-missing', 'cre-fin-date', 'cre-fin-work', 'cre-fin-out']);
    expect(track.keys).not.toContain('cre-music-first');
    expect(track.text).not.toMatch(/восьмитактовую петлю|20 идей/);
  });

  describe('"Something else" to the kind question', () => {
    it('gives a specific goal the generic path that acts, and a vague one the gentle start', () => {
      const rankedFlat: [string, number][] = [
        ['habit', 0.1],
        ['creative', 0.09],
        ['skill', 0.08],
        ['sport', 0.07],
        ['home', 0.065],
        ['generic', 0.02],
      ];
      const specific = afterSomethingElse(
        flat(rankedFlat),
        'Make the 2nd XI at my cricket club',
        'Selection nets start in April and I only get Tuesday evenings.',
      );
      expect(specific.kind).toBeUndefined();
      const keys = specific.path.slice(0, 5).map((step) => step.key);
      // Led by the person's own words (what they wrote, quoted), then the acting steps with their date.
      expect(keys.slice(0, 3)).toEqual(['gen-own-outcome', 'gen-own-obstacle', 'gen-own-action']);
      expect(specific.fill(specific.path[0]!.text.en)).toContain('Selection nets start in April');
      expect(keys).toContain('gen-act-done');
      expect(specific.path.map((step) => step.key)).toContain('gen-04');
      expect(keys).not.toContain('gen-01');
      expect(keys).not.toContain('gen-25');

      const vague = afterSomethingElse(flat(rankedFlat), 'get out of this rut', '');
      expect(vague.path[0]!.key).toBe('gen-01');
      expect(vague.path.some((step) => step.key.startsWith('gen-act-'))).toBe(false);
    });

    it('takes the best kind the buttons did not offer only when it is clearly ahead', () => {
      const offered: [string, number][] = [
        ['writing', 0.2],
        ['recovery', 0.15],
        ['repair', 0.13],
      ];
      const ahead = afterSomethingElse(
        flat([...offered, ['creative', 0.12], ['travel', 0.04], ['generic', 0.01]]),
        'Finish the quilt for my granddaughter',
        'Her birthday is nine weeks away.',
      );
      expect(ahead.kind?.id).toBe('creative');

      const close = afterSomethingElse(
        flat([...offered, ['sport', 0.07], ['home', 0.06], ['generic', 0.01]]),
        'Make the 2nd XI at my cricket club',
        'Selection nets start in April.',
      );
      expect(close.kind).toBeUndefined();
      expect(close.path[0]!.key).toBe('gen-act-done');
    });

    it('reads a goal as specific from a description, a number or a named value', () => {
      expect(
        isSpecific('Finish the quilt', 'Her birthday is nine weeks away and it is half done', slots.read('', [])),
      ).toBe(true);
      expect(isSpecific('Make the 2nd XI', '', slots.read('', []))).toBe(true);
      expect(isSpecific('Be happier', '', slots.read('Be happier', []))).toBe(false);
      const steps = pack.generic.steps;
      expect(genericFor(steps, false).some((step) => step.key.startsWith('gen-act-'))).toBe(false);
      expect(genericFor(steps, true).map((step) => step.key)).not.toContain('gen-02');
    });

    it('offers Sport, Interview and Creative for a team selection, a four-day week and a quilt', async () => {
      for (const [title, description, kind] of [
        ['Make the first team at my hockey club', 'Trials are in six weeks.', 'sport'],
        ['Ask my manager for a four-day week', 'I have a one-to-one next week.', 'interview'],
        ['Finish the quilt for my granddaughter', 'All the squares are cut.', 'creative'],
      ] as const) {
        const asked = await coach.clarifyGoal(
          aCoachContext({ goal: { id: 'g', title, description, goalType: null }, mayAsk: true }),
        );
        // The kind question offers it; a goal read with confidence goes straight to its kind (its first question,
        // if any, is about the kind's situations).
        if (asked.status === 'need_clarification' && asked.goalType === undefined)
          expect(asked.choices).toContain(names[kind]!.en);
        else expect(asked.goalType).toBe(kind);
      }
    });
  });

  it('gives a knitter learning crochet a hook and the magic ring, not a knitting kit', async () => {
    const hare = await firstFive(
      'creative',
      'Связать внучке зайца крючком',
      'Спицами вяжу всю жизнь, носки и варежки, а крючок в руках не держала.',
      'ru',
    );
    expect(hare.keys.slice(0, 3)).toEqual(['cre-hook-kit', 'cre-hook-basics', 'cre-hook-ring']);
    expect(hare.keys).not.toContain('cre-knit-kit');
    const en = await firstFive('creative', 'Crochet a granny square blanket', 'I have knitted for years.');
    expect(en.text).toMatch(/hook/);
    expect(en.text).not.toMatch(/needles in the size/);
  });

  it('gives film photography exposure steps, not a generic creative project', async () => {
    const ru = await firstFive(
      'creative',
      'Освоить плёночный фотоаппарат',
      'Купил на барахолке «Смену 8М», первая плёнка вышла тёмной, экспонометра нет.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['cre-film-meter', 'cre-film-camera']);
    expect(ru.keys).not.toContain('cre-03');
    const en = await firstFive('creative', 'Shoot on film', 'My first roll from an old Pentax came back overexposed.');
    expect(en.keys).toContain('cre-film-test');
  });

  it('gives a portrait with crooked faces proportion and likeness steps, not a mug sketch', async () => {
    const en = await firstFive(
      'creative',
      'Draw a portrait of my dad for his 70th',
      'I did a drawing course years ago; the problem is that faces come out lopsided.',
    );
    expect(en.keys[0]).toBe('cre-face-prop');
    expect(en.keys).not.toContain('cre-draw-first');
    const ru = await firstFive('creative', 'Нарисовать портрет дочки', 'Лица выходят непохожими.', 'ru');
    expect(ru.keys).toContain('cre-face-check');
  });

  it('gives resin casting and a stop-motion film their own steps, not the video path', async () => {
    const ru = await firstFive(
      'creative',
      'Отлить первые серьги из смолы',
      'Видела в роликах, хочу попробовать сама.',
      'ru',
    );
    expect(ru.keys.slice(0, 3)).toEqual(['cre-resin-kit', 'cre-resin-pour', 'cre-resin-finish']);
    expect(ru.keys.some((key) => key.startsWith('cre-video-'))).toBe(false);
    const en = await firstFive(
      'creative',
      'Make a claymation short with my nephew',
      'He loves plasticine and we have an old phone.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-stop-set', 'cre-stop-story', 'cre-stop-shoot']);
    const enResin = await firstFive('creative', 'Try epoxy coasters', '');
    expect(enResin.keys[0]).toBe('cre-resin-kit');
    // A plain video goal keeps the video steps.
    const video = await firstFive('creative', 'Make short videos of our hikes', 'I have never edited anything.');
    expect(video.keys.some((key) => key.startsWith('cre-video-'))).toBe(true);
  });

  it('gives phone photos light, blur and printing steps, not a camera kit or a themed walk', async () => {
    const en = await firstFive(
      'creative',
      'Take better photos of my kids on my phone',
      'Everything comes out blurry or dark.',
    );
    expect(en.keys[0]).toBe('cre-phone-light');
    expect(en.keys).not.toContain('cre-photo-kit');
    expect(en.keys).not.toContain('cre-photo-first');
    const ru = await firstFive('creative', 'Красиво снимать внуков на смартфон', 'Всё выходит тёмное.', 'ru');
    expect(ru.keys[0]).toBe('cre-phone-light');
    const camera = await firstFive('creative', 'Learn to use my new camera', 'A mirrorless I got for my birthday.');
    expect(camera.keys).toContain('cre-photo-kit');
  });

  it('gives a throwing or knitting problem no generic inspiration folder', async () => {
    const en = await firstFive(
      'creative',
      'Make a set of even bowls on the wheel',
      'I took a pottery course but my bowls all come out different sizes.',
    );
    expect(en.keys).not.toContain('cre-02');
    const ru = await firstFive('creative', 'Связать себе кардиган', 'Вяжу только шарфы, схем не читала.', 'ru');
    expect(ru.keys).not.toContain('cre-02');
  });

  it('gives bookbinding its own steps, not a drawing kit', async () => {
    const en = await firstFive(
      'creative',
      'Make hand-bound journals',
      'I want to learn Coptic stitch and sew a few notebooks.',
    );
    expect(en.keys[0]).toBe('cre-bind-kit');
    expect(en.text).not.toMatch(/2B pencil|sketchbook/i);
    const ru = await firstFive(
      'creative',
      'Научиться переплетать блокноты',
      'Хочу сшить ежедневник своими руками в подарок.',
      'ru',
    );
    expect(ru.keys).toContain('cre-bind-pamphlet');
  });

  it('gives a photography competition its own steps: rules, frames at 100%, a session for the fault, the entry', async () => {
    const en = await firstFive(
      'creative',
      'Enter the Wildlife Photographer of the Year',
      'I have shot owls for years but half my frames are soft. Entries close in December.',
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-contest-rules', 'cre-contest-cull', 'cre-contest-session']);
    expect(en.text).not.toMatch(/photo walk/i);
    const ru = await firstFive(
      'creative',
      'Подать снимки на фотоконкурс «Золотая черепаха»',
      'Снимаю птиц пятый год, но кадры часто шумные. Приём работ до осени.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-contest-rules');
    const paint = await firstFive('creative', 'Enter a painting in the open exhibition', 'Submissions close in May.');
    expect(paint.keys.some((key) => key.startsWith('cre-contest-'))).toBe(false);
  });

  it('gives screen printing, bead embroidery and a photo series their own steps', async () => {
    const print = await firstFive(
      'creative',
      "Screen-print T-shirts for my band's first tour",
      "Six gigs in July. I've never printed anything and I'll be in my garage with no proper exposure unit.",
    );
    expect(print.keys[0]).toBe('cre-print-method');
    expect(print.keys.some((key) => key.startsWith('cre-film-'))).toBe(false);
    const ruPrint = await firstFive(
      'creative',
      'Научиться печатать принты на футболках',
      'Хочу сделать мерч для своего кафе.',
      'ru',
    );
    expect(ruPrint.keys[0]).toBe('cre-print-method');
    const beads = await firstFive(
      'creative',
      'Вышить бисером икону к крестинам внука',
      'Крестины в апреле, схему и бисер уже купила. Раньше вышивала только крестиком.',
      'ru',
    );
    expect(beads.keys.every((key) => key.startsWith('cre-bead-'))).toBe(true);
    expect(beads.text).not.toMatch(/петел|спиц/);
    const enBeads = await firstFive(
      'creative',
      'Make a bead embroidery picture for my mum',
      'First time with seed beads.',
    );
    expect(enBeads.keys.some((key) => key.startsWith('cre-bead-'))).toBe(true);
    const series = await firstFive(
      'creative',
      'Снять фотосерию про заброшенные деревни Карелии',
      'Снимаю на зеркалку два года. Хочу серию из 20 кадров для выставки в фотоклубе.',
      'ru',
    );
    expect(series.keys[0]).toBe('cre-series-idea');
    expect(series.keys.some((key) => key.startsWith('cre-fin-'))).toBe(false);
    const enSeries = await firstFive(
      'creative',
      'Shoot a photo essay on my town’s closing shops',
      'I have shot street for years.',
    );
    expect(enSeries.keys[0]).toBe('cre-series-idea');
    const paint = await firstFive('creative', 'Learn watercolour', 'Never painted.');
    expect(paint.keys[0]).toBe('cre-paint-kit');
  });

  it('gives foam armour for cosplay its own kit and test piece, never yarn', async () => {
    const ru = await firstFive(
      'creative',
      'Сделать косплей-костюм ведьмака к фестивалю «Старкон»',
      'Хочу костюм ведьмака с бронёй из EVA-пены, фестиваль в июле. Шить на машинке умею немного, а с пеной и покраской вообще никогда не работала.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['cre-cos-refs', 'cre-cos-kit']);
    expect(ru.text).not.toMatch(/пряж|спиц/);
    const en = await firstFive('creative', 'Build Mandalorian armour for Comic Con', 'Never made anything like it.');
    expect(en.keys).toContain('cre-cos-test');
    expect(en.text).toMatch(/respirator/);
    const control = await firstFive('creative', 'Learn to knit a scarf', "I've never held knitting needles.");
    expect(control.keys[0]).toBe('cre-knit-kit');
  });

  it('gives stained glass a safe bench, a pattern and practice cuts, and a date for a new piece no "finish an abandoned piece" steps', async () => {
    const en = await firstFive(
      'creative',
      "Make a stained-glass suncatcher for my mum's kitchen window",
      "I did one taster class at the community centre and loved it, but I don't own any tools yet. I'd like it finished for Mother's Day.",
    );
    expect(en.keys).toEqual([
      'cre-glass-bench',
      'cre-glass-kit',
      'cre-glass-pattern',
      'cre-glass-cuts',
      'cre-glass-sessions',
    ]);
    expect(en.text).toMatch(/safety glasses/);
    expect(en.text).not.toMatch(/unfinished piece|a folder|in about 15 minutes/i);
    const ru = await firstFive(
      'creative',
      'Сделать витраж в технике тиффани',
      'Была на одном мастер-классе, своих инструментов нет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-glass-bench');
    expect(ru.text).toMatch(/защитные очки/);
    // A piece really left unfinished keeps the finishing steps.
    const quilt = await firstFive(
      'creative',
      'Finish the quilt I started years ago',
      'It has been in a drawer since 2019.',
    );
    expect(quilt.keys[0]).toBe('cre-fin-pick');
  });

  it('gives a mosaic of broken tiles a design, safe breaking and the right adhesive, not a broken part or the fuse box', async () => {
    const ru = await firstFive(
      'creative',
      'Выложить мозаику из битой плитки на стене бани',
      'Никогда не делала мозаику, но плитки после ремонта осталось много. Хочу успеть за лето, пока мы на даче, работать могу только по выходным.',
      'ru',
    );
    expect(ru.keys).toEqual([
      'cre-mosaic-design',
      'cre-mosaic-safety',
      'cre-mosaic-glue',
      'cre-mosaic-test',
      'cre-mosaic-zones',
    ]);
    expect(ru.text).toMatch(/бане/);
    expect(ru.text).not.toMatch(/марку и модель|автомат в щитке/);
    const en = await firstFive(
      'creative',
      'Make a mosaic from broken tiles for the garden wall',
      "Lots of offcuts left from the bathroom and I've never done mosaic.",
    );
    expect(en.keys[0]).toBe('cre-mosaic-design');
    expect(en.text).toMatch(/safety glasses/);
  });

  it('gives muddy watercolours a technique fix for someone who paints, not a swatch page or a project folder', async () => {
    const en = await firstFive(
      'creative',
      'Get my watercolour skies to stop looking muddy',
      "I've painted landscapes for about two years, mostly from my photos of the Peak District. Every sky I do ends up grey and overworked.",
    );
    expect(en.keys).toEqual(['cre-mud-mixes', 'cre-mud-water', 'cre-mud-skies', 'cre-mud-compare', 'cre-mud-whole']);
    expect(en.text).not.toMatch(/colour swatches — every colour|one home: a folder|smallest finished version/);
    const ru = await firstFive(
      'creative',
      'Акварельное небо получается грязным',
      'Пишу акварелью третий год, но небо всё время выходит мутным и замученным.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-mud-mixes');
    expect(ru.text).toMatch(/двух пигментов/);
    // A beginner keeps the first swatch page; the night sky is no muddy paint.
    const start = await firstFive('creative', 'Start painting with watercolours', "I've never painted before.");
    expect(start.keys).toContain('cre-paint-first');
    const sky = await firstFive(
      'creative',
      'Photograph the night sky',
      'I have a new camera and want to shoot the Milky Way.',
    );
    expect(sky.keys.some((key) => key.startsWith('cre-mud'))).toBe(false);
  });

  it('gives socks a sock pattern, a mini sock for the heel and the feet measured — no raglan or unrelated piece', async () => {
    const ru = await firstFive(
      'creative',
      'Связать носки на пяти спицах',
      'Шарфы и шапки вяжу давно, а пятку ни разу не делала — боюсь. Хочу к зиме связать носки всем внукам.',
      'ru',
    );
    expect(ru.keys.slice(0, 2)).toEqual(['cre-sock-pattern', 'cre-sock-mini']);
    expect(ru.keys).not.toContain('cre-knit-pattern');
    expect(ru.keys).not.toContain('cre-16');
    expect(ru.text).not.toMatch(/реглан/);
    const en = await firstFive(
      'creative',
      'Knit my first pair of socks',
      "I've knitted scarves and hats for years but never turned a heel.",
    );
    expect(en.keys[0]).toBe('cre-sock-pattern');
    expect(en.text).toMatch(/heel flap/);
    // A sweater keeps the next-step pattern.
    const sweater = await firstFive('creative', 'Knit a sweater', "I've knitted for years, scarves and hats mostly.");
    expect(sweater.keys).toContain('cre-knit-pattern');
  });

  it('turns old slides or photos into a film by picking, digitising and naming them, not a 30-second video of tea', async () => {
    const en = await firstFive(
      'creative',
      "Turn Grandad's old slides into a short film for his 90th",
      "There are about 400 Kodachrome slides in a shoebox from the 60s and 70s. I've got a laptop and a phone but no scanner, and the party is on 9 March.",
    );
    expect(en.keys).toEqual(['cre-arch-pick', 'cre-arch-way', 'cre-arch-test', 'cre-arch-names', 'cre-arch-draft']);
    expect(en.text).toMatch(/scanning service/);
    expect(en.text).not.toMatch(/making tea|1080p at 30 fps/);
    const ru = await firstFive(
      'creative',
      'Оцифровать старые слайды и сделать фильм к юбилею мамы',
      'Дома коробка слайдов из 80-х на плёнке, сканера нет.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-arch-pick');
    expect(ru.keys).not.toContain('cre-film-meter');
    expect(ru.text).toMatch(/сервис сканирования/);
    // A film shot now, and film photography, keep their own steps.
    const street = await firstFive(
      'creative',
      'Make a short film about my street',
      'I have a phone and want to learn editing.',
    );
    expect(street.keys).toContain('cre-video-first');
    expect(street.keys.some((key) => key.startsWith('cre-arch'))).toBe(false);
    const film = await firstFive('creative', 'Научиться снимать на плёнку', 'Купил Зенит, ни разу не снимал.', 'ru');
    expect(film.keys[0]).toBe('cre-film-meter');
  });

  it('makes handmade soap from a melt-and-pour base: the method, the kit for the bars, a test batch, a check, the batches', async () => {
    const ru = await firstFive(
      'creative',
      'Сварить мыло ручной работы в подарок коллегам к Новому году',
      'Ни разу не пробовала, только смотрела ролики. Коллег четырнадцать человек, до праздников шесть недель, бюджет тысяч пять.',
      'ru',
    );
    expect(ru.keys).toEqual(['cre-soap-method', 'cre-soap-kit', 'cre-soap-test', 'cre-soap-check', 'cre-soap-batches']);
    expect(ru.text).toMatch(/без щёлочи/);
    expect(ru.keys).not.toContain('cre-14');
    const en = await firstFive('creative', 'Make soap for the Christmas fair', 'Never made any before.');
    expect(en.keys[0]).toBe('cre-soap-method');
    expect(en.text).toMatch(/no lye/);
    // Candles keep the generic craft path.
    const candles = await firstFive('creative', 'Научиться делать свечи из воска', 'Никогда не пробовала.', 'ru');
    expect(candles.keys.some((key) => key.startsWith('cre-soap'))).toBe(false);
    expect(candles.keys.indexOf('cre-15')).toBeLessThan(candles.keys.indexOf('cre-14'));
  });

  it("gives a pet's portrait the animal's photo, head, eyes and fur — not a human face's proportions", async () => {
    const en = await firstFive(
      'creative',
      "Paint a portrait of my neighbour's old dog for her",
      "I did GCSE art 15 years ago and haven't painted since. I've bought a set of acrylics and a canvas, and I have loads of photos of him.",
    );
    expect(en.keys[0]).toBe('cre-pet-photo');
    expect(en.keys).toContain('cre-pet-eyes');
    expect(en.keys).not.toContain('cre-face-prop');
    const ru = await firstFive('creative', 'Нарисовать портрет нашей собаки', 'Купила акварель, собаке 12 лет.', 'ru');
    expect(ru.keys[0]).toBe('cre-pet-photo');
    expect(ru.keys).not.toContain('cre-face-prop');
    // A person's portrait keeps the face proportions.
    const person = await firstFive(
      'creative',
      'Paint a portrait of my grandmother',
      'I have acrylics and a photo of her.',
    );
    expect(person.keys[0]).toBe('cre-face-prop');
  });

  it("gives henna line control, safe cones and the no-smudge routine — not 20 ideas or 'today's first piece'", async () => {
    const en = await firstFive(
      'creative',
      'Do mehndi for my sisters at the wedding',
      'I can only do wobbly lines so far.',
    );
    expect(en.keys[0]).toBe('cre-henna-cones');
    expect(en.keys).toContain('cre-henna-drills');
    expect(en.keys).not.toContain('cre-05');
    expect(en.keys).not.toContain('cre-03');
    const ru = await firstFive('creative', 'Научиться делать рисунки хной', 'Хочу расписывать руки подругам.', 'ru');
    expect(ru.keys[0]).toBe('cre-henna-cones');
    expect(ru.keys).toContain('cre-henna-smudge');
    expect(ru.keys).not.toContain('cre-05');
    // Drawing keeps its own path.
    const draw = await firstFive('creative', 'Learn to draw', 'Never drawn since school.');
    expect(draw.keys).not.toContain('cre-henna-cones');
  });

  it('gives a loom its check, warping and a sample over sittings — not a finished piece in 15 minutes', async () => {
    const ru = await firstFive(
      'creative',
      'Соткать половик на старом ткацком станке',
      'Станок от свекрови, сама ни разу не ткала.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-loom-check');
    expect(ru.keys).toContain('cre-loom-warp');
    expect(ru.keys).not.toContain('cre-14');
    expect(ru.keys).not.toContain('cre-05');
    const en = await firstFive(
      'creative',
      'Learn to weave on a floor loom',
      'It was my aunt’s; I have never warped one.',
    );
    expect(en.keys[0]).toBe('cre-loom-check');
    expect(en.keys).not.toContain('cre-14');
    // Knitting keeps its own path, and a first-timer learns the stitch before the test piece.
    const knit = await firstFive('creative', 'Learn to knit', 'Never held needles before.');
    expect(knit.keys).not.toContain('cre-loom-check');
    expect(knit.keys.indexOf('cre-knit-lesson')).toBeLessThan(knit.keys.indexOf('cre-knit-first'));
    const vyaz = await firstFive('creative', 'Научиться вязать спицами', 'Ни разу не пробовала.', 'ru');
    expect(vyaz.keys.indexOf('cre-knit-lesson')).toBeLessThan(vyaz.keys.indexOf('cre-knit-first'));
  });

  it('gives someone who says they have no tablet no drawing-app steps', async () => {
    const ru = await firstFive(
      'creative',
      'Нарисовать мангу про младшую сестру',
      'Планшета у меня нет, рисую простым карандашом в скетчбуке, хочу страниц восемь.',
      'ru',
    );
    expect(ru.keys).not.toContain('cre-dig-setup');
    expect(ru.keys).not.toContain('cre-dig-layers');
    const en = await firstFive(
      'creative',
      'Draw a short comic about our dog',
      "I don't have a tablet or any drawing app, just paper and felt tips.",
    );
    expect(en.keys).not.toContain('cre-dig-setup');
    // Someone drawing on their tablet keeps the app steps.
    const ipad = await firstFive('creative', 'Learn to draw on my new iPad', 'I bought an Apple Pencil last week.');
    expect(ipad.keys).toContain('cre-dig-setup');
  });

  it('gives a mural on an outside wall masonry paint and outdoor preparation — not tester pots, furniture and skirting', async () => {
    const en = await tap(
      'creative',
      'Paint a mural on the front wall of my old primary school',
      "The headmaster has given me the front wall, 6 metres by 2. I've only painted on canvas, never a rough wall in full sun.",
      'en',
      ['A mural'],
    );
    expect(en.keys).toContain('cre-mural-paint-out');
    expect(en.keys).toContain('cre-mural-wall-out');
    expect(en.keys).not.toContain('cre-mural-paint');
    expect(en.keys).not.toContain('cre-mural-wall');
    const ru = await tap(
      'creative',
      'Расписать стену школы',
      'Директор разрешил сделать мурал на фасаде, стена шершавая.',
      'ru',
      ['Роспись'],
    );
    expect(ru.keys).toContain('cre-mural-paint-out');
    expect(ru.keys).not.toContain('cre-mural-wall');
    // A bedroom wall keeps the indoor steps.
    const home = await tap('creative', "Paint a jungle mural on my son's bedroom wall", 'He loves tigers.', 'en', [
      'A mural',
    ]);
    expect(home.keys).toContain('cre-mural-paint');
    expect(home.keys).toContain('cre-mural-wall');
    expect(home.keys).not.toContain('cre-mural-paint-out');
  });

  it('gives a documentary of people’s stories interviews, sound and places — not dark photos and prints', async () => {
    const ru = await tap(
      'creative',
      'Снять фильм про наше село к юбилею',
      'Снимаю только на телефон, монтировала пару роликов. Хочу записать рассказы старожилов, самой старшей 94.',
      'ru',
      ['Документальный'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['cre-doc-plan', 'cre-doc-ask', 'cre-doc-sound']);
    expect(ru.keys.some((key) => key.startsWith('cre-phone-'))).toBe(false);
    const en = await tap(
      'creative',
      'Make a documentary about my grandmother’s village',
      'I want to interview the old people there, filming on my phone.',
      'en',
      ['A documentary'],
    );
    expect(en.keys[0]).toBe('cre-doc-plan');
    expect(en.keys.some((key) => key.startsWith('cre-phone-'))).toBe(false);
    // Better photos on a phone keep the phone photo steps.
    const photos = await tap(
      'creative',
      'Take better photos of my kids on my phone',
      'They all come out dark and blurry.',
      'en',
      ['Better photos'],
    );
    expect(photos.keys).toContain('cre-phone-light');
    expect(photos.keys).not.toContain('cre-doc-plan');
  });

  it('gives a dolls’ house a 1:12 plan, tools for small work and tiny wallpaper — not a first coaster', async () => {
    const en = await tap(
      'creative',
      "Build and decorate a dolls' house for my granddaughter by Christmas",
      "I'm handy with a saw from years of fixing things round the house, but I've never made anything that small, and I've no idea about tiny wallpaper or furniture.",
      'en',
      ["A dolls'"],
    );
    expect(en.keys).toEqual([
      'cre-doll-plan',
      'cre-doll-kit',
      'cre-doll-shell',
      'cre-doll-paper',
      'cre-doll-furniture',
    ]);
    const ru = await tap(
      'creative',
      'Сделать кукольный домик для внучки',
      'Руки растут откуда надо, но такой мелкой работы никогда не делал. Хочу с обоями и мебелью.',
      'ru',
      ['Кукольный'],
    );
    expect(ru.keys[0]).toBe('cre-doll-plan');
    expect(ru.keys.some((key) => key.startsWith('cre-wood-'))).toBe(false);
    // Warhammer miniatures keep their own steps; a first woodwork project keeps the beginner wood steps.
    const minis = await tap('creative', 'Paint my Warhammer miniatures', 'I have a box of space marines.', 'en', [
      'Painting Warhammer',
    ]);
    expect(minis.keys).not.toContain('cre-doll-plan');
    const wood = await tap('creative', 'Get into woodwork', "I've never done any carpentry.", 'en');
    expect(wood.keys[0]).toBe('cre-wood-kit');
    expect(wood.keys).not.toContain('cre-doll-plan');
  });

  it('teaches wood burning on scrap and plans the batch, never an unfinished piece to pick up', async () => {
    const en = await tap(
      'creative',
      'Make pyrography Christmas presents',
      "Bought a cheap wood-burning pen kit and six basswood slices. My first attempt looks like a toddler scribbled on it with a lighter. Ten people on the list and it's already the end of October.",
      'en',
      ['Wood burning'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-pyro-practice', 'cre-pyro-design', 'cre-pyro-batch']);
    expect(en.keys).not.toContain('cre-16');
    const ru = await tap(
      'creative',
      'Научиться выжиганию по дереву',
      'Купила выжигатель, хочу делать доски в подарок.',
      'ru',
      ['Выжигание'],
    );
    expect(ru.keys[0]).toBe('cre-pyro-practice');
    // A creative project of another craft gets no burning steps.
    const near = await tap('creative', 'Make pottery Christmas presents', 'Ten mugs for the family by December.', 'en');
    expect(near.keys).not.toContain('cre-pyro-practice');
  });

  it('sketches streets on location in pen — no "last two or three pieces", no lesson that skips the basics', async () => {
    const en = await tap(
      'creative',
      'Sketch the streets on my bus route between shifts',
      "I drive the 38 in Bristol and get a 20-minute break at the depot end. I used to draw at school, nothing since. I've bought a small sketchbook and a fineliner and that's it. I'd like to fill the book by the end of summer without it looking like a kid did it.",
      'en',
      ['Drawing'],
    );
    const keys = baseKeys(en.keys);
    expect(keys[0]).toBe('cre-sketch-spot');
    expect(keys).toContain('cre-sketch-street');
    for (const key of ['cre-20', 'cre-21', 'cre-22', 'cre-draw-first']) expect(keys).not.toContain(key);
    expect(en.text).toMatch(/in pen/);
    const ru = await tap(
      'creative',
      'Научиться рисовать улицы своего города',
      'Рисовала в школе, потом двадцать лет ничего. Хочу делать зарисовки города в обеденный перерыв.',
      'ru',
      ['Рисование'],
    );
    expect(baseKeys(ru.keys)[0]).toBe('cre-sketch-spot');
    expect(baseKeys(ru.keys)).not.toContain('cre-21');
    // Coming back to drawing at home keeps the returning path.
    const back = await tap(
      'creative',
      'Start drawing again',
      'I used to draw as a teenager and want to fill a sketchbook this year.',
      'en',
      ['Drawing'],
    );
    expect(baseKeys(back.keys)).toContain('cre-20');
    expect(baseKeys(back.keys)).not.toContain('cre-sketch-spot');
  });

  it('learns the potter’s wheel at a studio — centring and a cylinder, no pinch pot or hand-building lesson', async () => {
    const ru = await tap('creative', 'Научиться работать на гончарном круге', '', 'ru', ['Керамика']);
    expect(ru.keys[0]).toBe('cre-wheel-class');
    expect(ru.keys).toContain('cre-wheel-centre');
    for (const key of ['cre-pottery-kit', 'cre-pottery-first', 'cre-pottery-lesson', 'cre-04'])
      expect(ru.keys).not.toContain(key);
    expect(ru.text).toMatch(/центровк/);
    const en = await tap('creative', 'Learn to throw pots on the wheel', 'I have never touched clay.', 'en', [
      'Pottery',
    ]);
    expect(en.keys[0]).toBe('cre-wheel-class');
    expect(en.keys).not.toContain('cre-pottery-first');
    // Pottery with no wheel named keeps hand-building.
    const hand = await tap('creative', 'Learn pottery', 'I have never touched clay.', 'en', ['Pottery']);
    expect(hand.keys).toContain('cre-pottery-first');
    expect(hand.keys).not.toContain('cre-wheel-class');
  });

  it('plans batik as days of wax and dye — hot wax set up first, no "one piece in 25 minutes" or three in a row', async () => {
    const en = await tap(
      'creative',
      "Make batik cloth for my daughter's wedding",
      "I'm 47 and live in a village outside Solo. My mother did batik tulis but I only ever watched her; I still have her canting and some wax. My daughter marries after Lebaran and I want to make the kain for the family myself, with cap stamps if tulis is too slow. I can work in the afternoons once the warung closes.",
      'en',
    );
    expect(en.keys[0]).toBe('cre-batik-wax');
    expect(en.keys).toContain('cre-batik-test');
    for (const key of ['cre-20', 'cre-21', 'cre-22']) expect(baseKeys(en.keys)).not.toContain(key);
    expect(en.text).toMatch(/never water on burning wax/);
    const ru = await tap(
      'creative',
      'Сделать батик к свадьбе дочери',
      'Мама расписывала ткани, я только смотрела.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-batik-wax');
    // Someone coming back to drawing keeps the returning drill.
    const paint = await tap(
      'creative',
      'Start drawing again',
      'I used to draw as a teenager and want to fill a sketchbook this year.',
      'en',
      ['Drawing'],
    );
    expect(baseKeys(paint.keys)).toContain('cre-20');
    expect(paint.keys).not.toContain('cre-batik-wax');
  });

  it('warps a loom with thread for cloth or kente — no rag strips or "first rug"; rag rugs keep them', async () => {
    const en = await tap(
      'creative',
      "Learn to weave kente on my grandfather's loom",
      "I'm 19. My grandfather in Bonwire wove all his life but his eyes are too weak now and the loom just sits under the shed. I want to finish one full strip before September.",
      'en',
      ['Weaving on a loom'],
    );
    expect(en.keys.slice(2)).toEqual(WEAVE);
    expect(en.keys).not.toContain('cre-loom-strips');
    expect(en.text).toContain('kente strip is about 10 cm');
    expect(en.text).not.toMatch(/rug/i);
    const ru = await tap(
      'creative',
      'Научиться ткать полотенца на бабушкином станке',
      'Станок стоит в сарае, бабушки уже нет, а я хочу соткать хотя бы одно льняное полотенце.',
      'ru',
      ['Ткачество на станке'],
    );
    expect(ru.keys.slice(2)).toEqual(WEAVE);
    expect(ru.text).not.toContain('половик');
    const rugs = await tap(
      'creative',
      "Weave rag rugs on my grandmother's floor loom",
      'I have a bag of old clothes and her loom in the barn.',
      'en',
      ['Weaving on a loom'],
    );
    expect(rugs.keys).toEqual([
      'cre-loom-check',
      'cre-loom-learn',
      'cre-loom-strips',
      'cre-loom-warp',
      'cre-loom-sample',
    ]);
  });

  it('gives hand embroidery its hoop, threads that do not tangle and the main stitch — no knitting swatch or raglan', async () => {
    const ru = await tap(
      'creative',
      'Вышить сюзане к своему приданому',
      'Мне 17. Бабушка вышивала всю жизнь и показывает швы, а у меня нитки всё время путаются и стежки кривые.',
      'ru',
      ['Рукоделие'],
    );
    expect(ru.keys).toEqual(EMB);
    expect(ru.text).toContain('басма');
    expect(ru.text).not.toMatch(/спиц|реглан|петел/);
    const en = await tap(
      'creative',
      'Embroider a crewel work cushion for my mum',
      "I've done a bit of cross stitch before, but never crewel. Her birthday is in June.",
      'en',
      ['knitting and sewing'],
    );
    expect(en.keys).toEqual(EMB);
    expect(en.text).not.toMatch(/raglan|cast on|gauge/);
    // A knitter keeps the pattern and the gauge swatch.
    const knit = await tap('creative', 'Связать свитер', 'Уже вяжу шарфы, хочу к зиме связать свитер', 'ru', [
      'Рукоделие',
    ]);
    expect(knit.keys).toContain('cre-knit-pattern');
    expect(knit.keys).not.toContain('cre-emb-kit');
  });

  it('starts someone who only watched bobbin lace made at the beginning — pricking, bobbins, first cloth stitch', async () => {
    const ru = await firstFive(
      'creative',
      'Научиться плести кружево на коклюшках',
      'В детстве бабушка плела, а я только рядом сидела и смотрела. Коклюшки её остались и валик тоже, а сколков нет.',
      'ru',
    );
    expect(ru.keys).toEqual(LACE);
    expect(ru.text).toContain('сколок');
    const en = await firstFive(
      'creative',
      'Learn bobbin lace',
      "My gran's lace pillow and bobbins came to me. I've never made lace, only watched her.",
    );
    expect(en.keys).toEqual(LACE);
    expect(en.keys).not.toContain('cre-21');
    // Someone coming back to drawing keeps the returning steps.
    const draw = await firstFive(
      'creative',
      'Start drawing again',
      'I used to draw as a teenager and want to fill a sketchbook this year.',
    );
    expect(draw.keys).toContain('cre-20');
    expect(draw.keys).not.toContain('cre-lace-check');
  });

  it('teaches a craft the way a grandparent does it — no tutorial, no 15-minute piece, no unfinished piece', async () => {
    const en = await tap(
      'creative',
      'Learn to make a straw Brigid cross with my grandma',
      "I'm 13 and she says she'll teach me before February, her fingers are stiff now.",
      'en',
      ['Creative project'],
    );
    expect(en.keys.slice(0, 4)).toEqual(ELDER);
    expect(en.keys).not.toContain('cre-15');
    expect(en.keys).not.toContain('cre-14');
    const ru = await tap(
      'creative',
      'Научиться плести корзины из лозы',
      'Дедушка всю жизнь плёл корзины и покажет мне, а к осени хочу сплести свою.',
      'ru',
      ['Творческий проект'],
    );
    // a plaited craft (willow, flax, pandanus) has its own path, which starts with the one who teaches
    // it too and adds finding and preparing the material.
    expect(ru.keys[0]).toBe('cre-plait-teacher');
    expect(ru.keys).not.toContain('cre-16');
    // A craft with its own path keeps it, grandmother or not.
    const emb = await tap(
      'creative',
      'Вышить рушник',
      'Бабушка вышивала всю жизнь и показывает швы, а у меня стежки кривые.',
      'ru',
      ['Рукоделие'],
    );
    expect(emb.keys).toContain('cre-emb-kit');
    expect(emb.keys).not.toContain('cre-elder-watch');
  });

  it('turns song ideas into a recording and keeps clips in a folder of files, not photos', async () => {
    const en = await tap(
      'creative',
      'Record my first EP',
      'I have loads of song ideas on my phone as voice memos and have never recorded properly.',
      'en',
      ['Creative project'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['cre-songs-pick', 'cre-music-kit', 'cre-songs-import']));
    expect(en.keys).not.toContain('cre-kit');
    expect(en.keys).not.toContain('cre-03');
    expect(en.asked.every((question) => !(question.choices ?? []).includes('Better photos on a phone'))).toBe(true);
    const ru = await tap(
      'creative',
      'Записать свои песни',
      'Песни записаны на диктофон, хочу сделать из них мини-альбом.',
      'ru',
      ['Творческий проект'],
    );
    expect(ru.keys).toContain('cre-songs-pick');
    expect(ru.keys).not.toContain('cre-03');
    const clip = await tap(
      'creative',
      'Смонтировать ролик о нашем походе',
      'Снимала на телефон, монтировать не умею.',
      'ru',
      ['Видео'],
    );
    expect(clip.keys).not.toContain('cre-03');
    // A drawing project keeps the folder for photos of each piece.
    const draw = await firstFive('creative', 'Draw every day for a month', 'Pencil and a sketchbook, nothing fancy.');
    expect(draw.keys).not.toContain('cre-03-files');
    expect(draw.keys).not.toContain('cre-songs-pick');
  });

  it('starts carving in wood with the grips shown by a carver and the hand kit — no pine coaster or watercolour paper', async () => {
    const en = await tap(
      'creative',
      'Carve and paint a little wooden owl for my daughter',
      'I bought a Mora knife and a lime block but have never carved before, and my knuckles ache in the cold.',
      'en',
      ['Creative project', 'Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['cre-carve-show', 'cre-carve-kit']);
    for (const key of ['cre-wood-kit', 'cre-wood-first', 'cre-paint-kit', 'cre-paint-first', 'cre-paint-lesson'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Научиться вырезать ложки из берёзы',
      'Купил нож-косяк, ни разу ничего не вырезал. На даче много свежего дерева после вырубки.',
      'ru',
      ['Творческий проект'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['cre-carve-show', 'cre-carve-kit', 'cre-carve-wood']);
    expect(ru.keys).not.toContain('cre-wood-kit');
    // A bookshelf from pine boards is no carving: the woodwork starter stays.
    const shelf = await tap(
      'creative',
      'Make a small bookshelf from pine boards',
      'Never done any woodwork, I have a saw and a drill.',
      'en',
      ['Woodworking'],
    );
    expect(shelf.keys).toContain('cre-wood-kit');
    expect(shelf.keys).not.toContain('cre-carve-show');
    // Time carved out for painting names no carving.
    const paint = await firstFive(
      'creative',
      'Paint watercolour landscapes',
      'I want to carve out an hour every Sunday for it.',
    );
    expect(paint.keys.some((key) => key.startsWith('cre-carve-'))).toBe(false);
  });

  it('makes cotton-wool ornaments on a wire frame, whatever stitching the description remembers', async () => {
    const en = await tap(
      'creative',
      'Make spun cotton ornaments for our tree',
      'I did some cross-stitch as a teenager but never made anything like this. Evenings after the kids are asleep.',
      'en',
      ['Creative project'],
    );
    expect(en.keys).toEqual(COTTON);
    const ru = await tap(
      'creative',
      'Сделать ватные фигурки на ёлку вместе с дочкой',
      'В школе вышивала крестиком, а такого никогда не делала. Хотим успеть к Новому году.',
      'ru',
      ['Творческий проект'],
    );
    expect(ru.keys).toEqual(COTTON);
    expect(ru.keys).not.toContain('cre-emb-kit');
    // A real embroidery goal keeps its hoop and floss.
    const emb = await tap(
      'creative',
      'Вышить салфетку гладью',
      'Никогда не вышивала, хочу к маминому дню рождения.',
      'ru',
      ['Творческий проект'],
    );
    expect(emb.keys).toContain('cre-emb-kit');
    expect(emb.keys).not.toContain('cre-cotton-kit');
  });

  it('knits a lace shawl from the yarn up — no raglan for a first sweater, no second swatch, no unnamed unfinished piece', async () => {
    const en = await tap(
      'creative',
      'Knit a Shetland lace shawl for my niece',
      "I've knitted jumpers and hats for twenty years; this will be my first shawl. She gets married next June.",
      'en',
      ['Creative project', 'Already doing it'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-lshawl-yarn', 'cre-lshawl-light', 'cre-lshawl-chart']);
    for (const key of ['cre-knit-pattern', 'cre-knit-start', 'cre-knit-first', 'cre-16'])
      expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Связать ажурную шаль из козьего пуха',
      'Вяжу всю жизнь, в основном варежки. Пух от своих коз, хочу подарить дочери на юбилей.',
      'ru',
      ['Творческий проект'],
    );
    expect(ru.keys[0]).toBe('cre-lshawl-yarn');
    expect(ru.keys).not.toContain('cre-knit-pattern');
    // A sweater from someone who knits scarves keeps the pattern a step up.
    const sweater = await tap('creative', 'Связать свитер', 'Уже вяжу шарфы, хочу к зиме связать свитер.', 'ru', [
      'Рукоделие',
    ]);
    expect(sweater.keys).toContain('cre-knit-pattern');
    expect(sweater.keys).not.toContain('cre-lshawl-yarn');
  });

  it('drills strokes, curves and a model alphabet for lettering — no colour swatches or project folder', async () => {
    const en = await tap(
      'creative',
      'Get better at hand lettering for our chalkboard signs',
      'I run a small café and my letters look childish, the round ones especially.',
      'en',
      ['Creative project', 'Sign-writing'],
    );
    expect(en.keys).toEqual(LETTERS);
    for (const key of ['cre-paint-first', 'cre-03', 'cre-04']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Освоить каллиграфию широким пером',
      'Купила перо и тушь, занимаюсь по вечерам, но буквы пляшут.',
      'ru',
      ['Творческий проект', 'Леттеринг'],
    );
    expect(ru.keys).toEqual(LETTERS);
    // Watercolour landscapes keep the painting path.
    const near = await tap('creative', 'Paint watercolour landscapes', 'Never painted before.', 'en', ['Painting']);
    expect(near.keys.some((key) => key.startsWith('cre-letter'))).toBe(false);
  });

  it('teaches an animal drawn in general from its proportions — not a mug, a shaded ball or one pet', async () => {
    const en = await tap(
      'creative',
      'Learn to draw cats that look like cats',
      "I'm ten and mine always come out like foxes.",
      'en',
      ['Creative project', 'Drawing animals'],
    );
    expect(en.keys).toEqual(ANIMALS);
    for (const key of ['cre-draw-first', 'cre-draw-lesson', 'cre-pet-photo']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Научиться рисовать коней',
      'Кони у меня выходят как собаки с длинными ногами.',
      'ru',
      ['Творческий проект', 'Рисовать животных'],
    );
    expect(ru.keys).toEqual(ANIMALS);
    // One pet's portrait keeps its own steps.
    const near = await tap(
      'creative',
      'Paint a portrait of our spaniel',
      "For my mum's birthday, from a photo.",
      'en',
      ['Painting or drawing a pet'],
    );
    expect(near.keys[0]).toBe('cre-pet-photo');
    expect(near.keys.some((key) => key.startsWith('cre-animal'))).toBe(false);
  });

  it('reads a set of photos of a place before it changes as a photo series — a shot list, not a project folder', async () => {
    const en = await tap(
      'creative',
      'Photograph our farm before we hand it over',
      'I want a proper set of photos of the sheds, the dogs and my uncles at shearing. Only ever used a phone.',
      'en',
      ['Creative project', 'A photo series', 'Just starting'],
    );
    expect(en.keys).toContain('cre-series-list');
    expect(en.keys).not.toContain('cre-03');
    const ru = await tap(
      'creative',
      'Сфотографировать деревню, пока её не расселили',
      'Хочу сделать фотолетопись: дома, колодец, соседей, у меня старый зеркальный фотоаппарат.',
      'ru',
      ['Творческий проект', 'Фотосерия', 'Только начинаю'],
    );
    expect(ru.keys).toContain('cre-series-list');
    // A photo walk to learn the camera names no series.
    const near = await tap('creative', 'Learn to use my new camera', 'Never used anything but my phone.', 'en', [
      'Creative project',
      'Just starting',
    ]);
    expect(near.keys.some((key) => key.startsWith('cre-series'))).toBe(false);
  });

  it('gives a drone the rules, practice flights in the open and a shot list — not materials and tools', async () => {
    const en = await tap(
      'creative',
      'Film our farm from the air with my new drone',
      "I've only flown it twice and I'm nervous near the trees.",
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['cre-drone-rules', 'cre-drone-practice']);
    expect(en.keys).not.toContain('cre-kit');
    const ru = await tap(
      'creative',
      'Научиться снимать пейзажи с квадрокоптера',
      'Купила в подарок себе, пока летала только во дворе.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('cre-drone-rules');
    expect(ru.keys).toContain('cre-drone-practice');
    expect(ru.keys).not.toContain('cre-kit');
    // A village filmed from a tower with a phone flies nothing.
    const near = await tap(
      'creative',
      'Make a film of the village from the church tower',
      'On my phone, for the summer fete.',
      'en',
      ['Just starting', 'None'],
    );
    expect(withPrefix(near.keys, 'cre-drone')).toEqual([]);
  });

  it('builds a portfolio from its requirements even when nothing is finished — not one abandoned piece', async () => {
    const en = await tap(
      'creative',
      'Get a portfolio ready for a graphic design course',
      'Mostly hand lettering and posters; I never finished a single piece properly.',
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('cre-port-rules');
    expect(en.keys).toContain('cre-port-gap');
    expect(withPrefix(en.keys, 'cre-fin')).toEqual([]);
    const ru = await tap(
      'creative',
      'Подготовить портфолио для поступления в художку',
      'Рисую портреты и леттеринг, но ни одну работу не закончила.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys[0]).toBe('cre-port-rules');
    expect(withPrefix(ru.keys, 'cre-fin')).toEqual([]);
    expect(withPrefix(ru.keys, 'cre-face')).toEqual([]);
    // An abandoned piece to finish keeps the finishing steps.
    const near = await tap('creative', 'Finish the quilt I abandoned', 'Half the blocks are sewn.', 'en', [
      'Finishing',
    ]);
    expect(near.keys[0]).toBe('cre-fin-pick');
  });

  it('learns folk brush painting from its models, strokes and layers — not a pencil sketch of a mug', async () => {
    const en = await tap(
      'creative',
      'Learn Norwegian rosemaling',
      'I bought a set of brushes and acrylics and I can only draw a little.',
      'en',
      ['Just starting', 'Drawing', 'Painting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(FOLK);
    for (const key of PENCIL) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Научиться хохломской росписи',
      'Рисую немного карандашом, хочу расписать пару досок к ярмарке.',
      'ru',
      ['Только начинаю', 'Рисование', 'Живопись'],
    );
    expect(ru.keys[0]).toBe('cre-folk-refs');
    for (const key of PENCIL) expect(ru.keys).not.toContain(key);
    // Learning to draw keeps the drawing steps.
    const draw = await tap('creative', 'Научиться рисовать карандашом', 'Хочу рисовать портреты детей.', 'ru', [
      'Только начинаю',
      'Ничего',
    ]);
    expect(draw.keys.filter((key) => key.startsWith('cre-folk'))).toEqual([]);
  });

  it('makes a costume part by part back from the day — not a generic first piece and five works you love', async () => {
    const en = await tap(
      'creative',
      'Make a dragon costume for my son for Halloween',
      "He's 6; I want wings and a tail, and I've only ever sewn buttons on.",
      'en',
      ['Just starting'],
    );
    expect(en.keys.slice(0, 3)).toEqual(COSTUME);
    for (const key of ['cre-kit', 'cre-15', 'cre-14', 'cre-02']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Сшить дочке новогодний костюм снежинки',
      'Утренник в садике через три недели, шью плохо.',
      'ru',
      ['Только начинаю'],
    );
    expect(ru.keys[0]).toBe('cre-cost-plan');
    expect(ru.keys).not.toContain('cre-kit');
    // Cosplay armour keeps its own steps.
    const cosplay = await tap('creative', 'Make foam armour for my first cosplay', 'Comic Con is in May.', 'en', [
      'Just starting',
      'A cosplay',
    ]);
    expect(cosplay.keys).toContain('cre-cos-refs');
    expect(cosplay.keys.filter((key) => key.startsWith('cre-cost'))).toEqual([]);
  });

  it('pieces a patchwork quilt from sorted scraps, a template and a steady seam — no knitting kit or swatch', async () => {
    const en = await tap(
      'creative',
      'Make my first patchwork quilt',
      "I've kept my late husband's shirts and I have an old sewing machine.",
      'en',
      ['Just starting', 'Knitting'],
    );
    // a quilt from someone's shirts takes the shirts apart first (`cre-patch-clothes`) instead of the scrap sort.
    expect(en.keys.slice(0, 3)).toEqual(['cre-patch-clothes', 'cre-patch-plan', 'cre-patch-cut']);
    expect(en.keys).not.toContain('cre-patch-sort');
    for (const key of KNIT) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Сшить лоскутное покрывало на дачу',
      'Лоскутов много, шью на машинке только прямые швы.',
      'ru',
      ['Только начинаю', 'Рукоделие'],
    );
    expect(ru.keys[0]).toBe('cre-patch-sort');
    for (const key of KNIT) expect(ru.keys).not.toContain(key);
    // Knitting keeps the knitting kit.
    const knit = await tap('creative', 'Learn to knit a scarf', 'Never held needles.', 'en', [
      'Just starting',
      'Knitting',
    ]);
    expect(knit.keys).toContain('cre-knit-kit');
    expect(knit.keys.filter((key) => key.startsWith('cre-patch'))).toEqual([]);
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
    expect(withPrefix(near.keys, 'cre-field')).toEqual([]);
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
    expect(withPrefix(near.keys, 'cre-night')).toEqual([]);
    // The Milky Way on the phone one keeps is a phone photo.
    const phone = await tap(
      'creative',
      'Shoot the Milky Way on my phone',
      "We're camping in the desert in May; I only have my phone and no money for a camera.",
      'en',
      ['Better photos on a phone'],
    );
    expect(withPrefix(phone.keys, 'cre-night')).toEqual([]);
  });

  it("plans a photographer's missing portfolio piece as a shoot, not a composition sketch", async () => {
    const en = await tap(
      'creative',
      'Put together a photography portfolio for art school',
      "I shoot street photos on an old Canon; they want 12 images by January and mine don't hang together.",
    );
    expect(en.keys).toContain('cre-port-gap-photo');
    expect(en.keys).not.toContain('cre-port-gap');
    expect(en.text).toMatch(/safely and are allowed to be/);
    const ru = await tap(
      'creative',
      'Собрать портфолио фотографий для поступления',
      'Снимаю на зеркалку пейзажи, нужно 15 работ к марту.',
      'ru',
    );
    expect(ru.keys).toContain('cre-port-gap-photo');
    // A drawing portfolio keeps the composition sketch.
    const near = await tap(
      'creative',
      'Build a drawing portfolio for art college',
      'Mostly pencil portraits; they want observational drawing by February.',
    );
    expect(near.keys).toContain('cre-port-gap');
    expect(near.keys).not.toContain('cre-port-gap-photo');
  });

  it('teaches punch needle with its cloth, tight frame and loops that stay — no stranded threads or suzani stitches', async () => {
    const en = await tap(
      'creative',
      'Learn punch needle',
      'My loops keep pulling out and the fabric goes slack in the hoop. I want to make a cushion cover for my sister by spring.',
    );
    expect(en.keys).toEqual([
      'cre-punch-kit',
      'cre-punch-loops',
      'cre-punch-outline',
      'cre-punch-finish',
      'cre-punch-pace',
    ]);
    const ru = await tap(
      'creative',
      'Освоить ковровую вышивку',
      'Купила иглу для панч-нидла и пяльцы, петли вылезают, ткань провисает. Хочу коврик к весне.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys[0]).toBe('cre-punch-kit');
    expect(withPrefix(ru.keys, 'cre-emb')).toEqual([]);
    // Cross-stitch stays embroidery.
    const near = await tap('creative', 'Stitch a cross-stitch sampler', 'First time with a hoop and floss.', 'en', [
      'Just starting',
    ]);
    expect(near.keys[0]).toBe('cre-emb-kit');
    expect(withPrefix(near.keys, 'cre-punch')).toEqual([]);
  });

  it('plans a set of painted cards as one series — no craft template of "too tight, crooked"', async () => {
    const en = await tap(
      'creative',
      'Paint a set of Christmas cards for the family',
      "I've sketched in pencil for years and want to try watercolour; I need twelve by December.",
      'en',
      ['Coming back to it after a break'],
    );
    expect(en.keys).toContain('cre-set-list');
    expect(en.keys).toContain('cre-set-thumbs');
    expect(en.keys).not.toContain('cre-20');
    const ru = await tap(
      'creative',
      'Нарисовать серию акварелей с видами нашего села',
      'Рисую карандашом давно, акварелью хочется впервые, к лету штук восемь.',
      'ru',
      ['Живопись', 'Возвращаюсь после перерыва'],
    );
    expect(ru.keys).toContain('cre-set-list');
    expect(ru.keys).not.toContain('cre-20');
    // A photo series keeps its own steps.
    const near = await tap(
      'creative',
      'Shoot a photo series of my street',
      'Twelve portraits of neighbours at their doors.',
      'en',
      ['A photo series or photo project'],
    );
    expect(withPrefix(near.keys, 'cre-set')).toEqual([]);
  });

  it('weaves a mat or a basket by hand with a teacher and the material found — no loom, warp or rag strips', async () => {
    const en = await tap(
      'creative',
      'Learn to weave a flax kete',
      'My nan did raranga; my aunty says she will teach me if I can get harakeke.',
    );
    expect(en.keys.slice(0, 4)).toEqual([
      'cre-plait-teacher',
      'cre-plait-source',
      'cre-plait-prepare',
      'cre-plait-sample',
    ]);
    expect(withPrefix(en.keys, 'cre-loom')).toEqual([]);
    const ru = await tap(
      'creative',
      'Научиться плести корзины из лозы',
      'Дед плёл, а я хочу к осени сплести хотя бы одну для грибов.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-plait-teacher');
    expect(withPrefix(ru.keys, 'cre-loom')).toEqual([]);
    // A rag rug on a floor loom keeps the loom's steps.
    const near = await tap(
      'creative',
      'Weave a rag rug on my grandmother’s loom',
      'The floor loom is in the shed and I have bags of old clothes.',
      'en',
      ['Weaving on a loom'],
    );
    expect(near.keys[0]).toBe('cre-loom-check');
    expect(withPrefix(near.keys, 'cre-plait')).toEqual([]);
  });

  it('weaves on a simple frame: the warp wound evenly and the edges kept from pulling in — no floor loom to check', async () => {
    const ru = await tap(
      'creative',
      'Соткать панно на рамке',
      'Рамку сделала из старого подрамника, пряжи много, но края всё время тянутся внутрь.',
      'ru',
      ['Ткачество'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['cre-frame-warp', 'cre-frame-edges']);
    expect(ru.keys).not.toContain('cre-loom-check');
    expect(ru.keys).not.toContain('cre-weave-warp');
    const en = await tap(
      'creative',
      'Weave a tapestry on a lap loom',
      'My first attempt came out narrower at the top than at the bottom.',
      'en',
      ['Weaving'],
    );
    expect(en.keys[0]).toBe('cre-frame-warp');
    expect(withPrefix(en.keys, 'cre-loom-strips')).toEqual([]);
    // A floor loom is checked part by part.
    const near = await tap(
      'creative',
      'Научиться ткать на бабушкином станке',
      'Стоит в деревне, хочу ткать полотенца.',
      'ru',
      ['Ткачество'],
    );
    expect(near.keys[0]).toBe('cre-loom-check');
  });

  it('practises satin stitch itself — not suzani couching or crosses with a teacher watching', async () => {
    const ru = await tap('creative', 'Вышить гладью наволочку', 'Крестиком умею, а гладь выходит неровной.', 'ru');
    expect(ru.keys).toContain('cre-emb-satin');
    expect(ru.keys).not.toContain('cre-emb-stitch');
    const en = await tap(
      'creative',
      'Learn satin stitch for a cushion',
      'My petals come out lumpy and the fabric puckers.',
      'en',
    );
    expect(en.keys).toContain('cre-emb-satin');
    expect(en.keys).not.toContain('cre-emb-stitch');
    // Cross-stitch keeps the main-stitch practice.
    const near = await tap('creative', 'Вышить крестиком картину', 'Купила набор, никогда не вышивала.', 'ru');
    expect(near.keys).toContain('cre-emb-stitch');
    expect(near.keys).not.toContain('cre-emb-satin');
  });

  it('shoots a child moving fast in a dim hall with the sport settings, not a photo walk or a craft drill', async () => {
    const en = await tap(
      'creative',
      "Get sharp photos of my daughter's gymnastics meets",
      "She's 10 and competes about once a month in school sports halls around Geelong, where the light is awful and flash isn't allowed. I've got a second-hand Canon 90D with the kit lens and everything comes out blurry or grainy. I'd love a handful of shots worth framing by the state championships in September, ideally without buying a new lens.",
      'en',
      ['Creative project'],
    );
    expect(en.keys.slice(0, 3)).toEqual(['cre-hall-settings', 'cre-hall-test', 'cre-hall-moment']);
    expect(en.keys).not.toContain('cre-photo-first');
    expect(en.keys).not.toContain('cre-20');
    const other = await tap(
      'creative',
      "Take decent photos at my son's basketball games",
      'Indoor court, no flash allowed, my Nikon D3500 gives me blurry shots every time he runs.',
    );
    expect(other.keys[0]).toBe('cre-hall-settings');
    const ru = await tap(
      'creative',
      'Научиться снимать выступления дочки по гимнастике',
      'Соревнования в спортзале, вспышку нельзя, свет плохой. Снимаю на Кэнон с китовым объективом, всё выходит смазанным и шумным.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-hall-settings');
    expect(ru.texts.join(' ')).toMatch(/1\/500/);
    // A photo beginner with no hall and no movement keeps the first photo walk.
    const near = await tap(
      'creative',
      'Learn photography',
      'I have just bought a Canon and never used anything but my phone.',
    );
    expect(withPrefix(near.keys, 'cre-hall')).toEqual([]);
  });

  it('draws birds at a feeder from life — a seat at the window, ovals, quick sketches — not the manga figure steps', async () => {
    const en = await tap(
      'creative',
      'Draw the birds that come to my feeder',
      "I'd like to keep a sketchbook of what comes to it, cardinals, titmice, the odd woodpecker. Haven't drawn anything since grade school. My hands are shaky in the mornings so it would have to be afternoons.",
    );
    expect(en.keys[0]).toBe('cre-bird-seat');
    expect(withPrefix(en.keys, 'cre-fig')).toEqual([]);
    const ru = await tap(
      'creative',
      'Научиться рисовать птиц',
      'На даче повесили кормушку, прилетают синицы и снегири. Руки не слушаются, рисовала последний раз в школе.',
      'ru',
    );
    expect(ru.keys[0]).toBe('cre-bird-seat');
    expect(withPrefix(ru.keys, 'cre-fig')).toEqual([]);
    // People's hands and bodies keep the figure steps.
    const near = await tap(
      'creative',
      'Get better at drawing people',
      'Faces are fine but hands are always wrong and the bodies look stiff.',
    );
    expect(near.keys[0]).toBe('cre-fig-gesture');
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

  it('plans one bound gift book back from its date, not "how many books and for whom"', async () => {
    const en = await tap(
      'creative',
      "Hand-bind a photo album for my sister's wedding",
      'She gets married in August and I want to give her an album I bound myself, coptic stitch. One 2-hour workshop last year is all my experience.',
      'en',
      ['Creative project', 'Binding notebooks by hand'],
    );
    const plan = en.texts[en.keys.indexOf('cre-bind-plan')];
    expect(plan).toMatch(/test book first/);
    expect(plan).not.toMatch(/how many/);
  });

  it('needle-felts toys from firm parts with the fingers spared — no generic kit or "five works you love"', async () => {
    const ru = await tap(
      'creative',
      'Научиться валять игрушки из шерсти',
      'Купила набор с иглами и шерстью на маркетплейсе, первая лиса вышла похожей на картошку. Хочу к Новому году сделать по игрушке всем в отделе.',
      'ru',
      ['Творческий проект'],
    );
    expect(ru.keys.slice(0, 3)).toEqual(['cre-felt-safe', 'cre-felt-firm', 'cre-felt-parts']);
    expect(ru.keys).not.toContain('cre-kit');
    expect(ru.keys).not.toContain('cre-02');
    const en = await tap(
      'creative',
      'Get into needle felting',
      'I bought a starter kit with wool and needles, my first little owl came out lumpy.',
    );
    expect(en.keys[0]).toBe('cre-felt-safe');
    expect(withPrefix(en.keys, 'cre-felt-wet')).toEqual([]);
    // A crocheted rug and an English "felt" are no felting.
    const near = await tap(
      'creative',
      'Crochet a rug for the hallway',
      'I felt it would be nice to use up my old t-shirt yarn.',
    );
    expect(withPrefix(near.keys, 'cre-felt')).toEqual([]);
  });

  it('wet-felts slippers and rugs beside someone who felts, with a sample first — not "20 ideas"', async () => {
    const ru = await tap(
      'creative',
      'Научиться валять из войлока',
      'Шерсть своя, у соседки овцы, и она давно зовёт поучиться. Хочу делать тапочки и коврики для внуков. Пробовала по ролику на ютубе, получилось бесформенное что-то.',
      'ru',
      ['Творческий проект'],
    );
    expect(ru.keys[0]).toBe('cre-felt-wet-beside');
    expect(ru.keys).toContain('cre-felt-wet-sample');
    expect(ru.keys).not.toContain('cre-05');
    expect(withPrefix(ru.keys, 'cre-felt-firm')).toEqual([]);
    const en = await tap(
      'creative',
      'Learn wet felting',
      'I want to make felted slippers for the family from our own sheep’s wool.',
    );
    expect(en.keys[0]).toBe('cre-felt-wet-beside');
    expect(en.keys).toContain('cre-felt-wet-wool');
  });

  it('photographs birds with settings against the blur and a spot with the light behind — no street walk or "every piece you make"', async () => {
    const en = await tap(
      'creative',
      'Take decent photos of the birds on the farm',
      'My son gave me a proper camera with a long lens and I only use it on automatic. Red kites and buzzards, and my photos all come out blurry or dark.',
      'en',
      ['Creative project', 'Just starting'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['cre-wild-settings', 'cre-wild-spot']);
    expect(en.keys).not.toContain('cre-photo-first');
    expect(en.keys).not.toContain('cre-03');
    const ru = await tap(
      'creative',
      'Научиться фотографировать птиц',
      'Купил фотоаппарат с длинным объективом, снимаю на даче синиц и дятлов, но всё выходит смазанным.',
      'ru',
      ['Творческий проект', 'Только начинаю'],
    );
    expect(ru.keys[0]).toBe('cre-wild-settings');
    expect(ru.keys).not.toContain('cre-photo-first');
    // Street photography keeps the theme walk; birds drawn keep the drawing seat.
    const near = await tap(
      'creative',
      'Get into street photography',
      'I have a new mirrorless camera and want to shoot around town.',
      'en',
      ['Just starting'],
    );
    expect(withPrefix(near.keys, 'cre-wild')).toEqual([]);
    expect(near.keys).toContain('cre-photo-first');
    const drawn = await tap('creative', 'Draw the birds at my feeder', 'Blue tits and robins come every morning.');
    expect(drawn.keys[0]).toBe('cre-bird-seat');
  });

  it('develops film at home with the chemicals made safe first — no meter app, exposure roll or lab', async () => {
    const ru = await tap(
      'creative',
      'проявлять плёнку самой и сделать зин',
      'Снимаю на старый Зенит, но проявляю в лаборатории, а это дорого. Хочу научиться проявлять ч/б дома. Ванная без окна, с химией страшно.',
      'ru',
      ['Творческий проект', 'Плёночная фотография'],
    );
    expect(ru.keys[0]).toBe('cre-dev-safe');
    expect(withPrefix(ru.keys, 'cre-film')).toEqual([]);
    const en = await tap(
      'creative',
      'Develop my own black and white film',
      'I shoot a Pentax K1000 and the lab is getting expensive. I have a small flat and no darkroom.',
      'en',
      ['Film photography'],
    );
    expect(en.keys[0]).toBe('cre-dev-safe');
    expect(en.keys).toContain('cre-dev-load');
    expect(withPrefix(en.keys, 'cre-film')).toEqual([]);
    // Frames coming out overexposed, with the lab developing them, keep the exposure steps.
    const near = await tap(
      'creative',
      'Stop overexposing my film photos',
      'Half my frames from the Zenit come back from the lab washed out.',
      'en',
      ['Film photography'],
    );
    expect(near.keys[0]).toBe('cre-film-meter');
    expect(withPrefix(near.keys, 'cre-dev')).toEqual([]);
  });

  it('crochets a dress from measurements and a pattern in the size — no amigurumi ring or toy pattern', async () => {
    const ru = await tap(
      'creative',
      'связать внучке платье крючком к выпускному в садике',
      'Носки и шапки вяжу всю жизнь, а платье крючком ни разу не делала. Внучка выпускается в конце мая.',
      'ru',
      ['Вязание крючком'],
    );
    expect(ru.keys[0]).toBe('cre-hookg-measure');
    expect(ru.keys).not.toContain('cre-hook-ring');
    expect(ru.keys).not.toContain('cre-hook-find');
    const en = await tap(
      'creative',
      'Crochet a summer dress for my daughter',
      "I've only ever knitted scarves. She's six and I'd like it ready for her birthday in July.",
      'en',
      ['Learning to crochet'],
    );
    expect(en.keys[0]).toBe('cre-hookg-measure');
    expect(en.keys).not.toContain('cre-hook-ring');
    // A crocheted toy keeps the ring and the toy pattern.
    const near = await tap('creative', 'Crochet an amigurumi bunny', 'For my niece, I have never crocheted.', 'en', [
      'Learning to crochet',
    ]);
    expect(near.keys).toContain('cre-hook-ring');
    expect(withPrefix(near.keys, 'cre-hookg')).toEqual([]);
  });

  it('skips the scrap sort and first cut for squares half cut, and takes apart a loved one’s shirts first', async () => {
    const half = await tap(
      'creative',
      "Quilt for my granddaughter's first birthday",
      "I've made a few cushion covers but never a full quilt, and I've already cut about half the squares.",
      'en',
      ['Creative project'],
    );
    expect(half.keys).toContain('cre-patch-cutrest');
    expect(half.keys).not.toContain('cre-patch-sort');
    expect(half.keys).not.toContain('cre-patch-cut');
    const halfRu = await tap(
      'creative',
      'Сшить лоскутное одеяло внуку',
      'Ткани выбрала, уже нарезала половину квадратов, дальше не знаю, как собрать.',
      'ru',
    );
    expect(halfRu.keys).toContain('cre-patch-cutrest');
    expect(halfRu.keys).not.toContain('cre-patch-sort');
    const shirts = await tap(
      'creative',
      "Quilt out of dad's old work shirts",
      'Dad passed last winter and I kept about twenty of his flannel work shirts. I have done some patchwork before.',
    );
    expect(shirts.keys[0]).toBe('cre-patch-clothes');
    expect(shirts.keys).not.toContain('cre-patch-sort');
    expect(shirts.texts.join(' ')).not.toMatch(/child's quilt/);
    const shirtsRu = await tap(
      'creative',
      'Лоскутное одеяло из папиных рубашек',
      'Папы нет уже год, рубашки храню.',
      'ru',
    );
    expect(shirtsRu.keys[0]).toBe('cre-patch-clothes');
    // A quilt from a bag of scraps still starts with the sort.
    const near = await tap('creative', 'Сшить лоскутное одеяло', 'Есть два мешка лоскутов и старая «Чайка».', 'ru', [
      'Только начинаю',
      'Творческий проект',
    ]);
    expect(near.keys[0]).toBe('cre-patch-sort');
    expect(near.keys).not.toContain('cre-patch-clothes');
    expect(near.keys).not.toContain('cre-patch-cutrest');
  });

  it("a photo project of every building of a kind is a series, and a photographer gets no maker's drills", async () => {
    const en = await tap(
      'creative',
      'Photograph every old lighthouse on the coast',
      "I've had a DSLR for a year but mostly shoot on auto. I want to photograph all of them over the summer and make a small printed book for my dad.",
      'en',
      ['A photo series'],
    );
    expect(withPrefix(en.keys, 'cre-series').length).toBeGreaterThan(1);
    for (const key of ['cre-20', 'cre-22']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'Сфотографировать все деревянные церкви района',
      'Фотоаппарат купил весной, снимаю пока на автомате. Хочу снять каждую церковь и сделать книгу своих фотографий.',
      'ru',
      ['Фотосерия'],
    );
    expect(withPrefix(ru.keys, 'cre-series').length).toBeGreaterThan(1);
    // A single portrait shoot names no series.
    const near = await tap(
      'creative',
      'Take better photos of my kids',
      'I have a new camera and the photos come out blurry.',
    );
    expect(withPrefix(near.keys, 'cre-series')).toEqual([]);
  });

  it('colourwork knitting gets a two-colour swatch, not the first-day swatch; a plain jumper keeps it', async () => {
    const en = await tap(
      'creative',
      'Knit Fair Isle jumpers for the whole family',
      "I've knitted scarves and hats for years but never done colourwork. I want matching jumpers for Christmas photos.",
      'en',
      ['None of these'],
    );
    expect(en.keys).toContain('cre-colour-swatch');
    expect(en.keys).not.toContain('cre-knit-first');
    const ru = await tap(
      'creative',
      'Связать внуку свитер с норвежским узором',
      'Вяжу носки много лет, а жаккардом никогда не вязала. Хочу успеть к зиме.',
      'ru',
      ['Ничего из этого'],
    );
    expect(ru.keys).toContain('cre-colour-swatch');
    expect(ru.keys).not.toContain('cre-knit-first');
    const near = await tap('creative', 'Knit my first jumper', 'I have only ever knitted a scarf.', 'en', [
      'None of these',
    ]);
    expect(near.keys).not.toContain('cre-colour-swatch');
  });

  it('prints a zine or a photo book from the pictures — no slideshow film, no soap from a «мыльница»', async () => {
    const ru = await tap(
      'creative',
      'Сделать фотокнигу к юбилею мамы',
      'Есть старые фотографии из семейного альбома и мыльница, хочу собрать всё в книгу.',
      'ru',
      ['Фотокнига'],
    );
    expect(withPrefix(ru.keys, 'cre-arch')).toEqual([]);
    const zine = await tap(
      'creative',
      'Print a zine of my street photos',
      'I have about 150 photos picked already and want 40 copies for a book fair.',
      'en',
      ['Just starting'],
    );
    expect(zine.keys).toContain('cre-zine-pages');
    expect(withPrefix(zine.keys, 'cre-book')).toEqual([]);
    const near = await tap(
      'creative',
      'Оцифровать старые слайды отца',
      'Две коробки слайдов 70-х, хочу показать на юбилее.',
      'ru',
      ['Оцифровать'],
    );
    expect(near.keys).toContain('cre-arch-pick');
  });

  it('plans a set of matching costumes for a group from a sample — a single carnival costume keeps its own steps', async () => {
    const ru = await tap(
      'creative',
      'Сшить костюмы для хора к конкурсу',
      'Нужно десять одинаковых костюмов, шью на машинке по журнальным выкройкам.',
      'ru',
      ['Рукоделие'],
    );
    expect(ru.keys).toContain('cre-set-sample');
    expect(withPrefix(ru.keys, 'cre-knit')).toEqual([]);
    const en = await tap(
      'creative',
      'Sew matching costumes for the dance troupe',
      'Eight girls, a show in May, I sew from shop patterns.',
      'en',
    );
    expect(en.keys).toContain('cre-set-sample');
    const near = await tap(
      'creative',
      'Make a dragon costume for my son',
      'For the school carnival in three weeks, with wings.',
    );
    expect(near.keys).not.toContain('cre-set-sample');
  });

  it('keeps a dated knitting project on the dated piece — no unfinished piece picked up again', async () => {
    const ru = await tap(
      'creative',
      'связать внукам одинаковые шапки к Новому году',
      'Вяжу давно, но с жаккардом не работала. Хочу успеть к празднику, времени только вечера.',
      'ru',
    );
    expect(ru.keys).not.toContain('cre-16');
    const en = await tap(
      'creative',
      'matching Fair Isle jumpers for the family by Christmas',
      "I've knitted for years but never colourwork. I only have evenings and weekends, and it's already September.",
      'en',
    );
    expect(en.keys).not.toContain('cre-16');
  });

  it('plans a stop-motion film for a festival back from its date, shot alone, with no family premiere', async () => {
    const en = await tap(
      'creative',
      'claymation short for a festival',
      "I'm 41 and want to make a one-minute claymation piece for our town's animation festival; entries close in May.",
      'en',
      ['A stop-motion film'],
    );
    expect(en.keys).toContain('cre-stop-plan');
    expect(en.keys).not.toContain('cre-stop-story');
    expect(en.keys).not.toContain('cre-stop-show');
    const ru = await tap(
      'creative',
      'снять пластилиновый мультфильм на конкурс',
      'Мне 27, хочу сделать покадровый мультик на три минуты и подать на конкурс анимации в апреле.',
      'ru',
      ['Мультфильм из пластилина'],
    );
    expect(ru.keys).toContain('cre-stop-plan');
    expect(ru.keys).not.toContain('cre-stop-shoot');
    // A family film at home keeps the family steps.
    const near = await tap(
      'creative',
      'make a lego movie with my kids',
      'My two boys are 8 and 10 and want to make a Lego film with me this winter.',
      'en',
      ['A stop-motion film'],
    );
    expect(near.keys).toContain('cre-stop-story');
    expect(near.keys).not.toContain('cre-stop-plan');
  });

  it('gives a mosaic on an outdoor wall frost-resistant adhesive, not the bathroom’s', async () => {
    const ru = await tap(
      'creative',
      'выложить мозаику на заборе',
      'Хочу сделать мозаику из битой посуды на кирпичном заборе во дворе, раньше так не делала.',
      'ru',
      ['Мозаика из плитки или посуды'],
    );
    expect(ru.keys).toContain('cre-mosaic-glue-out');
    expect(ru.keys).not.toContain('cre-mosaic-glue');
    const en = await tap(
      'creative',
      'a mosaic on our garden wall',
      'I want to cover part of the garden wall with a mosaic from broken tiles this summer.',
      'en',
      ['A mosaic from tiles or china'],
    );
    expect(en.keys).toContain('cre-mosaic-glue-out');
    const near = await tap(
      'creative',
      'a mosaic splashback in the bathroom',
      'I want to make a mosaic from broken china behind the bathroom sink.',
      'en',
      ['A mosaic from tiles or china'],
    );
    expect(near.keys).toContain('cre-mosaic-glue');
    expect(near.keys).not.toContain('cre-mosaic-glue-out');
  });

  it('gives a linocut or woodcut series the relief-print steps, not the T-shirt screen', async () => {
    const en = await tap(
      'creative',
      'carve and print a set of woodcuts for a print fair',
      'I want eight woodcuts printed by hand with a baren by November. I have a few gouges.',
      'en',
    );
    expect(en.keys).toContain('cre-lino-cut');
    expect(en.keys).not.toContain('cre-print-kit');
    const ru = await tap(
      'creative',
      'сделать серию линогравюр',
      'Хочу сделать пять линогравюр с видами Казани к весенней ярмарке, печатаю ложкой, станка нет.',
      'ru',
    );
    expect(ru.keys).toContain('cre-lino-proof');
    expect(ru.keys).not.toContain('cre-print-kit');
    const near = await tap(
      'creative',
      'screen print T-shirts for our band',
      'We want 30 shirts with our logo for the tour, no exposure unit.',
      'en',
      ['Screen printing or block printing'],
    );
    expect(near.keys).toContain('cre-print-kit');
  });

  it('reads "a short documentary about …" as a documentary with interviews', async () => {
    const en = await tap(
      'creative',
      'make a short documentary about the fishermen in our town',
      'I have a phone and a cheap mic and have never edited video.',
      'en',
      ['A documentary film with interviews'],
    );
    expect(en.keys).toContain('cre-doc-ask');
    const ru = await tap(
      'creative',
      'снять короткий документальный ролик о мастерах нашего села',
      'Есть телефон и петличка, монтировать не умею.',
      'ru',
      ['Документальный фильм с интервью'],
    );
    expect(ru.keys).toContain('cre-doc-ask');
  });

  it('gives pen calligraphy on paper or card its own drills, card test and batch, not a sign-writer board', async () => {
    const en = await tap(
      'creative',
      'learn brush lettering for the place cards at our reunion dinner',
      'I bought a Tombow brush pen and practise on printer paper. I need 60 place cards in two months.',
      'en',
      ['Sign-writing, lettering or calligraphy'],
    );
    expect(en.keys).toEqual(expect.arrayContaining(['cre-calli-drills', 'cre-calli-card']));
    expect(en.keys).not.toContain('cre-letter-strokes');
    expect(en.texts.join(' ')).not.toMatch(/mahl stick|boat/);
    const ru = await tap(
      'creative',
      'освоить каллиграфию, чтобы подписать пригласительные на юбилей мамы',
      'Пишу брашпеном на обычной бумаге, нужно сорок открыток к маю.',
      'ru',
      ['Леттеринг, каллиграфия, надписи кистью'],
    );
    expect(ru.keys).toEqual(expect.arrayContaining(['cre-calli-drills', 'cre-calli-card']));
    expect(ru.keys).not.toContain('cre-letter-word');
    // A sign-writer painting shop fronts keeps the boards.
    const near = await tap(
      'creative',
      'learn traditional sign-writing',
      'I want to paint shop signs by hand with enamels and a mahl stick.',
      'en',
      ['Sign-writing, lettering or calligraphy'],
    );
    expect(near.keys).toContain('cre-letter-strokes');
    expect(near.keys).not.toContain('cre-calli-card');
  });

  it('drills the curves of another script instead of Latin O and S', async () => {
    const en = await tap(
      'creative',
      'learn Arabic calligraphy for wall panels',
      'I want to paint naskh lettering with a brush; my curves wobble.',
      'en',
      ['Sign-writing, lettering or calligraphy'],
    );
    expect(en.keys).toContain('cre-script-curves');
    expect(en.keys).not.toContain('cre-letter-curves');
    const ru = await tap(
      'creative',
      'научиться писать славянской вязью кистью',
      'Хочу делать надписи кистью для вывесок в старом стиле.',
      'ru',
      ['Леттеринг, каллиграфия, надписи кистью'],
    );
    expect(ru.keys).toContain('cre-script-curves');
    const near = await tap(
      'creative',
      'learn brush lettering for shop signs',
      'I want to paint shop signs by hand; my curves wobble.',
      'en',
      ['Sign-writing, lettering or calligraphy'],
    );
    expect(near.keys).not.toContain('cre-script-curves');
  });

  it('starts someone who knows clay but not the wheel at centring, with wheel time booked at the studio', async () => {
    const en = await tap(
      'creative',
      'get the hang of the potters wheel',
      'I have made coil pots and slab plates at an evening class for two years, but at the wheel I cannot centre and the clay just wobbles off.',
      'en',
      ['Pottery', 'Already doing it, want to get better'],
    );
    expect(en.keys).toContain('cre-wheel-centre-only');
    expect(en.keys).toContain('cre-wheel-times');
    for (const key of ['cre-05', 'cre-07', 'cre-08', 'cre-23', 'cre-18']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'освоить гончарный круг',
      'Второй год леплю руками из пласта в студии, а на круге ком всё время заваливается.',
      'ru',
      ['Керамика', 'Уже занимаюсь, хочу лучше'],
    );
    expect(ru.keys).toContain('cre-wheel-centre-only');
    expect(ru.keys).toContain('cre-wheel-eye');
    // An experienced thrower keeps the wheel path, with no centring session or teacher's eye on it.
    const near = await tap(
      'creative',
      'throw a dinner set on the wheel',
      'I have thrown for five years and want eight plates that match.',
      'en',
      ['Pottery', 'Already doing it, want to get better'],
    );
    expect(near.keys).toContain('cre-wheel-times');
    expect(near.keys).not.toContain('cre-wheel-centre-only');
    expect(near.keys).not.toContain('cre-wheel-eye');
  });

  it('gives a first tufted rug the cloth, the loops, the mirrored design and the glue — not a kit and a tiny first piece', async () => {
    const ru = await tap(
      'creative',
      'Сделать ковёр тафтинговым пистолетом',
      'Пистолет купил, раму собрал сам. Первая проба — петли выпадают, клей очень пахнет. Хочу коврик в комнату сестре к лету.',
      'ru',
      ['Только начинаю', 'Ничего'],
    );
    expect(ru.keys.slice(0, 2)).toEqual(['cre-tuft-cloth', 'cre-tuft-loops']);
    expect(ru.keys).toContain('cre-tuft-glue');
    expect(ru.keys).not.toContain('cre-kit');
    expect(ru.keys).not.toContain('cre-14');
    const en = await tap(
      'creative',
      'Tuft my first rug',
      'I have a tufting gun and a frame; my test piece had gaps and the design came out fuzzy.',
      'en',
      ['Just starting', 'None'],
    );
    expect(en.keys[0]).toBe('cre-tuft-cloth');
    expect(en.keys).toContain('cre-tuft-design');
    // A punch-needle rug keeps its own needle steps, with no gun.
    const punch = await tap('creative', 'Punch needle a small rug', 'Loops keep falling out.', 'en', [
      'Just starting',
      'None',
    ]);
    expect(punch.keys).toContain('cre-punch-loops');
    expect(punch.keys.some((key) => key.startsWith('cre-tuft-'))).toBe(false);
  });

  it('gives a mural on a school or public wall the mural steps even without a button, with the paint worked out', async () => {
    const en = await tap(
      'creative',
      'Paint a mural in the school library',
      'The head said yes; the wall is 6 m long. I have a small sketch but have only painted on paper, and the budget is small.',
      'en',
      ['None'],
    );
    expect(en.keys.slice(0, 2)).toEqual(['cre-mural-design', 'cre-mural-paint']);
    expect(en.keys).toContain('cre-mural-outline');
    expect(en.texts.join(' ')).toMatch(/coverage/);
    expect(en.keys).not.toContain('cre-paint-first');
    const ru = await tap(
      'creative',
      'Нарисовать мурал в столовой колледжа',
      'Стена 7 метров, эскиз есть, денег на краску немного, раньше рисовала только на бумаге.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('cre-mural-paint');
    expect(ru.keys).not.toContain('cre-paint-first');
    // A painting to hang on my wall is no mural.
    const near = await tap('creative', 'Paint a picture to hang on my wall', 'Watercolour, first time.', 'en', [
      'Just starting',
      'None',
    ]);
    expect(near.keys.some((key) => key.startsWith('cre-mural-'))).toBe(false);
  });

  it('gives a knitter’s first jumper its size, swatch, cast-on and hours — not an unfinished piece, a series or 20 ideas', async () => {
    const en = await tap(
      'creative',
      'finally knit myself a cardigan',
      "I've knitted hats and shawls for two years. I'm scared it'll come out huge.",
      'en',
      ['None'],
    );
    expect(en.keys[0]).toBe('cre-knitg-measure');
    expect(en.keys).toContain('cre-knitg-swatch');
    for (const key of ['cre-16', 'cre-04', 'cre-05', 'cre-knit-first']) expect(en.keys).not.toContain(key);
    const ru = await tap(
      'creative',
      'связать сыну свитер с косами к зиме',
      'Вяжу давно, носки и шапки. Образец уже связала, боюсь не угадать с размером.',
      'ru',
      ['Ничего'],
    );
    expect(ru.keys).toContain('cre-knitg-gauge');
    expect(ru.keys).toContain('cre-knitg-cable');
    expect(ru.keys).not.toContain('cre-knitg-swatch');
    for (const key of ['cre-16', 'cre-04', 'cre-05', 'cre-17', 'cre-knit-lesson']) expect(ru.keys).not.toContain(key);
    // A knitter's socks keep the sock path; a first-timer's sweater keeps the first stitch.
    const socks = await tap('creative', 'Knit socks for my dad', "I've knitted hats for years.", 'en', [
      'Knitting socks',
    ]);
    expect(socks.keys.some((key) => key.startsWith('cre-knitg-'))).toBe(false);
    const first = await tap(
      'creative',
      'Knit a sweater',
      'I have never knitted anything; I bought needles yesterday.',
      'en',
      ['Just starting', 'None'],
    );
    expect(first.keys.some((key) => key.startsWith('cre-knitg-'))).toBe(false);
  });

  it('gives hand block printing on fabric wooden blocks, a padded table and a mallet for sore hands; a T-shirt screen keeps the squeegee', async () => {
    const en = await tap(
      'creative',
      'print cushion covers with my grandmother’s wooden blocks',
      'My grandmother did hand block printing in Bagru. I still have her blocks in a box. I have rheumatoid arthritis in my hands, so I cannot press hard for long. I want to print four cushion covers for my new flat.',
      'en',
      ['Screen printing'],
    );
    expect(en.keys).toContain('cre-block-table');
    expect(en.keys).toContain('cre-block-test-hands');
    expect(en.keys).toContain('cre-block-old');
    expect(en.keys).not.toContain('cre-block-test');
    expect(en.keys.filter((key) => key.startsWith('cre-print-'))).toEqual([]);
    expect(en.texts.join(' ')).not.toMatch(/squeegee|T-shirt|mesh/i);
    const ru = await tap(
      'creative',
      'освоить ручную набойку на льне',
      'Хочу напечатать скатерть и салфетки деревянными штампами, штампов пока нет. Артроз пальцев, сильно давить не могу.',
      'ru',
      ['Шелкография'],
    );
    expect(ru.keys).toContain('cre-block-choose');
    expect(ru.keys).toContain('cre-block-test-hands');
    expect(ru.keys).not.toContain('cre-print-test');
    expect(ru.texts.join(' ')).not.toMatch(/ракел|футболк/);
    const plain = await tap(
      'creative',
      'block print a tablecloth',
      'I want to learn hand block printing on cotton and print a tablecloth for my mum.',
      'en',
      [],
    );
    expect(plain.keys).toContain('cre-block-test');
    expect(plain.keys).not.toContain('cre-block-test-hands');
    const near = await tap(
      'creative',
      'screen print T-shirts for our band',
      'We want to print 30 shirts for gigs with our logo. No exposure unit, just a kitchen table.',
      'en',
      ['Screen printing'],
    );
    expect(near.keys).toContain('cre-print-test');
    expect(near.keys.filter((key) => key.startsWith('cre-block-'))).toEqual([]);
  });

  it('keeps a counted set of sketches as the plan: no "one piece instead of a series"', async () => {
    const ru = await tap(
      'creative',
      'рисовать скетчи старых дворов',
      'Купила скетчбук и карандаши. Хочу к зиме сделать штук тридцать набросков дворов своего района.',
      'ru',
      ['Только начинаю', 'Ничего'],
    );
    expect(ru.keys).not.toContain('cre-04');
    const en = await tap(
      'creative',
      'paint the harbour in watercolour',
      'I want to finish 20 watercolours of the harbour boats by summer for a little show at the library.',
      'en',
      ['Just starting', 'None'],
    );
    expect(en.keys).not.toContain('cre-04');
  });
});
