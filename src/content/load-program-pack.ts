import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './load-coach-pack.js';
import { GOAL_STEP_ACTION } from '../core/programs/program.js';
import { ProgramPack } from './program-pack.schema.js';

export type ProgramsResult = { ok: true; programs: ProgramPack[] } | { ok: false; problems: string[] };

/** The files of one program folder; `exercises.yaml` and `intents.yaml` hold the long lists. */
const FILES = { main: 'program.yaml', exercises: 'exercises.yaml', intents: 'intents.yaml' } as const;

/**
 * Reads every program under `content/programs/<id>/`, validates it with the schema, then checks
 * that every reference (a track, an action, an exercise) points at something that exists. Every
 * problem is reported with its file and path.
 */
export function loadProgramPacks(root = join(contentDir(), 'programs')): ProgramsResult {
  const problems: string[] = [];
  const programs: ProgramPack[] = [];
  const dirs = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((dirent) => dirent.isDirectory())
        .map((dirent) => dirent.name)
        .sort()
    : [];
  for (const dir of dirs) {
    const read = (file: string): unknown => {
      const path = join(root, dir, file);
      if (!existsSync(path)) return undefined;
      try {
        return parse(readFileSync(path, 'utf8'));
      } catch (error) {
        problems.push(`${dir}/${file}: ${(error as Error).message.split('\n')[0]}`);
        return undefined;
      }
    };
    const main = read(FILES.main);
    if (!main || typeof main !== 'object') {
      problems.push(`${dir}/${FILES.main}: missing or empty`);
      continue;
    }
    const raw = { exercises: read(FILES.exercises) ?? [], intents: read(FILES.intents) ?? [], ...(main as object) };
    const parsed = ProgramPack.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${dir}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      continue;
    }
    const pack = parsed.data;
    if (pack.id !== dir) problems.push(`${dir}/${FILES.main}: id "${pack.id}" must match its folder name`);
    problems.push(...[...checkReferences(pack), ...checkRecording(pack)].map((text) => `${dir}: ${text}`));
    programs.push(pack);
  }
  if (programs.length === 0 && problems.length === 0) problems.push('programs/: no programs found');
  // Folder order already holds for equal `order`s: the sort is stable.
  programs.sort((left, right) => left.order - right.order);
  return problems.length ? { ok: false, problems } : { ok: true, programs };
}

/** Every id that appears twice in one of the pack's lists. */
function duplicateIds(pack: ProgramPack): string[] {
  const problems: string[] = [];
  const lists = {
    tracks: pack.tracks,
    actions: pack.actions,
    milestones: pack.milestones,
    exercises: pack.exercises,
    intents: pack.intents,
    suggestions: pack.suggestions,
  };
  for (const [kind, items] of Object.entries(lists)) {
    const seen = new Set<string>();
    for (const { id } of items) {
      if (seen.has(id)) problems.push(`${kind}: duplicate id "${id}"`);
      seen.add(id);
    }
  }
  return problems;
}

