import { useId, type InputHTMLAttributes, type SelectHTMLAttributes } from 'react';
import './field.css';

interface Labelled {
  label: string;
  /** A line under the control saying what an empty value means, or the unit. */
  hint?: string;
  /** What is wrong with the value, beside it; the control is then marked invalid. */
  error?: string;
  /** The language of the error when it is not the page's (the engine's messages are English). */
  errorLang?: string;
  /** A whole row of the form. */
  wide?: boolean;
}

/** The frame of a labelled control: its label, then the control, its hint and its error, tied by ids. */
function useLabelled({ hint, error, wide }: Omit<Labelled, 'label' | 'errorLang'>) {
  const id = useId();
  const invalid = error !== undefined;
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    className: wide ? 'field field--wide' : 'field',
    control: { id, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined },
  };
}

function Notes({ id, hint, error, errorLang }: Omit<Labelled, 'label' | 'wide'> & { id: string }) {
  return (
    <>
      {hint ? (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error !== undefined ? (
        <span id={`${id}-error`} className="field__error" lang={errorLang}>
          {error}
        </span>
      ) : null}
    </>
  );
}

type FieldProps = Labelled & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

/** A labelled text input (one recipe, field.css), with its hint and its error beside it. */
export function Field({ label, hint, error, errorLang, wide, ...input }: FieldProps) {
  const { id, className, control } = useLabelled({ hint, error, wide });
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input className="input" {...control} {...input} />
      <Notes id={id} hint={hint} error={error} errorLang={errorLang} />
    </div>
  );
}

type ChoiceProps<T extends string> = Labelled &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'value' | 'onChange'> & {
    value: T;
    options: readonly { value: T; label: string }[];
    onChange(value: T): void;
  };

/** A labelled choice among named options (a select, in the fields' recipe). */
export function Choice<T extends string>({
  label,
  hint,
  error,
  errorLang,
  wide,
  value,
  options,
  onChange,
  ...select
}: ChoiceProps<T>) {
  const { id, className, control } = useLabelled({ hint, error, wide });
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select
        className="input"
        {...control}
        {...select}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Notes id={id} hint={hint} error={error} errorLang={errorLang} />
    </div>
  );
}
