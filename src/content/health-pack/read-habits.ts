// Reading `habits/<category>.yaml`: each habit parsed on its own, with the file it came from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HABIT_CATEGORIES, type HabitDef } from '../../core/health/model.js';
import { HabitSchema } from '../health-pack.schema.js';

/** A habit with the file it came from, so every problem can name it. */
export interface HabitEntry {
  file: string;
  habit: HabitDef;
}

/**
 * Every `habits/<category>.yaml`, each habit parsed on its own so one broken habit does not hide the
 * problems of the others. `complete` is false when a file or habit could not be read: the checks that
 * count habits (levels, blocks) would then report what is only missing.
 */
export function readHabits(root: string, problems: string[]): { entries: HabitEntry[]; complete: boolean } {
  const dir = join(root, 'habits');
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.yaml')) : [];
  const entries: HabitEntry[] = [];
  const before = problems.length;
  for (const category of HABIT_CATEGORIES)
    if (!files.includes(`${category}.yaml`)) problems.push(`habits/${category}.yaml: missing`);
  for (const name of files.sort()) {
    const file = `habits/${name}`;
    const category = name.slice(0, -'.yaml'.length);
    if (!(HABIT_CATEGORIES as readonly string[]).includes(category)) {
      problems.push(`${file}: not a habit category (the file names are ${HABIT_CATEGORIES.join(', ')})`);
      continue;
    }
    let raw: unknown;
    try {
      raw = parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    if (!Array.isArray(raw)) {
      problems.push(`${file}: must be a list of habits`);
      continue;
    }
    raw.forEach((item: unknown, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      const label = typeof id === 'string' ? id : `#${index + 1}`;
      const parsed = HabitSchema.safeParse(item);
      if (!parsed.success)
        for (const issue of parsed.error.issues)
          problems.push(`${file}: ${label}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      else if (parsed.data.category !== category)
        problems.push(`${file}: ${label}: category: "${parsed.data.category}" must be "${category}", as its file`);
      else entries.push({ file, habit: parsed.data });
    });
  }
  return { entries, complete: problems.length === before };
}
