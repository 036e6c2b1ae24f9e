import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-fourth blind read, helper fix55B: repairs at height', () => {
  it('gives a windmill on a bore the climb rules and its own steps, never the household stop valve or breaker', async () => {
    const en = await tap(
      'repair',
      'get the old windmill on the dam paddock pumping again',
      "I'm 58 and my back isn't what it was. The windmill stopped last week, I reckon a pump rod has snapped. Sheep drink from that trough and I don't want to wait for the mill man.",
      'en',
      [],
    );
    expect(en.keys[0]).toBe('rep-wmill-climb');
    expect(en.keys).toContain('rep-wmill-water');
    expect(en.keys).not.toContain('fix-03');
    expect(en.keys).not.toContain('fix-01');
    expect(en.keys).not.toContain('fix-well-safe');
    expect(en.texts.join(' ')).not.toMatch(/stop valve|inside the wall/);
    const ru = await tap(
      'repair',
      'починить ветряк на скважине в дальнем загоне',
      'Ветряной насос перестал качать воду, похоже, износились манжеты. Плечо у меня больное, а мастера ждать месяц.',
      'ru',
      [],
    );
    expect(ru.keys[0]).toBe('rep-wmill-climb');
    expect(ru.keys).not.toContain('fix-03');
    expect(ru.keys).not.toContain('fix-well-safe');
    expect(ru.texts.join(' ')).toMatch(/привязь/);
    const near = await tap(
      'repair',
      'fix the leaking kitchen tap',
      'It drips all night and I have never done plumbing.',
      'en',
      [],
    );
    expect(near.keys).not.toContain('rep-wmill-climb');
    expect(near.keys).not.toContain('hz-height-rules');
  });

  it('takes a windpump goal put under "Something else" or another kind to its own steps', async () => {
    const en = await tap(
      'generic',
      'repair the windmill pump before summer',
      'The leathers are worn and the tank is half empty.',
      'en',
      [],
    );
    expect(en.keys).toContain('rep-wmill-climb');
  });

  it('leads other repairs up a tower, a mast, a tank stand or a tall ladder with the height rules', async () => {
    const en = await tap(
      'repair',
      'replace the float valve in the water tank on the tank stand',
      'The tank sits on a 5 metre tank stand behind the shed and overflows. I will be up the extension ladder doing it on a Saturday.',
      'en',
      [],
    );
    expect(en.keys[0]).toBe('hz-height-rules');
    expect(en.keys).not.toContain('fix-03');
    const ru = await tap(
      'repair',
      'поменять антенну на мачте у дачи',
      'Мачта метров восемь, антенну сорвало ветром. Полезу на мачту сам, спина побаливает.',
      'ru',
      [],
    );
    expect(ru.keys[0]).toBe('hz-height-rules');
    expect(ru.texts.join(' ')).toMatch(/в одиночку/);
    // A roof keeps its own climb decision; a stepladder indoors is no height job.
    const roof = await tap(
      'repair',
      'fix the leaking roof over the porch',
      'Water comes through when it rains; the roof is one storey.',
      'en',
      ['A leaking roof'],
    );
    expect(roof.keys).not.toContain('hz-height-rules');
    expect(roof.keys).toContain('fix-roof-climb');
    const low = await tap(
      'repair',
      'повесить полку в прихожей',
      'Нужно просверлить бетонную стену, дрель есть.',
      'ru',
      [],
    );
    expect(low.keys).not.toContain('hz-height-rules');
    const travel = await tap('travel', 'climb the tower in Pisa with my kids', 'A week in Tuscany in May.', 'en', []);
    expect(travel.keys).not.toContain('hz-height-rules');
  });
});
