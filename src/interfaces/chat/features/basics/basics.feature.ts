import type { ChatFeature } from '../../feature.js';
import { IDLE } from '../../turn.js';

/** The welcome, help and cancel that every conversation has. */
export function basicsFeature(): ChatFeature {
  return {
    name: 'basics',
    commands: {
      start: (turn) => {
        turn.setState(IDLE);
        const msg = turn.m;
        const buttons = [
          [
            { label: msg.menuGoals(), data: 'cmd:goals' },
            { label: msg.menuNewGoal(), data: 'cmd:newgoal' },
          ],
        ];
        return [{ text: msg.welcome(turn.user.displayName), buttons }];
      },
      help: (turn) => [{ text: turn.m.help() }],
      cancel: (turn) => {
        turn.setState(IDLE);
        return [{ text: turn.m.cancelled() }];
      },
    },
  };
}
