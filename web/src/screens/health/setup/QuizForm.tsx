import { type FormEvent, useId, useState } from 'react';
import type { QuizSuggestion } from '../../../api/contract/health';
import { useI18n } from '../../../i18n/I18nProvider';
import { ActionError, ErrorState, Loading } from '../../../ui/States';
import { useQuiz, useSubmitQuiz } from './queries';

/**
 * The archetype quiz the bot asks, as one form: every question a radio group. Its answers give a
 * suggestion (never a choice); "Choose my style myself" skips it.
 */
export function QuizForm(props: { onSuggested: (suggestion: QuizSuggestion) => void; onSkip: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const quiz = useQuiz();
  const submit = useSubmitQuiz();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const questions = quiz.data?.questions ?? [];
  const complete = questions.length > 0 && questions.every((question) => answers[question.id]);
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (complete) submit.mutate(answers, { onSuccess: props.onSuggested });
  };
  if (quiz.isPending) return <Loading />;
  if (quiz.isError)
    return <ErrorState what={t.healthSetup.quizTitle} error={quiz.error} onRetry={() => void quiz.refetch()} />;
  return (
    <form className="card stack" onSubmit={send} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.healthSetup.quizTitle}</h2>
      <p>{t.healthSetup.quizIntro(questions.length)}</p>
      {questions.map((question, index) => (
        <fieldset key={question.id} className="field choices choices--choice">
          <legend>{t.healthSetup.questionOf(index + 1, questions.length, question.ask)}</legend>
          {question.choices.map((choice) => (
            <label key={choice.id} className="choice">
              <input
                type="radio"
                name={`${id}-${question.id}`}
                value={choice.id}
                checked={answers[question.id] === choice.id}
                onChange={() => setAnswers((before) => ({ ...before, [question.id]: choice.id }))}
              />
              {choice.label}
            </label>
          ))}
        </fieldset>
      ))}
      <ActionError error={submit.error} />
      <div className="actions">
        <button type="submit" className="button" disabled={!complete || submit.isPending}>
          {t.healthSetup.seeSuggestion}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onSkip}>
          {t.healthSetup.skipQuiz}
        </button>
      </div>
      {!complete && (
        <p className="muted small">{t.healthSetup.answered(Object.keys(answers).length, questions.length)}</p>
      )}
    </form>
  );
}
