import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { isApiError } from '../../../api/client';
import type { Answers, Exercise } from '../../../api/contract/tracks';
import { keys } from '../../../api/keys';
import { exercisesApi } from '../../../api/tracks';
import { useApi } from '../../../app/AppContext';
import { useI18n } from '../../../i18n/I18nProvider';
import { SafetyNotice } from '../../../ui/SafetyNotice';
import { ActionError } from '../../../ui/States';
import { uuid } from '../../../ui/uuid';
import { useAfterAction } from '../queries';
import { ExerciseResult } from './ExerciseResult';
import { PromptField } from './PromptField';
import { cleaned, problems } from './validate';

/** One exercise as a form: every prompt at once, checked before sending, then what it did. */
export function ExerciseForm(props: { exercise: Exercise; onClose: () => void }) {
  const { t, locale } = useI18n();
  const api = useApi();
  const after = useAfterAction();
  const client = useQueryClient();
  const heading = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { exercise } = props;
  const [answers, setAnswers] = useState<Answers>({});
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  // One id per attempt: a retried submission (a lost answer) counts once on the server.
  const [entryId] = useState(uuid);
  const finish = useMutation({
    mutationFn: (sent: Answers) => exercisesApi.finish(api, exercise.id, sent, entryId, locale),
    onSuccess: (result) => {
      after(result);
      void client.invalidateQueries({ queryKey: keys.entries });
    },
  });
  useEffect(() => headingRef.current?.focus(), []);

  if (finish.data) return <ExerciseResult result={finish.data} onClose={props.onClose} />;
  const refusedSafety = isApiError(finish.error) ? finish.error.safety : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problems(t, exercise.prompts, answers);
    setInvalid(found);
    const first = Object.keys(found)[0];
    if (first) document.getElementById(`prompt-${first}`)?.focus();
    else finish.mutate(cleaned(answers));
  };

  return (
    <form className="exercise" aria-labelledby={heading} onSubmit={submit} noValidate>
      {refusedSafety && <SafetyNotice safety={refusedSafety} />}
      <h3 id={heading} ref={headingRef} tabIndex={-1}>
        {exercise.title} <span className="muted">· {t.common.aboutMinutes(exercise.minutes)}</span>
      </h3>
      <p className="exercise__intro">{exercise.intro}</p>
      {exercise.prompts.map((prompt) => (
        <PromptField
          key={prompt.id}
          prompt={prompt}
          value={answers[prompt.id]}
          problem={invalid[prompt.id]}
          onChange={(value) => setAnswers((given) => ({ ...given, [prompt.id]: value }))}
        />
      ))}
      <ActionError error={finish.error} />
      <div className="actions">
        <button type="submit" className="button" disabled={finish.isPending}>
          {finish.isPending ? t.common.saving : t.exercises.finish}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          {t.exercises.stop}
        </button>
      </div>
    </form>
  );
}
