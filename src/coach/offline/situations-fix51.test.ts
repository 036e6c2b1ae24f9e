import { describe, expect, it } from 'vitest';
import { tapThrough } from '../../../test/factories/converse.js';
import { shippedOfflineCoach } from '../../../test/factories/first-five.js';

const { coach } = shippedOfflineCoach();
const tap = tapThrough(coach);

describe('the fifty-first blind read, its harmful steps (lead)', () => {
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
});
