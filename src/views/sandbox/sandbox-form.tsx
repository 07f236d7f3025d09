import { useId, type ReactNode } from 'react';
import type { AssignorName, AutoOffsetReset, CleanupPolicy } from '../../engine';
import { freeNames, FRIENDLY_NAMES } from '../controls/friendly-names';
import {
  addGroup,
  addMember,
  addProducer,
  addTopic,
  renameTopic,
  type GroupRow,
  type MemberRow,
  type ProducerRow,
  type SandboxForm,
  type TopicRow,
} from './scenario-form';

/** Messages of the engine's problems, by the path of the field they belong to. */
export type FieldErrors = ReadonlyMap<string, readonly string[]>;

interface FieldProps {
  label: string;
  path: string;
  value: string;
  errors: FieldErrors;
  onChange(value: string): void;
  /** A number field: a numeric keyboard on touch screens (typed text is still shown and checked). */
  numeric?: boolean;
  placeholder?: string;
  hint?: string;
  wide?: boolean;
}

/** A labelled text field with the engine's message beside it when the value breaks a rule. */
function Field({ label, path, value, errors, onChange, numeric, placeholder, hint, wide }: FieldProps) {
  const id = useId();
  const messages = errors.get(path) ?? [];
  const invalid = messages.length > 0;
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div
      className={`sandbox-field${wide ? ' sandbox-field--wide' : ''}${invalid ? ' sandbox-field--invalid' : ''}`}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={numeric ? 'decimal' : undefined}
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        data-path={path}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {hint ? (
        <span id={`${id}-hint`} className="sandbox-field__hint">
          {hint}
        </span>
      ) : null}
      {invalid ? (
        <span id={`${id}-error`} className="sandbox-field__error">
          {messages.join('; ')}
        </span>
      ) : null}
    </div>
  );
}

interface ChoiceProps<T extends string> {
  label: string;
  path: string;
  value: T | '';
  errors: FieldErrors;
  options: readonly { value: T | ''; label: string }[];
  onChange(value: T | ''): void;
}

