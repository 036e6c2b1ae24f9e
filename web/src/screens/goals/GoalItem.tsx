import { useRef, useState } from 'react';
import type { Goal } from '../../api/contract/goals';
import type { GoalVerb } from '../../api/goals';
import { useI18n } from '../../i18n/I18nProvider';
import type { Messages } from '../../i18n/en';
import { useAnnounce } from '../../ui/Announcer';
import { Confirm } from '../../ui/Confirm';
import { ActionError } from '../../ui/States';
import { useSetStatus } from './queries';

/** What each status allows: switch to a paused goal, close an open one, reopen a closed one. */
const VERBS: Record<Goal['status'], GoalVerb[]> = {
  active: ['complete', 'archive'],
  paused: ['activate', 'complete', 'archive'],
  completed: ['reopen'],
  archived: ['reopen'],
};

const label = (texts: Messages, verb: GoalVerb) =>
  ({
    activate: texts.goals.switchTo,
    complete: texts.goals.complete,
    archive: texts.goals.archive,
    reopen: texts.goals.reopen,
  })[verb];

const afterwards = (texts: Messages, verb: GoalVerb, title: string) =>
  ({
    activate: texts.goals.switched(title),
    complete: texts.goals.closedCompleted(title),
    archive: texts.goals.closedArchived(title),
    reopen: texts.goals.reopened(title),
  })[verb];

/** One goal: number, title, status and finished steps, with its actions (closing asks first). */
export function GoalItem(props: { goal: Goal }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const setStatus = useSetStatus();
  const [asking, setAsking] = useState<'complete' | 'archive' | null>(null);
  const item = useRef<HTMLLIElement>(null);
  const { goal } = props;
  const run = (verb: GoalVerb) =>
    setStatus.mutate(
      { id: goal.id, verb },
      {
        onSuccess: () => {
          setAsking(null);
          announce(afterwards(t, verb, goal.title));
        },
      },
    );
  return (
    <li className={`goal goal--${goal.status}`} ref={item}>
      <p>
        <strong>
          {goal.number}. {goal.title}
        </strong>{' '}
        <span className="badge badge--quiet">{t.goals.status[goal.status]}</span>
        <span className="muted"> · {t.goals.stepsDone(goal.done_steps)}</span>
      </p>
      {asking ? (
        <Confirm
          question={asking === 'complete' ? t.goals.confirmComplete(goal.title) : t.goals.confirmArchive(goal.title)}
          yes={t.common.yes}
          no={t.common.no}
          busy={setStatus.isPending}
          onYes={() => run(asking)}
          onNo={() => setAsking(null)}
          returnFocus={() => item.current?.querySelector('button')}
        />
      ) : (
        <div className="actions">
          {VERBS[goal.status].map((verb) => (
            <button
              key={verb}
              type="button"
              className="button button--quiet button--small"
              disabled={setStatus.isPending}
              onClick={() => (verb === 'complete' || verb === 'archive' ? setAsking(verb) : run(verb))}
            >
              {label(t, verb)}
              <span className="visually-hidden">: {goal.title}</span>
            </button>
          ))}
        </div>
      )}
      <ActionError error={setStatus.error} />
    </li>
  );
}
