// The slot reader's entry: what a goal says beyond its kind (places, instruments, people, times, distances, level,
// horizon). The readers of each kind live in `slots/`; `slots/reader.ts` combines them.
export type { GoalSlots, SlotReader, SlotValue } from './slots/types.js';
export { createSlotReader } from './slots/reader.js';
export { levelOf } from './slots/level.js';
export { CUT_DOWN_ASKED, QUIT_TITLE } from './slots/quitting.js';
