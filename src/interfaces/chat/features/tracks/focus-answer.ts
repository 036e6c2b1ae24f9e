import { z } from 'zod';
import type { Program } from '../../../../core/programs/program.js';

/** "Which matters most?" is waiting for the person's answer (after /recovery). */
export const ChooseFocusState = z.object({ name: z.literal('choose_focus'), programId: z.string().max(32) });
export type ChooseFocusState = z.infer<typeof ChooseFocusState>;

/** Lower case, ё as е, no quotes, emoji or punctuation, single spaces: how a typed name is compared. */
const plain = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The track a typed answer to "which matters most?" names: its number in the list (1–4), its name
 * in either language ("Self Work", «Работа над собой»), its id or its emoji, alone or within a short
 * answer ("I think Community"). Undefined when it names none, or more than one.
 */
export function typedTrack(program: Pick<Program, 'tracks'>, raw: string): string | undefined {
  const typed = plain(raw);
  const number = Number(typed);
  if (typed && Number.isInteger(number) && number >= 1 && number <= program.tracks.length)
    return program.tracks[number - 1]!.id;
  const byEmoji = program.tracks.find((track) => raw.trim() === track.emoji);
  if (byEmoji) return byEmoji.id;
  if (!typed) return undefined;
  const names = program.tracks.map((track) => ({
    id: track.id,
    names: [track.id.replace(/_/g, ' '), ...Object.values(track.name)].map(plain),
  }));
  const exact = names.find((track) => track.names.includes(typed));
  if (exact) return exact.id;
  const within = names.filter((track) => track.names.some((name) => ` ${typed} `.includes(` ${name} `)));
  return within.length === 1 ? within[0]!.id : undefined;
}
