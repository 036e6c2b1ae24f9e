import { describe, expect, it } from 'vitest';
import type { PlanBlock } from '../../api/contract/health';
import { nowAt } from './timeline-now';

const block = (id: string, from: string, to: string) =>
  ({ block_id: id, start: `2026-11-27T${from}:00Z`, end: `2026-11-27T${to}:00Z` }) as PlanBlock;
const blocks = [block('morning', '07:00', '09:00'), block('evening', '18:00', '20:00')];
const at = (time: string) => Date.parse(`2026-11-27T${time}:00Z`);

describe('the health timeline’s now marker', () => {
  it.each([
    ['06:30', { before: 'morning' }],
    ['07:00', { inside: 'morning' }],
    ['08:59', { inside: 'morning' }],
    ['09:00', { before: 'evening' }],
    ['19:00', { inside: 'evening' }],
    ['21:00', { after: true }],
  ])('at %s sits %o', (time, expected) => {
    expect(nowAt(blocks, at(time))).toEqual(expected);
  });
});
