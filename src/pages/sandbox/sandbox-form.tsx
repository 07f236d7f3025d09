import { useId, type ReactNode } from 'react';
import type { AssignorName, AutoOffsetReset, CleanupPolicy } from '../../engine';
import { useLang } from '../../store/prefs';
import { freeNames, FRIENDLY_NAMES } from '../../views/controls/friendly-names';
import { messages } from './messages';
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

/** The engine's messages are English whatever the page's language: marked so, for screen readers. */
function useEngineLang(): 'en' | undefined {
  return useLang() === 'en' ? undefined : 'en';
}

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
  const engineLang = useEngineLang();
  const problems = errors.get(path) ?? [];
  const invalid = problems.length > 0;
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
        <span id={`${id}-error`} className="sandbox-field__error" lang={engineLang}>
          {problems.join('; ')}
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
  const engineLang = useEngineLang();
  const problems = errors.get(path) ?? [];
  const invalid = problems.length > 0;
  return (
    // A whole row: the options' words ("earliest: from the oldest note") do not fit half of one.
    <div className={`sandbox-field sandbox-field--wide${invalid ? ' sandbox-field--invalid' : ''}`}>
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
        <span id={`${id}-error`} className="sandbox-field__error" lang={engineLang}>
          {problems.join('; ')}
        </span>
      ) : null}
    </div>
  );
}

/** Problems of a whole row or list (too many students, say), shown under its heading. */
function ListErrors({ path, errors }: { path: string; errors: FieldErrors }) {
  const engineLang = useEngineLang();
  const problems = errors.get(path) ?? [];
  if (problems.length === 0) return null;
  return (
    <p className="sandbox-field__error" lang={engineLang}>
      {problems.join('; ')}
    </p>
  );
}

function Row({
  legend,
  onRemove,
  removeLabel,
  children,
  remove,
}: {
  legend: string;
  onRemove(): void;
  removeLabel: string;
  children: ReactNode;
  remove: string;
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
        {remove}
      </button>
    </fieldset>
  );
}

type Messages = ReturnType<typeof messages>;
type Options<T extends string> = readonly { value: T | ''; label: string }[];

/** A setting's choices: Kafka's own values, the empty one standing for Kafka's default. */
function cleanupOptions(m: Messages): Options<CleanupPolicy> {
  return [
    { value: '', label: m.kafkaDefault('delete') },
    { value: 'delete', label: 'delete' },
    { value: 'compact', label: 'compact' },
    { value: 'compact,delete', label: 'compact,delete' },
  ];
}

function assignorOptions(m: Messages): Options<AssignorName> {
  return [
    { value: '', label: m.kafkaDefault('range') },
    { value: 'range', label: 'range' },
    { value: 'roundrobin', label: 'roundrobin' },
    { value: 'sticky', label: 'sticky' },
    { value: 'cooperative-sticky', label: 'cooperative-sticky' },
  ];
}

