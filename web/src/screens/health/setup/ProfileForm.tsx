import { type FormEvent, useId, useState } from 'react';
import type { Profile, QuizSuggestion } from '../../../api/contract/health';
import { useI18n } from '../../../i18n/I18nProvider';
import { ActionError } from '../../../ui/States';
import { useSaveProfile } from './queries';
import { draftOf, scheduleOf } from './schedule-draft';
import { ScheduleFields } from './ScheduleFields';

/** The health notes the pack knows, ticked or not (private: they only leave out habits that may not suit). */
function NotesFields(props: {
  choices: Profile['choices']['notes'];
  notes: readonly string[];
  onToggle: (note: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="field choices" aria-describedby={`${id}-notes-hint`}>
      <legend>{t.healthSetup.notes}</legend>
      <p id={`${id}-notes-hint`} className="muted small full-row">
        {t.healthSetup.notesHint}
      </p>
      {props.choices.map((note) => (
        <label key={note.id} className="choice">
          <input type="checkbox" checked={props.notes.includes(note.id)} onChange={() => props.onToggle(note.id)} />
          {note.name}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The style (the quiz's suggestion first and chosen, any other a tap away), the day, and the health
 * notes, saved together: the server checks all of them before it saves any. Used to start the plan and to change it.
 */
export function ProfileForm(props: {
  profile: Profile;
  suggestion?: QuizSuggestion;
  submitLabel: string;
  onSaved: () => void;
  /** A second button: back to the quiz, or close without saving. */
  cancel?: { label: string; onClick: () => void };
}) {
  const { t } = useI18n();
  const id = useId();
  const save = useSaveProfile();
  const { profile, suggestion } = props;
  const [archetype, setArchetype] = useState(suggestion?.suggested ?? profile.archetype ?? '');
  const [draft, setDraft] = useState(() => draftOf(profile));
  const [notes, setNotes] = useState<string[]>(profile.notes);
  // The suggested style heads the list: the person sees why before the others.
  const archetypes = [...profile.choices.archetypes].sort(
    (first, second) => Number(second.id === suggestion?.suggested) - Number(first.id === suggestion?.suggested),
  );
  const toggleNote = (note: string) =>
    setNotes((before) => (before.includes(note) ? before.filter((known) => known !== note) : [...before, note]));
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!archetype) return;
    save.mutate({ archetype, schedule: scheduleOf(draft), notes }, { onSuccess: props.onSaved });
  };
  return (
    <form className="card stack" onSubmit={send} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.healthSetup.profileTitle}</h2>
      {suggestion && (
        <div className="suggestion" role="status">
          <p>
            <strong>{t.healthSetup.suggested(suggestion.name)}</strong>
          </p>
          <p>{suggestion.about}</p>
          {suggestion.because.length > 0 && <p className="muted">{t.healthSetup.because(suggestion.because)}</p>}
        </div>
      )}
      <fieldset className="field choices choices--choice">
        <legend>{t.healthSetup.style}</legend>
        {archetypes.map((option) => (
          <label key={option.id} className="choice">
            <input
              type="radio"
              name={`${id}-archetype`}
              value={option.id}
              checked={archetype === option.id}
              onChange={() => setArchetype(option.id)}
            />
            <span>
              <strong>{option.name}</strong>
              {option.id === suggestion?.suggested && <span className="badge">{t.healthSetup.suggestedBadge}</span>}
              <br />
              <span className="muted small">{option.about}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <ScheduleFields draft={draft} onChange={setDraft} />
      <NotesFields choices={profile.choices.notes} notes={notes} onToggle={toggleNote} />
      <ActionError error={save.error} />
      <div className="actions">
        <button type="submit" className="button" disabled={!archetype || save.isPending}>
          {props.submitLabel}
        </button>
        {props.cancel && (
          <button type="button" className="button button--quiet" onClick={props.cancel.onClick}>
            {props.cancel.label}
          </button>
        )}
      </div>
    </form>
  );
}
