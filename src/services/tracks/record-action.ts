import { StepwiseError } from '../../core/errors.js';
import { flagOn } from '../../core/flags.js';
import type { UserId } from '../../core/goals/model.js';
import { type CreditVerdict, earnsCredit, localDay } from '../../core/tracks/credit.js';
import { applyAction, creditedCountNeeded, type ProgramRules, type TrackChange } from '../../core/tracks/engine.js';
import type { EarlierAction } from '../../core/ports.js';
import { type ActionSource, phaseOf } from '../../core/tracks/model.js';
import type { MilestoneRule, Program } from '../../core/programs/program.js';
import type { TrackDeps } from './deps.js';
import { announce } from './announce-action.js';
import { hasAction, requireEnrollment, requireTrack, requireTracksOn } from './programs.js';

export interface ActionInput {
  actionType: string;
  source: ActionSource;
  /** The quest, letter or step that earned it; the same one recorded twice counts once. */
  sourceId?: string | null;
  programId?: string;
  /** For `goal_step`: the track the goal belongs to (replaces the action's main track). */
  track?: string;
  /** The program, when the caller already found the enrolment (one read less per action). */
  program?: Program;
}

export interface ActionResult {
  programId: string;
  /**
   * True when this source was already recorded: nothing changed now, and `changes` and `milestones`
   * are what the first recording did (a client retrying after a lost answer learns it all the same).
   */
  duplicate: boolean;
  changes: TrackChange[];
  milestones: Array<{ id: string; track: string; def: MilestoneRule }>;
  /**
   * What the daily rules gave it: the verdict, the share of its full deltas (0 when it earned
   * nothing), which of its type today it was, and the tracks whose daily cap cut it.
   */
  credit: { verdict: CreditVerdict; share: number; nthToday: number; cappedTracks: string[] };
}

/** The program's rules for one action, with a goal step's impact moved to the goal's track. */
function rulesFor(program: Program, input: ActionInput): ProgramRules {
  if (!input.track) return program;
  const actions = program.actions.map((action) =>
    action.id === input.actionType
      ? { ...action, impacts: [{ track: input.track!, delta: action.impacts[0]!.delta }] }
      : action,
  );
  return { ...program, actions };
}

const milestoneOf = (program: Program, match: { id: string; track: string }) => ({
  id: match.id,
  track: match.track,
  def: program.milestones.find((milestone) => milestone.id === match.id)!,
});

/** The answer to a repeated source: the first recording's changes, in the order of the action's impacts. */
function replay(program: Program, rules: ProgramRules, actionType: string, earlier: EarlierAction): ActionResult {
  const order = rules.actions.find((action) => action.id === actionType)?.impacts.map((impact) => impact.track) ?? [];
  const changes = [...earlier.events]
    .sort((left, right) => order.indexOf(left.track) - order.indexOf(right.track))
    .map((entry) => ({
      track: entry.track,
      delta: entry.delta,
      oldPct: entry.oldPct,
      newPct: entry.newPct,
      oldPhase: phaseOf(entry.oldPct),
      newPhase: phaseOf(entry.newPct),
    }));
  // A milestone whose definition left the pack is not shown (it stays stored).
  const milestones = earlier.milestones
    .filter((candidate) => program.milestones.some((milestone) => milestone.id === candidate.id))
    .map((milestone) => milestoneOf(program, milestone));
  const main = rules.actions.find((action) => action.id === actionType)?.impacts[0];
  const gained = changes.find((change) => change.track === main?.track)?.delta ?? 0;
  const share = !earnsCredit(earlier.credit) ? 0 : earlier.credit === 'full' || !main ? 1 : gained / main.delta;
  const credit = { verdict: earlier.credit, share: Math.round(share * 100) / 100, nthToday: 0, cappedTracks: [] };
  return { programId: program.id, duplicate: true, changes, milestones, credit };
}

/**
 * Records what the user did, from its real source (an exercise, a goal step) or a self-report that
 * `logAction` let through: it earns what the daily credit rules give it (from the ledger, in the
 * same transaction), every credited track moves (cross-track), the ledger gets one event per track,
 * milestones fire — all in one transaction — and then the events go out to the bot, the WebSocket
 * hub, metrics and logs. An action that earns nothing is still recorded, with its reason.
 */
export async function recordAction(deps: TrackDeps, userId: UserId, input: ActionInput): Promise<ActionResult> {
  requireTracksOn(deps, userId);
  // The transaction below checks the enrolment again (under its lock), so a caller's lookup is enough.
  const program =
    input.program ?? (await requireEnrollment(deps, userId, input.programId, hasAction(input.actionType))).program;
  if (!program.actions.some((action) => action.id === input.actionType)) {
    throw new StepwiseError('unknown_action', `unknown action type "${input.actionType}"`, {
      action_type: input.actionType,
      known: program.actions.map((action) => action.id),
    });
  }
  if (input.track) requireTrack(program, input.track);
  const rules = rulesFor(program, input);
  const strict = flagOn(deps.flags, 'strict_milestones', userId);
  const at = deps.clock.now();
  const actionId = deps.ids.next();
  const recorded = await deps.stores.tracks.recordAction(
    {
      id: actionId,
      userId,
      programId: program.id,
      actionType: input.actionType,
      source: input.source,
      sourceId: input.sourceId ?? null,
      at,
    },
    // "Today" is the person's day: in their time zone when they gave one, else UTC.
    (timeZone) => localDay(at, timeZone),
    (snapshot) => {
      const outcome = applyAction(rules, snapshot.states, {
        actionType: input.actionType,
        achieved: snapshot.achieved,
        strict,
        at,
        history: snapshot.history,
      });
      return {
        states: outcome.states,
        events: outcome.changes,
        milestones: outcome.milestones,
        changes: outcome.changes,
        credit: outcome.credit.verdict,
        detail: outcome.credit,
      };
    },
    creditedCountNeeded(rules, input.actionType),
  );
  if (recorded.kind === 'not_enrolled')
    throw new StepwiseError('not_enrolled', 'not enrolled in the program', { program: program.id });
  if (recorded.kind === 'duplicate') return replay(program, rules, input.actionType, recorded.earlier);

  const { changes, milestones, detail } = recorded.plan;
  announce(
    deps,
    {
      userId,
      programId: program.id,
      actionId,
      actionType: input.actionType,
      source: input.source,
      at,
      credit: detail.verdict,
    },
    recorded.plan,
  );
  return {
    programId: program.id,
    duplicate: false,
    changes,
    milestones: milestones.map((milestone) => milestoneOf(program, milestone)),
    credit: {
      verdict: detail.verdict,
      share: detail.factor,
      nthToday: detail.nthToday,
      cappedTracks: detail.cappedTracks,
    },
  };
}
