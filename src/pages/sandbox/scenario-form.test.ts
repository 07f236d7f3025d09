import { describe, expect, it } from 'vitest';
import { SANDBOX_SCENARIO } from '../../lessons/presets';
import { SCENARIOS } from '../../lessons/scenarios';
import { candidateFromForm, fieldOf, fieldPaths, formFromScenario, sortProblems } from './scenario-form';

describe('the sandbox form', () => {
  it.each(SCENARIOS.map((s) => [s.id, s.scenario] as const))(
    'turns %s into rows and back unchanged',
    (_id, scenario) => {
      expect(candidateFromForm(formFromScenario(scenario))).toEqual(scenario);
    },
  );

  it('passes typed text on for the validator to name the rule', () => {
    const form = formFromScenario(SANDBOX_SCENARIO);
    form.topics[0]!.partitions = ' 1e1 ';
    form.topics[0]!.retentionMs = 'forever';
    form.producers[0]!.keys = ' math,, music ,';
    form.groups[0]!.members[0]!.recordsPerSec = '';
    const c = candidateFromForm(form) as typeof SANDBOX_SCENARIO;
    expect(c.topics[0]).toEqual({ name: 'notes', partitions: 10, retentionMs: 'forever' });
    expect(c.producers[0]!.keys).toEqual(['math', 'music']);
    expect(c.groups[0]!.members[0]).toEqual({ id: 'ana' });
  });

  it('sorts problems to the fields they belong to', () => {
    const form = formFromScenario(SANDBOX_SCENARIO);
    const paths = fieldPaths(form);
    expect(fieldOf('topics[0].partitions', paths)).toBe('topics[0].partitions');
    expect(fieldOf('producers[0].keys[3]', paths)).toBe('producers[0].keys');
    expect(fieldOf('groups[0].members[1].recordsPerSec', paths)).toBe('groups[0].members[1].recordsPerSec');
    expect(fieldOf('groups[0].members', paths)).toBe('groups[0].members');
    expect(fieldOf('groups[0].heartbeatIntervalMs', paths)).toBeNull();
    expect(fieldOf('topics[0].partitionsX', paths)).toBeNull();
    const { byField, general } = sortProblems(
      [
        { path: 'producers[0].keys[3]', message: 'must be text of 1 to 200 characters' },
        { path: 'broker.groupInitialRebalanceDelayMs', message: 'must be ...' },
      ],
      form,
    );
    expect(byField.get('producers[0].keys')).toEqual(['entry 4: must be text of 1 to 200 characters']);
    expect(general).toEqual([{ path: 'broker.groupInitialRebalanceDelayMs', message: 'must be ...' }]);
  });
});
