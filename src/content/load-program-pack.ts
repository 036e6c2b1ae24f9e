import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './load-coach-pack.js';
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
  const dirs = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  for (const dir of dirs) {
    const read = (file: string): unknown => {
      const path = join(root, dir, file);
      if (!existsSync(path)) return undefined;
      try {
        return parse(readFileSync(path, 'utf8'));
      } catch (e) {
        problems.push(`${dir}/${file}: ${(e as Error).message.split('\n')[0]}`);
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
      for (const i of parsed.error.issues) problems.push(`${dir}: ${i.path.join('.') || '(root)'}: ${i.message}`);
      continue;
    }
    const pack = parsed.data;
    if (pack.id !== dir) problems.push(`${dir}/${FILES.main}: id "${pack.id}" must match its folder name`);
    problems.push(...checkReferences(pack).map((p) => `${dir}: ${p}`));
    programs.push(pack);
  }
  if (programs.length === 0 && problems.length === 0) problems.push('programs/: no programs found');
  return problems.length ? { ok: false, problems } : { ok: true, programs };
}

function checkReferences(pack: ProgramPack): string[] {
  const problems: string[] = [];
  const tracks = new Set(pack.tracks.map((t) => t.id));
  const actions = new Set(pack.actions.map((a) => a.id));
  const exercises = new Set(pack.exercises.map((e) => e.id));
  const dupes = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${kind}: duplicate id "${id}"`);
      seen.add(id);
    }
  };
  dupes('tracks', pack.tracks.map((t) => t.id));
  dupes('actions', pack.actions.map((a) => a.id));
  dupes('milestones', pack.milestones.map((m) => m.id));
  dupes('exercises', pack.exercises.map((e) => e.id));
  dupes('intents', pack.intents.map((i) => i.id));
  dupes('suggestions', pack.suggestions.map((s) => s.id));
  const track = (where: string, id: string) => tracks.has(id) || problems.push(`${where}: unknown track "${id}"`);
  const action = (where: string, id: string) => actions.has(id) || problems.push(`${where}: unknown action "${id}"`);
  const exercise = (where: string, id: string) => exercises.has(id) || problems.push(`${where}: unknown exercise "${id}"`);
  for (const a of pack.actions) for (const i of a.impacts) track(`actions.${a.id}`, i.track);
  for (const m of pack.milestones) {
    track(`milestones.${m.id}`, m.track);
    if (m.kind === 'action') action(`milestones.${m.id}`, m.action);
  }
  for (const e of pack.exercises) {
    track(`exercises.${e.id}`, e.track);
    action(`exercises.${e.id}`, e.action);
    const prompts = new Set<string>();
    for (const p of e.prompts) {
      if (prompts.has(p.id)) problems.push(`exercises.${e.id}: duplicate prompt id "${p.id}"`);
      prompts.add(p.id);
    }
  }
  for (const i of pack.intents) {
    if (i.track !== null) track(`intents.${i.id}`, i.track);
    if (i.exercise) exercise(`intents.${i.id}`, i.exercise);
  }
  for (const s of pack.suggestions) {
    track(`suggestions.${s.id}`, s.track);
    if (s.exercise) exercise(`suggestions.${s.id}`, s.exercise);
    if (s.action) action(`suggestions.${s.id}`, s.action);
  }
  for (const t of pack.tracks) {
    const own = pack.suggestions.filter((s) => s.track === t.id);
    if (!own.some((s) => !s.phases && !s.action)) problems.push(`suggestions: track "${t.id}" needs a fallback suggestion with no phases and no action condition`);
    if (!own.some((s) => s.easy)) problems.push(`suggestions: track "${t.id}" needs an easy suggestion (for a user who is stuck)`);
  }
  return problems;
}
