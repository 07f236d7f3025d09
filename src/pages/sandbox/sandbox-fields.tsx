import { createContext, useContext, type ReactNode } from 'react';
import type { AssignorName, AutoOffsetReset, CleanupPolicy } from '../../engine';
import { useLang } from '../../store/prefs';
import { Button } from '../../views/ui/button';
import { Choice, Field } from '../../views/ui/field';
import { messages } from './messages';

/** Messages of the engine's problems, by the path of the field they belong to. */
export type FieldErrors = ReadonlyMap<string, readonly string[]>;

/** The problems of the form being edited, read by every field of it. */
export const FieldErrorsContext = createContext<FieldErrors>(new Map());

/**
 * The engine's problems with the value at `path`, as the field's error; the engine's messages are English
 * whatever the page's language, marked so for screen readers.
 */
function useProblems(path: string): { error?: string; errorLang?: string } {
  const problems = useContext(FieldErrorsContext).get(path) ?? [];
  const lang = useLang();
  if (problems.length === 0) return {};
  return { error: problems.join('; '), errorLang: lang === 'en' ? undefined : 'en' };
}

interface SettingFieldProps {
  label: string;
  /** The path of the value in the scenario (`topics[0].partitions`), where the engine's problems point. */
  path: string;
  value: string;
  onChange(value: string): void;
  /** A number field: a numeric keyboard on touch screens (typed text is still shown and checked). */
  numeric?: boolean;
  placeholder?: string;
  hint?: string;
  wide?: boolean;
}

/** A setting typed as text, with the engine's message beside it when the value breaks a rule. */
export function SettingField({ path, numeric, onChange, ...field }: SettingFieldProps) {
  return (
    <Field
      {...field}
      {...useProblems(path)}
      type="text"
      inputMode={numeric ? 'decimal' : undefined}
      autoComplete="off"
      spellCheck={false}
      data-path={path}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

interface SettingChoiceProps<T extends string> {
  label: string;
  path: string;
  value: T | '';
  options: Options<T>;
  onChange(value: T | ''): void;
}

/** A setting chosen among Kafka's values; a whole row, as the options' words do not fit half of one. */
export function SettingChoice<T extends string>({ path, ...choice }: SettingChoiceProps<T>) {
  return <Choice<T | ''> {...choice} {...useProblems(path)} wide data-path={path} />;
}

/** Problems of a whole row or list (too many students, say), shown under its heading. */
export function ListErrors({ path }: { path: string }) {
  const { error, errorLang } = useProblems(path);
  if (error === undefined) return null;
  return (
    <p className="field__error" lang={errorLang}>
      {error}
    </p>
  );
}

/** A list of the form (topics, teachers, groups): its heading, its problems, its rows, an Add button. */
export function Section(props: {
  id: string;
  heading: string;
  path: string;
  addLabel: string;
  onAdd(): void;
  children: ReactNode;
}) {
  return (
    <section className="sandbox-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      <ListErrors path={props.path} />
      {props.children}
      <Button onClick={props.onAdd}>{props.addLabel}</Button>
    </section>
  );
}

/** One topic, teacher or group of the form, with its Remove button. */
export function Row(props: { legend: string; removeLabel: string; onRemove(): void; children: ReactNode }) {
  const m = messages(useLang());
  return (
    <fieldset className="sandbox-row">
      <legend>{props.legend}</legend>
      <div className="sandbox-row__fields">{props.children}</div>
      <Button
        className="sandbox-row__remove"
        aria-label={props.removeLabel}
        title={props.removeLabel}
        onClick={props.onRemove}
      >
        {m.remove}
      </Button>
    </fieldset>
  );
}

type Messages = ReturnType<typeof messages>;
type Options<T extends string> = readonly { value: T | ''; label: string }[];

/** A setting's choices: Kafka's own values, the empty one standing for Kafka's default. */
export function cleanupOptions(m: Messages): Options<CleanupPolicy> {
  return [
    { value: '', label: m.kafkaDefault('delete') },
    { value: 'delete', label: 'delete' },
    { value: 'compact', label: 'compact' },
    { value: 'compact,delete', label: 'compact,delete' },
  ];
}

export function assignorOptions(m: Messages): Options<AssignorName> {
  return [
    { value: '', label: m.kafkaDefault('range') },
    { value: 'range', label: 'range' },
    { value: 'roundrobin', label: 'roundrobin' },
    { value: 'sticky', label: 'sticky' },
    { value: 'cooperative-sticky', label: 'cooperative-sticky' },
  ];
}

export function resetOptions(m: Messages): Options<AutoOffsetReset> {
  return [
    { value: '', label: m.kafkaDefault('latest') },
    { value: 'earliest', label: m.earliest },
    { value: 'latest', label: m.latest },
  ];
}
