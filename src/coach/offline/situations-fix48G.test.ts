import { describe, expect, it } from 'vitest';
import { talkWith } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const talk = talkWith(coach);
const first = (choices: string[]) => choices[0] ?? '';

describe('the forty-eighth blind read, fixed in general (helper fix48G)', () => {
  it('places walking again after a joint replacement or a broken bone in fitness, never in the custody program', async () => {
    const en = await talk(
      null,
      'manage the walk to the post office after my knee replacement',
      "I'm 74, the new knee went in six weeks ago and I still lean on a walking stick outdoors.",
      'en',
      first,
    );
    // Read as fitness with confidence: no question about the area.
    expect(en.asked.flatMap((question) => question.choices ?? [])).not.toContain('Something else');
    expect(en.keys.some((key) => key.startsWith('rec-'))).toBe(false);
    const ru = await talk(
      null,
      'разработать ногу после перелома бедра и снова ходить в магазин',
      'Мне 70, зимой упала на льду, поставили штифт. Дома хожу с ходунками, на улицу пока не выхожу.',
      'ru',
      first,
    );
    expect(ru.asked.flatMap((question) => question.choices ?? [])).not.toContain('Другое');
    expect(ru.keys.some((key) => key.startsWith('rec-'))).toBe(false);
    // Near miss: a parent kept from a child is still the custody program.
    const near = await talk(
      null,
      'see my son again after his mother stopped the visits',
      'We split last year and she has refused every weekend visit since March.',
      'en',
      first,
    );
    expect(near.keys).toContain('rec-01');
  });
});
