// The coach pack's checks, one module per scope in `coach-pack/`: one step, a whole kind, the tags and hazards.
export { renderings, stepFiles, stepProblems, wordingsOf } from './coach-pack/check-steps.js';
export {
  branchOf,
  CUT_DOWN_TOPIC,
  kindProblems,
  MAX_EARLY_REFLECTIONS,
  MIN_BRANCH_STEPS,
  SITUATION_NAME_MAX,
} from './coach-pack/check-kinds.js';
export { hazardProblems, objectTagProblems, type ObjectTags } from './coach-pack/check-tags.js';
