import { useLang } from '../../store/prefs';
import { freeNames, FRIENDLY_NAMES } from '../../lessons/friendly-names';
import { Button } from '../../views/ui/button';
import { messages } from './messages';
import {
  assignorOptions,
  cleanupOptions,
  FieldErrorsContext,
  ListErrors,
  Section,
  resetOptions,
  Row,
  SettingChoice,
  SettingField,
  type FieldErrors,
} from './sandbox-fields';
import { addGroup, addMember, addProducer, addTopic, renameTopic } from './form-edits';
import {
  ClusterSection,
  ProducerDeliveryFields,
  replicated,
  TopicReplicationFields,
} from './replication-fields';
import type { GroupRow, MemberRow, ProducerRow, SandboxForm, TopicRow } from './scenario-form';

interface SandboxFormProps {
  form: SandboxForm;
  errors: FieldErrors;
  onChange(form: SandboxForm): void;
}

type SectionProps = Omit<SandboxFormProps, 'errors'>;

/** The class setup as rows to edit: topics, teachers (producers), study groups with their students. */
export function SandboxFormView({ form, errors, onChange }: SandboxFormProps) {
  const m = messages(useLang());
  return (
    <FieldErrorsContext.Provider value={errors}>
      <div className="sandbox-form">
        <ClusterSection form={form} onChange={onChange} />
        <TopicsSection form={form} onChange={onChange} />
        <ProducersSection form={form} onChange={onChange} />
        <GroupsSection form={form} onChange={onChange} />
        <section className="sandbox-section" aria-labelledby="sandbox-more">
          <h2 id="sandbox-more">{m.luck}</h2>
          <SettingField
            label={m.seed}
            path="seed"
            value={form.seed}
            numeric
            hint={m.seedHint}
            onChange={(v) => onChange({ ...form, seed: v })}
          />
        </section>
      </div>
    </FieldErrorsContext.Provider>
  );
}

function TopicsSection({ form, onChange }: SectionProps) {
  const m = messages(useLang());
  const setTopic = (key: number, patch: Partial<TopicRow>): void =>
    onChange({ ...form, topics: form.topics.map((t) => (t.key === key ? { ...t, ...patch } : t)) });
  return (
    <Section
      id="sandbox-topics"
      heading={m.topicsHeading}
      path="topics"
      addLabel={m.addTopic}
      onAdd={() => onChange(addTopic(form))}
    >
      {form.topics.map((t, i) => {
        const at = `topics[${i}]`;
        return (
          <Row
            key={t.key}
            legend={`${m.topic(i + 1)}${t.name ? `: ${t.name}` : ''}`}
            removeLabel={m.removeTopic(i + 1)}
            onRemove={() => onChange({ ...form, topics: form.topics.filter((x) => x.key !== t.key) })}
          >
            <SettingField
              label={m.name}
              path={`${at}.name`}
              value={t.name}
              onChange={(v) => onChange(renameTopic(form, t.key, v))}
            />
            <SettingField
              label={m.partitions}
              path={`${at}.partitions`}
              value={t.partitions}
              numeric
              onChange={(v) => setTopic(t.key, { partitions: v })}
            />
            <SettingField
              label={m.retentionMs}
              path={`${at}.retentionMs`}
              value={t.retentionMs}
              numeric
              placeholder={m.sevenDays}
              hint={m.forever}
              onChange={(v) => setTopic(t.key, { retentionMs: v })}
            />
            <SettingField
              label={m.retentionBytes}
              path={`${at}.retentionBytes`}
              value={t.retentionBytes}
              numeric
              placeholder={m.noLimit}
              hint={m.noteBytes}
              onChange={(v) => setTopic(t.key, { retentionBytes: v })}
            />
            <SettingField
              label={m.segmentMs}
              path={`${at}.segmentMs`}
              value={t.segmentMs}
              numeric
              placeholder={m.sevenDays}
              hint={m.sevenDaysHint}
              onChange={(v) => setTopic(t.key, { segmentMs: v })}
            />
            <SettingChoice
              label={m.cleanup}
              path={`${at}.cleanupPolicy`}
              value={t.cleanupPolicy}
              options={cleanupOptions(m)}
              onChange={(v) => setTopic(t.key, { cleanupPolicy: v })}
            />
            <TopicReplicationFields
              row={t}
              at={at}
              shown={replicated(form)}
              onChange={(patch) => setTopic(t.key, patch)}
            />
          </Row>
        );
      })}
    </Section>
  );
}

