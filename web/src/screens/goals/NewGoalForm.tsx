import { type FormEvent, useId, useState } from 'react';
import type { NewGoalCrisis } from '../../api/contract/goals';
import { isCrisisOnly, nextSetAside, type SetAside, setAsideBody } from '../../api/goals';
import { useI18n } from '../../i18n/I18nProvider';
import { useAnnounce } from '../../ui/Announcer';
import { SafetyNotice } from '../../ui/SafetyNotice';
import { ActionError } from '../../ui/States';
import { GoalFields, OpenNewGoal } from './GoalFields';
import { NotACrisis, useNotACrisisTexts } from './NotACrisis';
import { useCreateGoal } from './queries';

/**
 * A new goal: a few words and, if wanted, some context. It becomes the active goal. Words answered with help stay in
 * the form; when the server says the finding may be set aside, the person can say it is not about their safety and
 * create the goal from the same words (an imminent finding asks once more: `NotACrisis`). Other words are a new goal
 * like any: the help never stands in the way of starting something else.
 */
export function NewGoalForm(props: {
  /** Shown as a form, or as the button that opens it. */
  open: boolean;
  /** Whether "Not now" may close it (not while no goal is active: the form is the way on). */
  closable: boolean;
  onOpen: (open: boolean) => void;
  onCreated: (goal: { id: string }) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const announce = useAnnounce();
  const create = useCreateGoal();
  const notACrisis = useNotACrisisTexts();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  /** The help shown, and the words it answered: "not about my safety" speaks for those words only. */
  const [crisis, setCrisis] = useState<{ reply: NewGoalCrisis; words: string } | undefined>();
  const words = JSON.stringify([title.trim(), description.trim()]);
  const step = crisis && nextSetAside(crisis.reply);
  const send = (said?: SetAside) => {
    if (!title.trim()) return;
    const input = {
      title: title.trim(),
      ...(description.trim() && { description: description.trim() }),
      ...setAsideBody(said),
    };
    create.mutate(input, {
      onSuccess: (reply) => {
        if (isCrisisOnly(reply))
          return setCrisis({ reply, words: JSON.stringify([input.title, input.description ?? '']) });
        setCrisis(undefined);
        setTitle('');
        setDescription('');
        announce(t.goals.created(reply.goal.title));
        props.onCreated(reply.goal);
      },
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  if (!props.open) return <OpenNewGoal onOpen={() => props.onOpen(true)} />;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.goals.newTitle}</h2>
      {crisis && <SafetyNotice safety={crisis.reply.safety} />}
      {step && crisis?.words === words && (
        <NotACrisis texts={notACrisis.goal} step={step} busy={create.isPending} onAnswer={send} />
      )}
      <form className="stack" onSubmit={submit}>
        <GoalFields id={id} title={title} description={description} onTitle={setTitle} onDescription={setDescription} />
        <ActionError error={create.error} />
        <div className="actions">
          <button type="submit" className="button" disabled={create.isPending || !title.trim()}>
            {t.goals.create}
          </button>
          {props.closable && (
            <button type="button" className="button button--quiet" onClick={() => props.onOpen(false)}>
              {t.goals.closeNew}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
