import type { ActionResult } from './tracks';

export type TaskOutcome = 'done' | 'partial' | 'skipped' | 'rest' | 'sick';

/** The parts of a plan task (health/schema.ts `TaskJson`) the web app shows. */
export interface PlanTask {
  task_id: string;
  title: string;
  archetype_specific_title: string;
  description: string;
  category: string;
  intensity_hint: 'easy' | 'moderate' | 'high';
  user_friendly_intensity: string;
  duration_minutes: number;
  time_block: { block_id: string; title: string; time_range: string; archetype_messaging: string };
  real_time_adaptations: {
    current_status: 'standard' | 'pending' | 'adapted';
    /** The trigger conditions that could change this task, and how ("If energy < 0.3 …: 30 → 15 min…"). */
    adaptation_triggers: string[];
  };
  success_tracking: { completion_criteria: string };
  educational_content: Education;
  outcome: TaskOutcome | null;
  fraction: number | null;
}

export interface PlanBlock {
  block_id: string;
  title: string;
  time_range: string;
  start: string;
  end: string;
  task_ids: string[];
  empty: { reason: string; explanation: string } | null;
}

/** `GET /api/health/plan/today`. */
export interface Today {
  date: string;
  time_zone: string;
  archetype: string;
  archetype_name: string;
  mode: string;
  level: { id: string; name: string };
  blocks: PlanBlock[];
  tasks: PlanTask[];
  unfit: Array<{ block_id: string; title: string; reason: string; explanation: string }>;
}

export interface Standing {
  /** Habit strength 0–1 (Loop Habit Tracker's smoothing). */
  strength: number;
  mastery_percentage: number;
  attempts: number;
  successes: number;
  streak: number;
  longest_streak: number;
  /** 0–10: the mastery percentage in tenths (mastered from 8). */
  mastery_level: number;
  first_attempted: string | null;
  last_attempted: string | null;
}

/** `POST /api/health/plan/today/tasks/:taskId`. */
export interface MarkResult {
  task_id: string;
  outcome: TaskOutcome;
  marked: string[];
  standing: Standing;
  bonus: { days: number; text: string; opens: { habitId: string; name: string } | null } | null;
  track: ActionResult | null;
}

/** `GET /api/health/progression` (the parts shown). */
export interface Progression {
  current_level: string;
  current_level_name: string;
  weeks_in_system: number;
  habits: Array<
    Standing & { habit_id: string; name: string; category: string; status: 'mastered' | 'in_progress' | 'started' }
  >;
}

interface Adapted {
  task_id: string;
  habit_id: string;
  name: string;
  duration_minutes: number;
  intensity: 'easy' | 'moderate' | 'high';
  scaling: string;
  version: string;
}

export interface Adaptation {
  adaptation_id: string;
  date: string;
  trigger: string;
  action: string;
  action_name: string;
  reason: string;
  confidence: number;
  status: 'pending' | 'accepted' | 'kept' | 'superseded' | 'expired';
  created_at: string;
  expires_at: string;
  decided_at: string | null;
  feedback: string | null;
  /** `added`: a habit added to the plan (the gentle recovery session); `block_id`: where (null: now). */
  changes: Array<{ original: Adapted; adapted: Adapted; added: boolean; block_id: string | null }>;
  disclaimer: string;
}

/** `GET /api/health/readiness` (the parts shown). */
export interface Readiness {
  date: string;
  score: number | null;
  summary: string;
  contributors: Array<{ signal: string; score: number | null; explanation: string }>;
  sleep_debt: { minutes: number; nights_known: number; need_minutes: number };
  disclaimer: string;
}

/** A task's "how and why" (TaskJson `educational_content`): the detailed basis for archetypes that like detail. */
export interface Education {
  scientific_basis:
    | { depth: 'simple'; simple_explanation: string; key_benefits: string[]; reassurance: string }
    | {
        depth: 'detailed';
        simple_explanation: string;
        primary_mechanism: string;
        key_benefits: string[];
        optimization_factors: string[];
      };
  practical_implementation: {
    step_by_step_instructions: string[];
    equipment_needed: string[];
    optimal_timing: string;
    duration_guidance: string;
    preparation_steps: string[];
    environmental_considerations: string[];
  };
  personalization: {
    archetype_optimization: string;
    modifications: Record<'low_energy' | 'high_energy' | 'short_on_time' | 'travel' | 'seasonal', string>;
  };
  success_indicators: string[];
  troubleshooting: string[];
  related_content: RelatedContent[];
}

/** A short piece of educational content a task links (`GET /api/health/education/{id}`). */
export interface RelatedContent {
  id: string;
  topic: string;
  type: 'article' | 'tip' | 'guide' | 'video';
  title: string;
  body: string;
  sources: Array<{ title: string; url: string }>;
  updated: string;
}

export interface Schedule {
  time_zone: string;
  wake: string;
  sleep: string;
  work: { start: string; end: string; days: number[] } | null;
}

/** `GET`/`PUT /api/health/profile` (the parts shown). */
export interface Profile {
  archetype: string | null;
  archetype_name: string | null;
  schedule: Schedule;
  schedule_set: boolean;
  notes: string[];
  choices: {
    archetypes: Array<{ id: string; name: string; about: string }>;
    notes: Array<{ id: string; name: string }>;
  };
}

/** `PUT /api/health/profile`: what the set-up gives. */
export interface ProfileChange {
  archetype?: string;
  schedule?: Schedule;
  notes?: string[];
}

/** `GET /api/health/quiz`. */
export interface Quiz {
  questions: Array<{ id: string; ask: string; choices: Array<{ id: string; label: string }> }>;
}

/** `POST /api/health/quiz`: a suggestion only. */
export interface QuizSuggestion {
  suggested: string;
  name: string;
  about: string;
  because: string[];
}

export type CheckinAnswers = Record<'energy' | 'stress' | 'sleep', number>;

/** `POST /api/health/checkin` (the parts shown). */
export interface CheckinResult {
  adaptation: Adaptation | null;
}
