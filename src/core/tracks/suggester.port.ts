import type { Locale } from '../goals/model.js';
import type { Program } from '../programs/program.js';
import type { TrackState } from './model.js';
import type { NextAction } from './suggest.js';

/** What a model is asked for when it may suggest next actions: no user text goes in, only states. */
export interface SuggestionRequest {
  program: Program;
  locale: Locale;
  primaryTrack: string;
  states: TrackState[];
  counts: Record<string, number>;
  daysSinceActivity: Record<string, number | null>;
}

/**
 * An optional model that proposes next actions; a throw falls back to the rules. A proposal with no
 * exercise to start is not shown (every next action can be started where it is shown).
 */
export interface Suggester {
  suggest(request: SuggestionRequest): Promise<Array<Omit<NextAction, 'reason' | 'id' | 'how'>>>;
}
