import { describe, expect, it } from 'vitest';
import type { ChatFeature } from './feature.js';
import { createRegistry } from './registry.js';

const feature = (name: string, table: Omit<ChatFeature, 'name'>): ChatFeature => ({ name, ...table });

describe('the chat feature registry', () => {
  it('refuses two features claiming one command, button prefix or state, naming the second', () => {
    const plans = feature('plans', { commands: { plan: () => [] } });
    expect(() => createRegistry([plans, feature('habits', { commands: { plan: () => [] } })])).toThrow(
      'chat feature "habits": command "plan" is already taken',
    );
    const taps = feature('plans', { callbacks: { 'plan:': { run: () => [] } } });
    expect(() => createRegistry([taps, feature('habits', { callbacks: { 'plan:': { run: () => [] } } })])).toThrow(
      'button prefix "plan:"',
    );
  });

  it('finds a button by its prefix and says what to type for it in a terminal', () => {
    const registry = createRegistry([
      feature('habits', { callbacks: { 'habit:': { run: () => [], typed: (id) => `/habit ${id}` } } }),
    ]);
    expect(registry.callback('habit:walk')?.value).toBe('walk');
    expect(registry.typed('habit:walk')).toBe('/habit walk');
    expect(registry.callback('other:x')).toBeUndefined();
  });

  it('offers free text to the features in their order until one answers', async () => {
    const heard: string[] = [];
    const registry = createRegistry([
      feature('first', { freeText: async () => void heard.push('first') }),
      feature('second', { freeText: async () => (heard.push('second'), [{ text: 'mine' }]) }),
      feature('third', { freeText: async () => void heard.push('third') }),
    ]);
    const turn = {} as Parameters<NonNullable<ChatFeature['freeText']>>[0];
    expect(await registry.readFreeText(turn, 'hello')).toEqual([{ text: 'mine' }]);
    expect(heard).toEqual(['first', 'second']);
  });
});