function resetOptions(m: Messages): Options<AutoOffsetReset> {
  return [
    { value: '', label: m.kafkaDefault('latest') },
    { value: 'earliest', label: m.earliest },
    { value: 'latest', label: m.latest },
  ];
}

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
  const m = messages(useLang());

  return (
    <div className="sandbox-form">
      <section className="sandbox-section" aria-labelledby="sandbox-topics">
        <h2 id="sandbox-topics">{m.topicsHeading}</h2>
        <ListErrors path="topics" errors={errors} />
        {form.topics.map((t, i) => (
          <Row
            key={t.key}
            legend={`${m.topic(i + 1)}${t.name ? `: ${t.name}` : ''}`}
            removeLabel={m.removeTopic(i + 1)}
            remove={m.remove}
            onRemove={() => onChange({ ...form, topics: form.topics.filter((x) => x.key !== t.key) })}
          >
            <Field
              label={m.name}
              path={`topics[${i}].name`}
              value={t.name}
              errors={errors}
              onChange={(v) => onChange(renameTopic(form, t.key, v))}
            />
            <Field
              label={m.partitions}
              path={`topics[${i}].partitions`}
              value={t.partitions}
              errors={errors}
              numeric
              onChange={(v) => setTopic(t.key, { partitions: v })}
            />
            <Field
              label={m.retentionMs}
              path={`topics[${i}].retentionMs`}
              value={t.retentionMs}
              errors={errors}
              numeric
              placeholder={m.sevenDays}
              hint={m.forever}
              onChange={(v) => setTopic(t.key, { retentionMs: v })}
            />
            <Field
              label={m.retentionBytes}
              path={`topics[${i}].retentionBytes`}
              value={t.retentionBytes}
              errors={errors}
              numeric
              placeholder={m.noLimit}
              hint={m.noteBytes}
              onChange={(v) => setTopic(t.key, { retentionBytes: v })}
            />
            <Field
              label={m.segmentMs}
              path={`topics[${i}].segmentMs`}
              value={t.segmentMs}
              errors={errors}
              numeric
              placeholder={m.sevenDays}
              hint={m.sevenDaysHint}
              onChange={(v) => setTopic(t.key, { segmentMs: v })}
            />
            <Choice
              label={m.cleanup}
              path={`topics[${i}].cleanupPolicy`}
              value={t.cleanupPolicy}
              errors={errors}
              options={cleanupOptions(m)}
              onChange={(v) => setTopic(t.key, { cleanupPolicy: v })}
            />
          </Row>
        ))}
        <button type="button" className="sandbox-add" onClick={() => onChange(addTopic(form))}>
          {m.addTopic}
        </button>
      </section>

      <section className="sandbox-section" aria-labelledby="sandbox-producers">
        <h2 id="sandbox-producers">{m.producersHeading}</h2>
        <ListErrors path="producers" errors={errors} />
        {form.producers.map((p, i) => (
          <Row
            key={p.key}
            legend={`${m.teacher(i + 1)}${p.id ? `: ${p.id}` : ''}`}
            removeLabel={m.removeTeacher(i + 1)}
            remove={m.remove}
            onRemove={() => onChange({ ...form, producers: form.producers.filter((x) => x.key !== p.key) })}
          >
            <Field
              label={m.name}
              path={`producers[${i}].id`}
              value={p.id}
              errors={errors}
              onChange={(v) => setProducer(p.key, { id: v })}
            />
            <Field
              label={m.speaksInto}
              path={`producers[${i}].topic`}
              value={p.topic}
              errors={errors}
              onChange={(v) => setProducer(p.key, { topic: v })}
            />
            <Field
              label={m.notesPerSec}
              path={`producers[${i}].recordsPerSec`}
              value={p.recordsPerSec}
              errors={errors}
              numeric
              onChange={(v) => setProducer(p.key, { recordsPerSec: v })}
            />
            <Field
              label={m.keys}
              path={`producers[${i}].keys`}
              value={p.keys}
              errors={errors}
              wide
              hint={m.keysHint}
              onChange={(v) => setProducer(p.key, { keys: v })}
            />
          </Row>
        ))}
        <button type="button" className="sandbox-add" onClick={() => onChange(addProducer(form))}>
          {m.addTeacher}
        </button>
      </section>

      <section className="sandbox-section" aria-labelledby="sandbox-groups">
        <h2 id="sandbox-groups">{m.groupsHeading}</h2>
        <ListErrors path="groups" errors={errors} />
        {form.groups.map((g, i) => (
          <Row
            key={g.key}
            legend={`${m.group(i + 1)}${g.id ? `: ${g.id}` : ''}`}
            removeLabel={m.removeGroup(i + 1)}
            remove={m.remove}
            onRemove={() => onChange({ ...form, groups: form.groups.filter((x) => x.key !== g.key) })}
          >
            <Field
              label={m.groupName}
              path={`groups[${i}].id`}
              value={g.id}
              errors={errors}
              onChange={(v) => setGroup(g.key, { id: v })}
            />
            <Field
              label={m.groupReads}
              path={`groups[${i}].topics`}
              value={g.topics}
              errors={errors}
              hint={m.commaList}
              onChange={(v) => setGroup(g.key, { topics: v })}
            />
            <Choice
              label={m.assignor}
              path={`groups[${i}].assignor`}
              value={g.assignor}
              errors={errors}
              options={assignorOptions(m)}
              onChange={(v) => setGroup(g.key, { assignor: v })}
            />
            <Choice
              label={m.reset}
              path={`groups[${i}].autoOffsetReset`}
              value={g.autoOffsetReset}
              errors={errors}
              options={resetOptions(m)}
              onChange={(v) => setGroup(g.key, { autoOffsetReset: v })}
            />
            <Field
              label={m.output}
              path={`groups[${i}].outputTopic`}
              value={g.outputTopic}
              errors={errors}
              placeholder={m.none}
              onChange={(v) => setGroup(g.key, { outputTopic: v })}
            />
            <div className="sandbox-members" role="group" aria-label={m.studentsOf(i + 1)}>
              <ListErrors path={`groups[${i}].members`} errors={errors} />
              {g.members.map((row, j) => (
                <div key={row.key} className="sandbox-member">
                  <Field
                    label={m.student(j + 1)}
                    path={`groups[${i}].members[${j}].id`}
                    value={row.id}
                    errors={errors}
                    onChange={(v) => setMember(g, row.key, { id: v })}
                  />
                  <Field
                    label={m.readsPerSec}
                    path={`groups[${i}].members[${j}].recordsPerSec`}
                    value={row.recordsPerSec}
                    errors={errors}
                    numeric
                    onChange={(v) => setMember(g, row.key, { recordsPerSec: v })}
                  />
                  <button
                    type="button"
                    className="sandbox-row__remove"
                    aria-label={m.removeStudent(j + 1, i + 1)}
                    title={m.removeThisStudent}
                    onClick={() => setGroup(g.key, { members: g.members.filter((x) => x.key !== row.key) })}
                  >
                    {m.remove}
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="sandbox-add"
                onClick={() => onChange(addMember(form, g.key, newMemberId()))}
              >
                {m.addStudent(i + 1)}
              </button>
            </div>
          </Row>
        ))}
        <button type="button" className="sandbox-add" onClick={() => onChange(addGroup(form, newMemberId()))}>
          {m.addGroup}
        </button>
      </section>

      <section className="sandbox-section" aria-labelledby="sandbox-more">
        <h2 id="sandbox-more">{m.luck}</h2>
        <Field
          label={m.seed}
          path="seed"
          value={form.seed}
          errors={errors}
          numeric
          hint={m.seedHint}
          onChange={(v) => onChange({ ...form, seed: v })}
        />
      </section>
    </div>
  );
}
