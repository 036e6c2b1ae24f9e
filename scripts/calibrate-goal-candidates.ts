// How many kinds the coach's question may offer when it is unsure (`CANDIDATE_RATIO` in understand/kinds.ts): k-fold
// cross-validation on the labelled goals. For every held-out goal the confident band would not take, it counts how
// often the true kind is among the offered ones and how many offered kinds are padding (not the true kind), for each
// ratio to the likeliest kind's probability a candidate must reach. Run: `npx tsx scripts/calibrate-goal-candidates.ts`.
import { loadCoachPack } from '../src/content/load-coach-pack.js';
import { GOAL_CONFIDENCE, goalText, trainGoalModel } from '../src/coach/offline/goal-classifier.js';

const loaded = loadCoachPack();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const { corpus, types } = loaded.pack;
const kinds = new Set(types.map((kind) => kind.id));
const FOLDS = Number(process.env.FOLDS ?? 5);
const RATIOS = [0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
const stats = RATIOS.map(() => ({ covered: 0, offered: 0, padding: 0, none: 0 }));
let unsure = 0;
let top3 = 0;
for (let fold = 0; fold < FOLDS; fold++) {
  const train = corpus.filter((_, at) => at % FOLDS !== fold);
  const test = corpus.filter((_, at) => at % FOLDS === fold);
  const model = trainGoalModel(train, types);
  for (const goal of test) {
    const { ranked } = model.predict(goalText(goal.title, goal.description));
    const [first, second] = ranked;
    if (first!.p >= GOAL_CONFIDENCE.high && first!.p - (second?.p ?? 0) >= GOAL_CONFIDENCE.margin) continue;
    unsure++;
    const withPath = ranked.filter((entry) => kinds.has(entry.label));
    if (withPath.slice(0, 3).some((entry) => entry.label === goal.kind)) top3++;
    RATIOS.forEach((ratio, at) => {
      const offered = withPath.slice(0, 3).filter((entry) => entry.p >= ratio * first!.p);
      const stat = stats[at]!;
      stat.offered += offered.length;
      if (offered.length === 0) stat.none++;
      const hit = offered.some((entry) => entry.label === goal.kind);
      if (hit) stat.covered++;
      stat.padding += offered.length - (hit ? 1 : 0);
    });
  }
  console.error(`fold ${fold + 1}/${FOLDS} done`);
}
console.log(`unsure goals: ${unsure}; the true kind among the top three: ${((100 * top3) / unsure).toFixed(1)} %`);
console.log('ratio  covered  buttons/question  padding/question  no kind offered');
RATIOS.forEach((ratio, at) => {
  const stat = stats[at]!;
  console.log(
    `${ratio.toFixed(2)}   ${((100 * stat.covered) / unsure).toFixed(1)} %   ${(stat.offered / unsure).toFixed(2)}   ${(stat.padding / unsure).toFixed(2)}   ${stat.none}`,
  );
});
