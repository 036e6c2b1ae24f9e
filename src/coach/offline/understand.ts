// The goal reader's entry: a goal as the offline coach reads it (its kind, slots, situations and path). The parts
// live in `understand/`: kinds, situations, the questions, the path, and the reader that combines them.
export type { Reader, Understood } from './understand/reader.js';
export { createReader } from './understand/reader.js';
export { CHOICES, OTHER_PICK, offeredKinds } from './understand/kinds.js';
export { branch, faultReader, genericFor, isSpecific, pressingFirst, problemSentences } from './understand/paths.js';
export { type OfferedSituation, SITUATION_CHOICES } from './understand/questions.js';
