import type { PlanBlock } from '../../api/contract/health';

/** Where the present falls among the day's blocks: inside one, in the gap before one, or past them all. */
export type NowAt = { inside: string } | { before: string } | { after: true };

/**
 * The timeline's "now" marker: on the block under way, or as a line in the gap before the next one (a person
 * glancing at the plan sees at once what is behind them and what is ahead).
 */
export function nowAt(blocks: readonly PlanBlock[], now: number): NowAt {
  for (const block of blocks) {
    if (now < Date.parse(block.start)) return { before: block.block_id };
    if (now < Date.parse(block.end)) return { inside: block.block_id };
  }
  return { after: true };
}