/** Duplicate ids, then every reference (a track, an action, an exercise) that points at nothing. */
function checkReferences(pack: ProgramPack): string[] {
  const problems = duplicateIds(pack);
  const tracks = new Set(pack.tracks.map((trackDef) => trackDef.id));
  const actions = new Set(pack.actions.map((actionDef) => actionDef.id));
  const exercises = new Set(pack.exercises.map((exerciseDef) => exerciseDef.id));
  const track = (where: string, id: string) => tracks.has(id) || problems.push(`${where}: unknown track "${id}"`);
  const action = (where: string, id: string) => actions.has(id) || problems.push(`${where}: unknown action "${id}"`);
  const exercise = (where: string, id: string) =>
    exercises.has(id) || problems.push(`${where}: unknown exercise "${id}"`);
  for (const actionDef of pack.actions)
    for (const impact of actionDef.impacts) track(`actions.${actionDef.id}`, impact.track);
  for (const milestone of pack.milestones) {
    track(`milestones.${milestone.id}`, milestone.track);
    if (milestone.kind === 'action') action(`milestones.${milestone.id}`, milestone.action);
  }
  for (const exerciseDef of pack.exercises) {
    track(`exercises.${exerciseDef.id}`, exerciseDef.track);
    action(`exercises.${exerciseDef.id}`, exerciseDef.action);
    const prompts = new Set<string>();
    for (const prompt of exerciseDef.prompts) {
      if (prompts.has(prompt.id)) problems.push(`exercises.${exerciseDef.id}: duplicate prompt id "${prompt.id}"`);
      prompts.add(prompt.id);
    }
  }
  for (const intentDef of pack.intents) {
    if (intentDef.track !== null) track(`intents.${intentDef.id}`, intentDef.track);
    if (intentDef.exercise) exercise(`intents.${intentDef.id}`, intentDef.exercise);
  }
  for (const suggestionDef of pack.suggestions) {
    const where = `suggestions.${suggestionDef.id}`;
    track(where, suggestionDef.track);
    if (suggestionDef.exercise) exercise(where, suggestionDef.exercise);
    for (const id of [
      suggestionDef.action,
      suggestionDef.log,
      ...(suggestionDef.unlessDone ?? []),
      ...Object.keys(suggestionDef.afterDone ?? {}),
    ])
      if (id) action(where, id);
  }
  for (const trackDef of pack.tracks) {
    const own = pack.suggestions.filter((suggestion) => suggestion.track === trackDef.id);
    const unconditional = (candidate: ProgramPack['suggestions'][number]) =>
      !candidate.phases && !candidate.action && !candidate.unlessDone && !candidate.afterDone;
    if (!own.some(unconditional))
      problems.push(`suggestions: track "${trackDef.id}" needs a fallback suggestion with no phase or done condition`);
    if (!own.some((candidate) => candidate.easy))
      problems.push(`suggestions: track "${trackDef.id}" needs an easy suggestion (for a user who is stuck)`);
  }
  return problems;
}

/**
 * Every action can be recorded by something (its exercise, a goal step, the person's word, or a task
 * of the day's plan), and every suggestion can be acted on where it is shown: it starts an exercise,
 * logs a self-reported action, or opens the day's plan.
 */
function checkRecording(pack: ProgramPack): string[] {
  const problems: string[] = [];
  const viaExercise = new Set(pack.exercises.map((exerciseDef) => exerciseDef.action));
  const selfReported = new Set(
    pack.actions.filter((actionDef) => actionDef.selfReport).map((actionDef) => actionDef.id),
  );
  for (const actionDef of pack.actions) {
    const sources = [actionDef.selfReport, actionDef.planTask, viaExercise.has(actionDef.id)].filter(Boolean);
    if (sources.length === 0 && actionDef.id !== GOAL_STEP_ACTION)
      problems.push(
        `actions.${actionDef.id}: nothing records it (no exercise, not a goal step, not selfReport, not planTask)`,
      );
    if (actionDef.planTask && sources.length > 1)
      problems.push(`actions.${actionDef.id}: a planTask action is recorded by its task alone`);
  }
  const hasPlan = pack.actions.some((actionDef) => actionDef.planTask);
  for (const suggestionDef of pack.suggestions) {
    const where = `suggestions.${suggestionDef.id}`;
    if ([suggestionDef.exercise, suggestionDef.log, suggestionDef.plan].filter(Boolean).length !== 1)
      problems.push(
        `${where}: needs exactly one of exercise (to start), log (a selfReport action to record) or plan (to open)`,
      );
    if (suggestionDef.plan && !hasPlan) problems.push(`${where}: plan needs planTask actions in the program`);
    if (suggestionDef.log && !selfReported.has(suggestionDef.log))
      problems.push(`${where}: log "${suggestionDef.log}" must be a selfReport action`);
  }
  return problems;
}