function ProducersSection({ form, onChange }: SectionProps) {
  const m = messages(useLang());
  const setProducer = (key: number, patch: Partial<ProducerRow>): void =>
    onChange({ ...form, producers: form.producers.map((p) => (p.key === key ? { ...p, ...patch } : p)) });
  return (
    <Section
      id="sandbox-producers"
      heading={m.producersHeading}
      path="producers"
      addLabel={m.addTeacher}
      onAdd={() => onChange(addProducer(form))}
    >
      {form.producers.map((p, i) => {
        const at = `producers[${i}]`;
        return (
          <Row
            key={p.key}
            legend={`${m.teacher(i + 1)}${p.id ? `: ${p.id}` : ''}`}
            removeLabel={m.removeTeacher(i + 1)}
            onRemove={() => onChange({ ...form, producers: form.producers.filter((x) => x.key !== p.key) })}
          >
            <SettingField
              label={m.name}
              path={`${at}.id`}
              value={p.id}
              onChange={(v) => setProducer(p.key, { id: v })}
            />
            <SettingField
              label={m.speaksInto}
              path={`${at}.topic`}
              value={p.topic}
              onChange={(v) => setProducer(p.key, { topic: v })}
            />
            <SettingField
              label={m.notesPerSec}
              path={`${at}.recordsPerSec`}
              value={p.recordsPerSec}
              numeric
              onChange={(v) => setProducer(p.key, { recordsPerSec: v })}
            />
            <SettingField
              label={m.keys}
              path={`${at}.keys`}
              value={p.keys}
              wide
              hint={m.keysHint}
              onChange={(v) => setProducer(p.key, { keys: v })}
            />
            <ProducerDeliveryFields
              row={p}
              at={at}
              shown={replicated(form)}
              onChange={(patch) => setProducer(p.key, patch)}
            />
          </Row>
        );
      })}
    </Section>
  );
}

function GroupsSection({ form, onChange }: SectionProps) {
  const m = messages(useLang());
  const setGroup = (key: number, patch: Partial<GroupRow>): void =>
    onChange({ ...form, groups: form.groups.map((g) => (g.key === key ? { ...g, ...patch } : g)) });
  const setMember = (group: GroupRow, key: number, patch: Partial<MemberRow>): void =>
    setGroup(group.key, { members: group.members.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  const usedMembers = new Set(form.groups.flatMap((g) => g.members.map((r) => r.id)));
  const newMemberId = (): string => freeNames(1, usedMembers, FRIENDLY_NAMES)[0] ?? 'student';
  return (
    <Section
      id="sandbox-groups"
      heading={m.groupsHeading}
      path="groups"
      addLabel={m.addGroup}
      onAdd={() => onChange(addGroup(form, newMemberId()))}
    >
      {form.groups.map((g, i) => {
        const at = `groups[${i}]`;
        return (
          <Row
            key={g.key}
            legend={`${m.group(i + 1)}${g.id ? `: ${g.id}` : ''}`}
            removeLabel={m.removeGroup(i + 1)}
            onRemove={() => onChange({ ...form, groups: form.groups.filter((x) => x.key !== g.key) })}
          >
            <SettingField
              label={m.groupName}
              path={`${at}.id`}
              value={g.id}
              onChange={(v) => setGroup(g.key, { id: v })}
            />
            <SettingField
              label={m.groupReads}
              path={`${at}.topics`}
              value={g.topics}
              hint={m.commaList}
              onChange={(v) => setGroup(g.key, { topics: v })}
            />
            <SettingChoice
              label={m.assignor}
              path={`${at}.assignor`}
              value={g.assignor}
              options={assignorOptions(m)}
              onChange={(v) => setGroup(g.key, { assignor: v })}
            />
            <SettingChoice
              label={m.reset}
              path={`${at}.autoOffsetReset`}
              value={g.autoOffsetReset}
              options={resetOptions(m)}
              onChange={(v) => setGroup(g.key, { autoOffsetReset: v })}
            />
            <SettingField
              label={m.output}
              path={`${at}.outputTopic`}
              value={g.outputTopic}
              placeholder={m.none}
              onChange={(v) => setGroup(g.key, { outputTopic: v })}
            />
            <div className="sandbox-members" role="group" aria-label={m.studentsOf(i + 1)}>
              <ListErrors path={`${at}.members`} />
              {g.members.map((row, j) => (
                <div key={row.key} className="sandbox-member">
                  <SettingField
                    label={m.student(j + 1)}
                    path={`${at}.members[${j}].id`}
                    value={row.id}
                    onChange={(v) => setMember(g, row.key, { id: v })}
                  />
                  <SettingField
                    label={m.readsPerSec}
                    path={`${at}.members[${j}].recordsPerSec`}
                    value={row.recordsPerSec}
                    numeric
                    onChange={(v) => setMember(g, row.key, { recordsPerSec: v })}
                  />
                  <Button
                    aria-label={m.removeStudent(j + 1, i + 1)}
                    title={m.removeThisStudent}
                    onClick={() => setGroup(g.key, { members: g.members.filter((x) => x.key !== row.key) })}
                  >
                    {m.remove}
                  </Button>
                </div>
              ))}
              <Button onClick={() => onChange(addMember(form, g.key, newMemberId()))}>
                {m.addStudent(i + 1)}
              </Button>
            </div>
          </Row>
        );
      })}
    </Section>
  );
}
