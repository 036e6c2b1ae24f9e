import type { Coach } from '../../src/core/goals/coach.port.js';
import type { CoachPack } from '../../src/content/load-coach-pack.js';
import { aCoachContext } from './coach-context.js';
import { fiveSteps } from './first-five.js';

/** What the offline coach gives one goal of the corpus: the first five steps' keys and texts, read as it is. */
export interface CorpusWalk {
  title: string;
  description: string;
  lang: 'en' | 'ru';
  keys: string[];
  texts: string[];
}

/** Every `every`-th goal of the coach pack's corpus (a spread over every kind and both languages). */
export const sampledGoals = (pack: CoachPack, every = 12) => pack.corpus.filter((_, at) => at % every === 0);

/** The five steps each sampled goal gets with no kind chosen and no question asked (the coach reads the title). */
export async function corpusWalks(coach: Coach, pack: CoachPack): Promise<CorpusWalk[]> {
  const walks: CorpusWalk[] = [];
  for (const goal of sampledGoals(pack)) {
    const context = aCoachContext({
      goal: { id: 'g', title: goal.title, description: goal.description || null, goalType: null },
      locale: goal.lang,
      mayAsk: false,
    });
    const { keys, texts } = await fiveSteps(coach, context);
    walks.push({ title: goal.title, description: goal.description, lang: goal.lang, keys, texts });
  }
  return walks;
}