function Choice<T extends string>({ label, path, value, errors, options, onChange }: ChoiceProps<T>) {
  const id = useId();
  const messages = errors.get(path) ?? [];
  const invalid = messages.length > 0;
  return (
    <div className={`sandbox-field${invalid ? ' sandbox-field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        data-path={path}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.currentTarget.value as T | '')}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {invalid ? (
        <span id={`${id}-error`} className="sandbox-field__error">
          {messages.join('; ')}
        </span>
      ) : null}
    </div>
  );
}

/** Problems of a whole row or list (too many students, say), shown under its heading. */
function ListErrors({ path, errors }: { path: string; errors: FieldErrors }) {
  const messages = errors.get(path) ?? [];
  if (messages.length === 0) return null;
  return <p className="sandbox-field__error">{messages.join('; ')}</p>;
}

function Row({
  legend,
  onRemove,
  removeLabel,
  children,
}: {
  legend: string;
  onRemove(): void;
  removeLabel: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="sandbox-row">
      <legend>{legend}</legend>
      <div className="sandbox-row__fields">{children}</div>
      <button
        type="button"
        className="sandbox-row__remove sandbox-row__remove--row"
        aria-label={removeLabel}
        title={removeLabel}
        onClick={onRemove}
      >
        Remove
      </button>
    </fieldset>
  );
}

const CLEANUP: readonly { value: CleanupPolicy | ''; label: string }[] = [
  { value: '', label: 'delete (Kafka default)' },
  { value: 'delete', label: 'delete' },
  { value: 'compact', label: 'compact' },
  { value: 'compact,delete', label: 'compact,delete' },
];
const ASSIGNORS: readonly { value: AssignorName | ''; label: string }[] = [
  { value: '', label: 'range (Kafka default)' },
  { value: 'range', label: 'range' },
  { value: 'roundrobin', label: 'roundrobin' },
  { value: 'sticky', label: 'sticky' },
  { value: 'cooperative-sticky', label: 'cooperative-sticky' },
];
const RESETS: readonly { value: AutoOffsetReset | ''; label: string }[] = [
  { value: '', label: 'latest (Kafka default)' },
  { value: 'earliest', label: 'earliest: from the oldest note' },
  { value: 'latest', label: 'latest: from now' },
];

interface SandboxFormProps {
  form: SandboxForm;
  errors: FieldErrors;
  onChange(form: SandboxForm): void;
}

/** The class setup as rows to edit: topics, teachers (producers), study groups with their students. */
export function SandboxFormView({ form, errors, onChange }: SandboxFormProps) {
  const setTopic = (key: number, patch: Partial<TopicRow>): void =>
    onChange({ ...form, topics: form.topics.map((t) => (t.key === key ? { ...t, ...patch } : t)) });
  const setProducer = (key: number, patch: Partial<ProducerRow>): void =>
    onChange({ ...form, producers: form.producers.map((p) => (p.key === key ? { ...p, ...patch } : p)) });
  const setGroup = (key: number, patch: Partial<GroupRow>): void =>
    onChange({ ...form, groups: form.groups.map((g) => (g.key === key ? { ...g, ...patch } : g)) });
  const setMember = (group: GroupRow, key: number, patch: Partial<MemberRow>): void =>
    setGroup(group.key, { members: group.members.map((m) => (m.key === key ? { ...m, ...patch } : m)) });
  const usedMembers = new Set(form.groups.flatMap((g) => g.members.map((m) => m.id)));
  const newMemberId = (): string => freeNames(1, usedMembers, FRIENDLY_NAMES)[0] ?? 'student';

  return (
    <div className="sandbox-form">
      <section className="sandbox-section" aria-labelledby="sandbox-topics">
        <h2 id="sandbox-topics">Note-taking machines (topics)</h2>
        <ListErrors path="topics" errors={errors} />
        {form.topics.map((t, i) => (
          <Row
            key={t.key}
            legend={`Topic ${i + 1}${t.name ? `: ${t.name}` : ''}`}
            removeLabel={`Remove topic ${i + 1}`}
            onRemove={() => onChange({ ...form, topics: form.topics.filter((x) => x.key !== t.key) })}
          >
            <Field
              label="Name"
              path={`topics[${i}].name`}
              value={t.name}
              errors={errors}
              onChange={(v) => onChange(renameTopic(form, t.key, v))}
            />
            <Field
              label="Shelves (partitions)"
              path={`topics[${i}].partitions`}
              value={t.partitions}
              errors={errors}
              numeric
              onChange={(v) => setTopic(t.key, { partitions: v })}
            />
            <Field
              label="Keep notes for (retention.ms)"
              path={`topics[${i}].retentionMs`}
              value={t.retentionMs}
              errors={errors}
              numeric
              placeholder="7 days (604800000)"
              hint="-1 keeps them forever"
              onChange={(v) => setTopic(t.key, { retentionMs: v })}
            />
            <Field
              label="Keep at most bytes per shelf (retention.bytes)"
              path={`topics[${i}].retentionBytes`}
              value={t.retentionBytes}
              errors={errors}
              numeric
              placeholder="no limit (-1)"
              hint="a note counts as 100 bytes"
              onChange={(v) => setTopic(t.key, { retentionBytes: v })}
            />
            <Field
              label="New bundle every (segment.ms)"
              path={`topics[${i}].segmentMs`}
              value={t.segmentMs}
              errors={errors}
              numeric
              placeholder="7 days (604800000)"
              onChange={(v) => setTopic(t.key, { segmentMs: v })}
            />
            <Choice
              label="Cleanup (cleanup.policy)"
              path={`topics[${i}].cleanupPolicy`}
              value={t.cleanupPolicy}
              errors={errors}
              options={CLEANUP}
              onChange={(v) => setTopic(t.key, { cleanupPolicy: v })}
            />
          </Row>
        ))}
        <button type="button" className="sandbox-add" onClick={() => onChange(addTopic(form))}>
          Add a topic
        </button>
      </section>

      <section className="sandbox-section" aria-labelledby="sandbox-producers">
        <h2 id="sandbox-producers">Teachers (producers)</h2>
        <ListErrors path="producers" errors={errors} />
        {form.producers.map((p, i) => (
          <Row
            key={p.key}
            legend={`Teacher ${i + 1}${p.id ? `: ${p.id}` : ''}`}
            removeLabel={`Remove teacher ${i + 1}`}
            onRemove={() => onChange({ ...form, producers: form.producers.filter((x) => x.key !== p.key) })}
          >
            <Field
              label="Name"
              path={`producers[${i}].id`}
              value={p.id}
              errors={errors}
              onChange={(v) => setProducer(p.key, { id: v })}
            />
            <Field
              label="Speaks into (topic)"
              path={`producers[${i}].topic`}
              value={p.topic}
              errors={errors}
              onChange={(v) => setProducer(p.key, { topic: v })}
            />
            <Field
              label="Notes per second"
              path={`producers[${i}].recordsPerSec`}
              value={p.recordsPerSec}
              errors={errors}
              numeric
              onChange={(v) => setProducer(p.key, { recordsPerSec: v })}
            />
            <Field
              label="Subjects (keys)"
              path={`producers[${i}].keys`}
              value={p.keys}
              errors={errors}
              wide
              hint="a comma list; empty for notes without a subject"
              onChange={(v) => setProducer(p.key, { keys: v })}
            />
          </Row>
        ))}
        <button type="button" className="sandbox-add" onClick={() => onChange(addProducer(form))}>
          Add a teacher
        </button>
      </section>

      <section className="sandbox-section" aria-labelledby="sandbox-groups">
        <h2 id="sandbox-groups">Study groups (consumer groups)</h2>
        <ListErrors path="groups" errors={errors} />
        {form.groups.map((g, i) => (
          <Row
            key={g.key}
            legend={`Group ${i + 1}${g.id ? `: ${g.id}` : ''}`}
            removeLabel={`Remove group ${i + 1}`}
            onRemove={() => onChange({ ...form, groups: form.groups.filter((x) => x.key !== g.key) })}
          >
            <Field
              label="Name (group.id)"
              path={`groups[${i}].id`}
              value={g.id}
              errors={errors}
              onChange={(v) => setGroup(g.key, { id: v })}
            />
            <Field
              label="Reads (topics)"
              path={`groups[${i}].topics`}
              value={g.topics}
              errors={errors}
              hint="a comma list"
              onChange={(v) => setGroup(g.key, { topics: v })}
            />
            <Choice
              label="Sharing out (assignor)"
              path={`groups[${i}].assignor`}
              value={g.assignor}
              errors={errors}
              options={ASSIGNORS}
              onChange={(v) => setGroup(g.key, { assignor: v })}
            />
            <Choice
              label="Start without a bookmark (auto.offset.reset)"
              path={`groups[${i}].autoOffsetReset`}
              value={g.autoOffsetReset}
              errors={errors}
              options={RESETS}
              onChange={(v) => setGroup(g.key, { autoOffsetReset: v })}
            />
            <Field
              label="Writes to (output topic)"
              path={`groups[${i}].outputTopic`}
              value={g.outputTopic}
              errors={errors}
              placeholder="none"
              onChange={(v) => setGroup(g.key, { outputTopic: v })}
            />
            <div className="sandbox-members" role="group" aria-label={`Students of group ${i + 1}`}>
              <ListErrors path={`groups[${i}].members`} errors={errors} />
              {g.members.map((m, j) => (
                <div key={m.key} className="sandbox-member">
                  <Field
                    label={`Student ${j + 1}`}
                    path={`groups[${i}].members[${j}].id`}
                    value={m.id}
                    errors={errors}
                    onChange={(v) => setMember(g, m.key, { id: v })}
                  />
                  <Field
                    label="Reads notes per second"
                    path={`groups[${i}].members[${j}].recordsPerSec`}
                    value={m.recordsPerSec}
                    errors={errors}
                    numeric
                    onChange={(v) => setMember(g, m.key, { recordsPerSec: v })}
                  />
                  <button
                    type="button"
                    className="sandbox-row__remove"
                    aria-label={`Remove student ${j + 1} of group ${i + 1}`}
                    title="Remove this student"
                    onClick={() => setGroup(g.key, { members: g.members.filter((x) => x.key !== m.key) })}
                  >
                    Remove
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="sandbox-add"
                onClick={() => onChange(addMember(form, g.key, newMemberId()))}
              >
                Add a student to group {i + 1}
              </button>
            </div>
          </Row>
        ))}
        <button type="button" className="sandbox-add" onClick={() => onChange(addGroup(form, newMemberId()))}>
          Add a study group
        </button>
      </section>

      <section className="sandbox-section" aria-labelledby="sandbox-more">
        <h2 id="sandbox-more">Luck</h2>
        <Field
          label="Random seed"
          path="seed"
          value={form.seed}
          errors={errors}
          numeric
          hint="the same seed and actions always give the same class"
          onChange={(v) => onChange({ ...form, seed: v })}
        />
      </section>
    </div>
  );
}
