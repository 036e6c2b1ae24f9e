import { describe, expect, it } from 'vitest';
import { firstFiveWith, shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach, pack } = shippedOfflineCoach();
const firstFive = firstFiveWith(coach);

/** Wordings that tell the person to carry things out of a space themselves. */
const CARRY_OUT =
  /take everything out of the (?:shed|garage|loft|room)|take out everything|carry (?:those|the|both)\b[^.;]*?\b(?:out|to the bins|down)\b|take the '?(?:throw out'? )?bags|take the bags away|вынеси (?:всё|все|пакет|то)|отнеси пакет|снеси пакет|вынести и разобрать/i;

describe('the twenty-sixth blind read, fixed in general (helper fix26h2)', () => {
  it('never tells someone who must not lift to carry a garage or shed out — the helper carries, they mark', async () => {
    const ru = await firstFive(
      'home',
      'Навести порядок в гараже',
      'Мне за семьдесят, больная спина, поднимать тяжести нельзя. Там колёса, старые доски и банки с краской.',
      'ru',
    );
    expect(ru.keys[0]).toBe('home-shed-out-help');
    expect(ru.keys).not.toContain('home-shed-out');
    expect(ru.keys).not.toContain('home-shed-zones');
    expect(ru.text).not.toMatch(CARRY_OUT);
    // The reversed order of «тяжёлое таскать нельзя» counts too.
    const reversed = await firstFive('home', 'Разобрать сарай', 'Сил уже не те, тяжёлое одной таскать нельзя.', 'ru');
    expect(reversed.keys[0]).toBe('home-shed-out-help');
    const en = await firstFive(
      'home',
      'Get the garage usable again',
      "I'm 70 and my back is bad, so I'm not supposed to lift anything heavy.",
    );
    expect(en.keys[0]).toBe('home-shed-out-help');
    expect(en.keys).not.toContain('home-shed-out');
    expect(en.text).not.toMatch(CARRY_OUT);
    // Someone who says nothing about lifting still empties it out, and a garage is called a garage.
    const fit = await firstFive('home', 'Tidy the garage', "The car hasn't fitted in there for years.");
    expect(fit.keys[0]).toBe('home-shed-out');
    expect(fit.texts[0]).toContain('garage');
  });

  it('gives every clearing path a collection or a helper, not bags carried out, when someone cannot carry', async () => {
    const ru = await firstFive('home', 'Разобрать кладовку', 'Поясница болит, носить тяжести нельзя.', 'ru');
    expect(ru.keys).toContain('home-space-out-help');
    expect(ru.keys).not.toContain('home-space-out');
    expect(ru.text).not.toMatch(CARRY_OUT);
    const en = await firstFive('home', "Sort out my dad's things with him", 'He is 85 and I have sciatica.');
    expect(en.keys).not.toContain('home-parent-out');
    expect(en.text).not.toMatch(CARRY_OUT);
    // A cupboard with no word about lifting keeps the bags to the bins.
    const near = await firstFive('home', 'Разобрать кладовку', 'Двадцать лет там всё копится.', 'ru');
    expect(near.keys).toContain('home-space-out');
    expect(near.keys).not.toContain('home-space-out-help');
  });

  it('shows no home step that says to carry things out to anyone who named `no_carry` (by construction)', () => {
    const home = pack.types.find((kind) => kind.id === 'home')!;
    const offenders = home.steps
      .filter((step) => !step.exceptTopics?.includes('no_carry'))
      .filter((step) =>
        [step.text, step.smaller, step.concrete, step.smallerConcrete]
          .flatMap((wording) => (wording ? [wording.en, wording.ru] : []))
          .some((text) => CARRY_OUT.test(text)),
      )
      .filter((step) => !(step.alsoTopics ?? []).includes('no_carry'))
      .map((step) => step.key);
    expect(offenders).toEqual([]);
  });

  it('gives rotten steps someone walks on a safe fix today and new treads — never filler', async () => {
    const ru = await firstFive(
      'repair',
      'Поменять прогнившие ступени на крыльце у мамы',
      'Нижняя ступенька трухлявая, мама на ней оступилась.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-rotstep-safe');
    expect(ru.keys).toContain('fix-rotstep-decide');
    expect(ru.keys).not.toContain('fix-rot-kit');
    expect(ru.keys).not.toContain('fix-rot-repair');
    expect(ru.keys).not.toContain('fix-rot-probe');
    const en = await firstFive('repair', 'Repair the rotten porch steps', 'My dad nearly put his foot through one.');
    expect(en.keys[0]).toBe('fix-rotstep-safe');
    expect(en.keys).not.toContain('fix-rot-kit');
    // A rotten door sill keeps the resin repair.
    const sill = await firstFive('repair', 'Fix the rotten door sill', 'One corner of the back door sill is soft.');
    expect(sill.keys[0]).toBe('fix-rot-probe');
    expect(sill.keys).toContain('fix-rot-kit');
    expect(sill.keys).not.toContain('fix-rotstep-safe');
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

  it('no longer files a first piece that does not exist yet', async () => {
    const { types } = pack;
    const step = types.find((kind) => kind.id === 'creative')!.steps.find((candidate) => candidate.key === 'cre-03')!;
    expect(step.text.en).not.toMatch(/today's first piece/);
    expect(step.text.ru).not.toMatch(/сегодняшнюю первую работу/);
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

  it('gives a squeaky door its hinge oiled and the pin cleaned — not a model sticker, a stop valve or a breaker', async () => {
    const en = await firstFive(
      'repair',
      'Stop the hallway door squeaking',
      'Every time it opens the whole flat hears it.',
    );
    expect(en.keys[0]).toBe('fix-squeak-find');
    expect(en.keys).toContain('fix-squeak-oil');
    expect(en.keys).not.toContain('fix-02');
    expect(en.keys).not.toContain('fix-03');
    const ru = await firstFive(
      'repair',
      'Сделать, чтобы дверь на кухню не скрипела',
      'Петли скрипят на весь дом.',
      'ru',
    );
    expect(ru.keys[0]).toBe('fix-squeak-find');
    expect(ru.keys).not.toContain('fix-hinge-adjust');
    expect(ru.keys).not.toContain('fix-03');
    // A sagging cupboard door keeps the hinge adjustment.
    const cupboard = await firstFive('repair', 'Fix the sagging cupboard doors', "They don't close flush any more.");
    expect(cupboard.keys[0]).toBe('fix-hinge-adjust');
    expect(cupboard.keys).not.toContain('fix-squeak-find');
  });

  it('gives a balcony to sit out on shade with no holes and a seat — not a four-box declutter', async () => {
    const en = await firstFive(
      'home',
      'Turn our balcony into a place for breakfast',
      'Rented flat, no drilling allowed; right now it holds a dead fern and recycling.',
    );
    expect(en.keys[0]).toBe('home-sit-clear');
    expect(en.keys).toContain('home-sit-shade');
    expect(en.keys).not.toContain('home-space-boxes');
    expect(en.keys).not.toContain('home-garden-choose');
    const ru = await firstFive('home', 'Сделать уютный балкон', 'Хочу по вечерам сидеть на балконе с книгой.', 'ru');
    expect(ru.keys[0]).toBe('home-sit-clear');
    expect(ru.keys).not.toContain('home-space-boxes');
    // A balcony to clear out keeps the sorting.
    const clear = await firstFive('home', 'Разобрать балкон', 'Там десять лет копились банки и старые лыжи.', 'ru');
    expect(clear.keys).toContain('home-space-boxes');
    expect(clear.keys).not.toContain('home-sit-clear');
  });
});
