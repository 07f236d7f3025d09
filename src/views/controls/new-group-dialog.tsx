import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { GroupSpec } from '../../engine';
import { CLASSROOM_TIMERS } from '../../lessons/presets';
import { useSimulatorStore } from '../../store/context';
import type { Voice } from '../../shared/lang';
import { FRIENDLY_NAMES, GROUP_NAMES, freeNames, usedMemberIds } from '../../lessons/friendly-names';
import { MAX_TYPED_RATE, MIN_READING_RATE, readTypedRate } from '../typed-rate';
import { Button } from '../ui/button';
import { messages } from './messages';
import '../ui/field.css';
import './new-group-dialog.css';

const MAX_MEMBERS = 4;

interface NewGroupDialogProps {
  voice: Voice;
  onClose(): void;
}

/** Starts another consumer group: its name, topics, where it starts reading, and how many students. */
export function NewGroupDialog({ voice, onClose }: NewGroupDialogProps) {
  const store = useSimulatorStore();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const paceRef = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), name: useId(), count: useId(), pace: useId(), error: useId() };
  const m = messages(voice.lang);
  const w = voice.words;

  const [initial] = useState(() => {
    const { snapshot } = store.getState();
    const groupIds = new Set(snapshot.groups.map((g) => g.id));
    return {
      name: freeNames(1, groupIds, GROUP_NAMES)[0] ?? 'new-group',
      topics: snapshot.topics.map((t) => t.name),
    };
  });
  const [name, setName] = useState(initial.name);
  const [topics, setTopics] = useState<string[]>(initial.topics.slice(0, 1));
  const [reset, setReset] = useState<'earliest' | 'latest'>('earliest');
  const [count, setCount] = useState(1);
  const [pace, setPace] = useState('3');
  const [error, setError] = useState<string | null>(null);
  /** The field the error is about, marked invalid and focused; null when it is about the whole form. */
  const [errorField, setErrorField] = useState<'name' | 'pace' | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    nameRef.current?.focus();
    nameRef.current?.select();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      previous?.focus();
    };
  }, []);

  const close = (): void => {
    if (error !== null) store.getState().dismissRefusal();
    onClose();
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const { snapshot, milestones } = store.getState();
    const refuse = (message: string, field: 'name' | 'pace' | null): void => {
      setError(message);
      setErrorField(field);
      (field === 'name' ? nameRef : field === 'pace' ? paceRef : null)?.current?.focus();
    };
    if (name.trim() === '') return refuse(m.nameGroup[w], 'name');
    if (topics.length === 0) return refuse(m.pickTopic[w], null);
    const rate = readTypedRate(voice.lang, pace, {
      min: MIN_READING_RATE,
      max: MAX_TYPED_RATE,
      unit: m.perSecond[w],
    });
    if ('problem' in rate) return refuse(rate.problem, 'pace');
    const names = freeNames(count, usedMemberIds(snapshot, milestones), FRIENDLY_NAMES);
    const group: GroupSpec = {
      id: name.trim(),
      topics,
      autoOffsetReset: reset,
      ...CLASSROOM_TIMERS,
      members: names.map((id) => ({ id, recordsPerSec: rate.value })),
    };
    const refusal = store.getState().command({ type: 'addGroup', group });
    // The engine's own rules (a name taken, a character it does not allow) speak for themselves.
    if (refusal !== null) return refuse(refusal, null);
    store.getState().select({ kind: 'group', group: group.id });
    onClose();
  };

  const toggleTopic = (topic: string, on: boolean): void =>
    setTopics((list) => (on ? [...list, topic] : list.filter((t) => t !== topic)));

  const title = m.newGroup[w];
  return (
    <dialog
      ref={dialogRef}
      className="new-group"
      aria-labelledby={ids.title}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <form className="new-group__form" onSubmit={submit} noValidate>
        <h2 id={ids.title} className="new-group__title">
          {title}
        </h2>
        <div className="new-group__field">
          <label htmlFor={ids.name}>{m.groupName[w]}</label>
          <input
            ref={nameRef}
            id={ids.name}
            className="input"
            type="text"
            required
            autoComplete="off"
            spellCheck={false}
            value={name}
            aria-invalid={errorField === 'name' || undefined}
            aria-describedby={errorField === 'name' ? ids.error : undefined}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <fieldset className="new-group__fieldset">
          <legend>{m.groupTopics[w]}</legend>
          {initial.topics.map((t) => (
            <label key={t} className="new-group__check">
              <input
                type="checkbox"
                checked={topics.includes(t)}
                onChange={(e) => toggleTopic(t, e.currentTarget.checked)}
              />
              {t}
            </label>
          ))}
        </fieldset>
        <fieldset className="new-group__fieldset">
          <legend>{m.whereToStart[w]}</legend>
          <label className="new-group__check">
            <input
              type="radio"
              name={`${ids.name}-reset`}
              checked={reset === 'earliest'}
              onChange={() => setReset('earliest')}
            />
            {m.earliest[w]}
          </label>
          <label className="new-group__check">
            <input
              type="radio"
              name={`${ids.name}-reset`}
              checked={reset === 'latest'}
              onChange={() => setReset('latest')}
            />
            {m.latest[w]}
          </label>
        </fieldset>
        <div className="new-group__row">
          <div className="new-group__field">
            <label htmlFor={ids.count}>{m.memberCount[w]}</label>
            <select
              id={ids.count}
              className="input"
              value={count}
              onChange={(e) => setCount(Number(e.currentTarget.value))}
            >
              {Array.from({ length: MAX_MEMBERS }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div className="new-group__field">
            <label htmlFor={ids.pace}>{m.pace[w]}</label>
            <input
              ref={paceRef}
              id={ids.pace}
              className="input"
              // Text, not type=number: the browser would drop what it does not take; the page reads the
              // number in its own language (a decimal comma in Spanish) and names any problem.
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={pace}
              aria-invalid={errorField === 'pace' || undefined}
              aria-describedby={errorField === 'pace' ? ids.error : undefined}
              onChange={(e) => setPace(e.currentTarget.value)}
            />
          </div>
        </div>
        {error !== null && (
          <p id={ids.error} className="new-group__error" role="alert">
            {error}
          </p>
        )}
        <div className="new-group__actions">
          <Button onClick={close}>{m.cancel}</Button>
          <Button type="submit" variant="primary">
            {m.create[w]}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
