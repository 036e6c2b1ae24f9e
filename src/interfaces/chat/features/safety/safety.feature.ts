import { CRISIS_LEVELS, type CrisisLevel } from '../../../../core/safety.port.js';
import type { ChatFeature } from '../../feature.js';

const levelOf = (value: string, fallback: CrisisLevel): CrisisLevel =>
  (CRISIS_LEVELS as readonly string[]).includes(value) ? (value as CrisisLevel) : fallback;

/** Help on request: /sos, the 🆘 button under a check-in, and /resume when nothing waits. */
export function safetyFeature(): ChatFeature {
  return {
    name: 'safety',
    commands: {
      // Asked for help: the reply that puts emergency numbers first, or the level a 🆘 button named.
      sos: (turn, args) => turn.crisis(levelOf(args, 'imminent')),
      // An exercise set aside answers /resume itself (its state takes the command first).
      resume: (turn) => [{ text: turn.m.nothingToResume() }],
    },
    callbacks: {
      // "Show the help again": the crisis reply of the level the button was made for.
      'safety:help:': {
        run: (turn, level) => turn.crisis(levelOf(level, 'concern')),
        typed: (level) => (level === 'child' ? '/sos child' : '/sos'),
      },
    },
  };
}
