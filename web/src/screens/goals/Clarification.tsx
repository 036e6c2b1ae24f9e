import { type FormEvent, useId, useState } from 'react';
import { isCrisisOnly } from '../../api/goals';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionError } from '../../ui/States';
import type { Said } from './CurrentGoal';
import { NotACrisis, useNotACrisisTexts } from './NotACrisis';
import { useCoaching } from './queries';

const ANSWER_MAX = 1000;

/** The coach's question, answered inline: a button per offered choice, or in the person's own words. */
export function Clarification(props: {
  goalId: string;
  question: { id: string; text: string; choices: string[] };
  onSaid: (said: Said) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const coaching = useCoaching(props.goalId);
  const texts = useNotACrisisTexts();
  const [answer, setAnswer] = useState('');
  /** The typed words help was shown for, when the person may say they are not about their safety. */
  const [settable, setSettable] = useState<string | undefined>();
  const send = (text: string, notACrisis = false) =>
    coaching.mutate(
      { kind: 'answer', answer: text, notACrisis },
      {
        onSuccess: (reply) => {
          setSettable(isCrisisOnly(reply) && reply.may_set_aside ? text : undefined);
          props.onSaid(isCrisisOnly(reply) ? { safety: reply.safety } : {});
        },
      },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (answer.trim()) send(answer.trim());
  };
  return (
    <div className="question" role="group" aria-label={t.goals.questionTitle}>
      <p className="step__label">{t.goals.questionTitle}</p>
      <p className="step__text">❓ {props.question.text}</p>
      {props.question.choices.length > 0 && (
        <div className="actions">
          {props.question.choices.map((choice) => (
            <button
              key={choice}
              type="button"
              className="chip"
              disabled={coaching.isPending}
              onClick={() => send(choice)}
            >
              {choice}
            </button>
          ))}
        </div>
      )}
      {settable !== undefined && settable === answer.trim() && (
        <NotACrisis {...texts.answer} busy={coaching.isPending} onConfirm={() => send(settable, true)} />
      )}
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor={id}>{t.goals.answerLabel}</label>
        <input
          id={id}
          type="text"
          maxLength={ANSWER_MAX}
          value={answer}
          onChange={(event) => setAnswer(event.target.value)}
        />
        <button type="submit" className="button" disabled={coaching.isPending || !answer.trim()}>
          {t.goals.sendAnswer}
        </button>
      </form>
      <ActionError error={coaching.error} />
    </div>
  );
}
