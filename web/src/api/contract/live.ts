import type { Phase } from './tracks';

/** What `GET /api/ws` pushes after `{"type":"ready"}` (ws/live-events.ts). */
export type LiveMessage =
  | { type: 'ready' }
  | {
      type: 'progress_updated';
      program: string;
      track: string;
      old: number;
      new: number;
      delta: number;
      phase: Phase;
      action_type: string;
      source: string;
      at: string;
    }
  | {
      type: 'milestone_achieved';
      program: string;
      track: string;
      milestone: string;
      name: string;
      description: string;
      at: string;
    }
  | {
      type: 'plan_adapted';
      program: string;
      adaptation_id: string;
      trigger: string;
      task_ids: string[];
      expires_at: string;
      at: string;
    }
  | { type: 'adaptation_expired'; program: string; adaptation_id: string; at: string };
