import type { TrackServices } from '../../../../services/tracks/track-services.js';
import type { ChatFeature } from '../../feature.js';
import type { Button, Reply } from '../../reply.js';
import { IDLE, type Turn } from '../../turn.js';

/** What the welcome and the help need of the programs: which exist, and whether this person has them. */
export type ProgramsOffer = Pick<TrackServices, 'programs' | 'enabledFor'> &
  Partial<Pick<TrackServices, 'enrollments'>>;

/** The health program's commands in /help: all of them once the person has joined, else how to join. */
async function healthHelp(programs: ProgramsOffer | undefined, turn: Turn): Promise<'joined' | 'offer'> {
  if (!programs?.enrollments || !programs.enabledFor(turn.user.id)) return 'offer';
  const enrolled = await programs.enrollments(turn.user.id);
  return enrolled.some((enrollment) => enrollment.programId === 'health') ? 'joined' : 'offer';
}

/**
 * The welcome: what Stepwise offers this person, each in two sentences with a button to start —
 * the goals coach always, and each program that has a welcome text while the track system is on
 * for them (the recovery program; the health program once it exists).
 */
function welcome(turn: Turn, programs: ProgramsOffer | undefined): Reply {
  const msg = turn.m;
  const pitches = msg.programWelcome();
  const offered = programs?.enabledFor(turn.user.id)
    ? programs.programs.filter((program) => pitches[program.id]).map((program) => pitches[program.id]!)
    : [];
  const buttons: Button[][] = [
    [
      { label: msg.menuGoals(), data: 'cmd:goals' },
      { label: msg.menuNewGoal(), data: 'cmd:newgoal' },
    ],
    ...offered.map((pitch) => [{ label: pitch.button, data: `cmd:${pitch.command}` }]),
  ];
  const text = [
    msg.welcome(turn.user.displayName),
    msg.welcomeGoals(),
    ...offered.map((pitch) => pitch.text),
    msg.welcomeFooter(),
  ].join('\n\n');
  return { text, buttons };
}

/** The welcome, help and cancel that every conversation has. */
export function basicsFeature(deps: { programs?: ProgramsOffer; health?: boolean } = {}): ChatFeature {
  return {
    name: 'basics',
    commands: {
      start: (turn) => {
        turn.setState(IDLE);
        return [welcome(turn, deps.programs)];
      },
      // Only what this person can use: the program commands while the track system is on for them.
      help: async (turn) => {
        const tracks = Boolean(deps.programs?.enabledFor(turn.user.id));
        const health = deps.health ? await healthHelp(deps.programs, turn) : undefined;
        // The terminal ends with /quit, which only it reads: the list names it there.
        const terminal = turn.channel === 'cli';
        return [{ text: turn.m.help({ tracks, ...(health && { health }), terminal }) }];
      },
      cancel: (turn) => {
        turn.setState(IDLE);
        return [{ text: turn.m.cancelled() }];
      },
    },
  };
}
