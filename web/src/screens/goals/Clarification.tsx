import { type FormEvent, useId, useState } from 'react';
import { isCrisisOnly, nextSetAside, type SetAside } from '../../api/goals';
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
  /** The words help was shown for, and the answer it waits for when the person may set it aside. */
  const [settable, setSettable] = useState<{ text: string; step: SetAside } | undefined>();
  const send = (text: string, said?: SetAside) =>
    coaching.mutate(
      { kind: 'answer', answer: text, said },
      {
        onSuccess: (reply) => {
          const step = isCrisisOnly(reply) ? nextSetAside(reply) : undefined;
          setSettable(step && { text, step });
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
      <p className="question__text">❓ {props.question.text}</p>
      {props.question.choices.length > 0 && (
        <div className="actions" role="group" aria-label={t.goals.choicesLabel}>
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
      {settable?.text === answer.trim() && (
        <NotACrisis
          texts={texts.answer}
          step={settable.step}
          busy={coaching.isPending}
          onAnswer={(said) => send(settable.text, said)}
        />
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
