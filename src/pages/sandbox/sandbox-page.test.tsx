import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../engine';
import { COURSE } from '../../lessons/course';
import { decodeShare } from '../../session/share';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { SHARE_CHECKS } from '../../session/open-shared';
import { SandboxPage } from './sandbox-page';
import { SharedPage } from './shared-page';
import { SANDBOX_SCENARIO } from '../../lessons/presets';

/** Every download the page starts, as text. */
let downloads: { name: string; text: Promise<string> }[] = [];

beforeEach(() => {
  downloads = [];
  let blob: Blob | null = null;
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        blob = b;
        return 'blob:test';
      },
      revokeObjectURL: () => undefined,
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) downloads.push({ name: this.download, text: blob.text() });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const running = () => screen.getByTestId('sandbox-running').textContent;
/** "Running: …" for the usual class of one machine, one teacher and one group, in classroom words. */
const oneMachine = (shelves: number, students = 2) =>
  `Running: 1 note-taking machine (${shelves} shelves), 1 teacher, 1 study group (${students} students)`;
const topicRow = (n: number) => screen.getByRole('group', { name: new RegExp(`^Topic ${n}`) });

function setup(initial?: Scenario) {
  const user = userEvent.setup();
  render(<SandboxPage initial={initial} />);
  return { user };
}

async function importText(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  await user.upload(screen.getByLabelText('Import JSON file'), file);
}

describe('SandboxPage: the form', () => {
  it("starts from one topic of 3 shelves, a teacher and a study group of two, said in the stage's words", async () => {
    const { user } = setup();
    expect(running()).toBe(oneMachine(3));
    expect(screen.getByRole('heading', { name: 'Sandbox' })).toBeTruthy();
    await user.click(
      within(screen.getByRole('group', { name: 'Words' })).getByRole('radio', { name: 'Kafka' }),
    );
    expect(running()).toBe('Running: 1 topic (3 partitions), 1 producer, 1 consumer group (2 consumers)');
  });

  it('a valid change applies at once', async () => {
    const { user } = setup();
    const partitions = within(topicRow(1)).getByLabelText('Shelves (partitions)');
    await user.clear(partitions);
    await user.type(partitions, '4');
    expect(running()).toBe(oneMachine(4));
    await user.click(screen.getByRole('button', { name: 'Add a student to group 1' }));
    expect(running()).toBe(oneMachine(4, 3));
  });

  it('out-of-range shelves show the engine message beside the field and keep the old class running', async () => {
    const { user } = setup();
    const partitions = within(topicRow(1)).getByLabelText('Shelves (partitions)');
    await user.clear(partitions);
    await user.type(partitions, '65');
    expect(partitions.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(partitions.getAttribute('aria-describedby')!.split(' ').pop()!);
    expect(message?.textContent).toBe('must be a whole number from 1 to 64');
    expect(within(topicRow(1)).getByText('must be a whole number from 1 to 64')).toBeTruthy();
    // "6" was valid on the way, so the class runs 6 shelves; "65" is not, so it stays at 6.
    expect(running()).toBe(oneMachine(6));
    expect(screen.getByText(/the class keeps running the last good setup/)).toBeTruthy();

    await user.clear(partitions);
    await user.type(partitions, 'x');
    expect(within(topicRow(1)).getByText('must be a whole number from 1 to 64')).toBeTruthy();
    expect(running()).toBe(oneMachine(6));

    await user.clear(partitions);
    await user.type(partitions, '2');
    expect(partitions.getAttribute('aria-invalid')).toBeNull();
    expect(within(topicRow(1)).queryByText(/must be/)).toBeNull();
    expect(running()).toBe(oneMachine(2));
  });

  it("a problem in another row lands beside that row's field", async () => {
    const { user } = setup();
    const teacher = screen.getByRole('group', { name: /^Teacher 1/ });
    const topic = within(teacher).getByLabelText('Speaks into (topic)');
    await user.clear(topic);
    await user.type(topic, 'nowhere');
    expect(within(teacher).getByText('topic "nowhere" is not declared in topics')).toBeTruthy();
    const group = screen.getByRole('group', { name: /^Group 1/ });
    const reads = within(group).getByLabelText('Reads (topics)');
    await user.type(reads, ', notes');
    expect(within(group).getByText('entry 2: topic "notes" is listed twice')).toBeTruthy();
    expect(running()).toMatch(/3 shelves/);
  });

  it('renaming a topic renames the references to it', async () => {
    const { user } = setup();
    const name = within(topicRow(1)).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'lecture');
    const teacher = screen.getByRole('group', { name: /^Teacher 1/ });
    expect((within(teacher).getByLabelText('Speaks into (topic)') as HTMLInputElement).value).toBe('lecture');
    const group = screen.getByRole('group', { name: /^Group 1/ });
    expect((within(group).getByLabelText('Reads (topics)') as HTMLInputElement).value).toBe('lecture');
    expect(screen.queryByText(/is not declared/)).toBeNull();
    expect(running()).toBe(oneMachine(3));
  });

  it('rows can be added and removed', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add a topic' }));
    expect(running()).toBe(
      'Running: 2 note-taking machines (4 shelves), 1 teacher, 1 study group (2 students)',
    );
    await user.click(screen.getByRole('button', { name: 'Add a study group' }));
    expect(running()).toBe(
      'Running: 2 note-taking machines (4 shelves), 1 teacher, 2 study groups (3 students)',
    );
    await user.click(screen.getByRole('button', { name: 'Remove group 2' }));
    await user.click(screen.getByRole('button', { name: 'Remove topic 2' }));
    await user.click(screen.getByRole('button', { name: 'Remove student 2 of group 1' }));
    expect(running()).toBe(
      'Running: 1 note-taking machine (3 shelves), 1 teacher, 1 study group (1 student)',
    );
  });
});

describe('SandboxPage: rooms (brokers) and copies', () => {
  const rooms = () => screen.getByRole('region', { name: 'Rooms (brokers)' });

  it('with one room shows only how many rooms; more rooms bring copies and acks to each row', async () => {
    const { user } = setup();
    expect(within(topicRow(1)).queryByLabelText('Copies of each shelf (replication factor)')).toBeNull();
    expect(screen.queryByLabelText('Waits for (acks)')).toBeNull();
    await user.type(within(rooms()).getByLabelText('How many rooms (brokers)'), '3');
    expect(running()).toBe(
      'Running: 3 rooms, 1 note-taking machine (3 shelves), 1 teacher, 1 study group (2 students)',
    );
    const copies = within(topicRow(1)).getByLabelText('Copies of each shelf (replication factor)');
    await user.type(copies, '3');
    await user.type(within(topicRow(1)).getByLabelText('Copies a note needs (min.insync.replicas)'), '2');
    const teacher = screen.getByRole('group', { name: /^Teacher 1/ });
    await user.selectOptions(within(teacher).getByLabelText('Waits for (acks)'), '1');
    expect(within(teacher).getByLabelText('Never the same note twice (enable.idempotence)')).toBeTruthy();
    // acks 1 with idempotence asked for: the producer refuses it, and the engine says so beside the field.
    await user.selectOptions(
      within(teacher).getByLabelText('Never the same note twice (enable.idempotence)'),
      'true',
    );
    expect(within(teacher).getByText(/needs acks "all"/)).toBeTruthy();
    await user.selectOptions(
      within(teacher).getByLabelText('Never the same note twice (enable.idempotence)'),
      'false',
    );
    expect(within(teacher).queryByText(/needs acks "all"/)).toBeNull();
    expect(screen.queryByText(/not accepted yet/)).toBeNull();
  });

  it("more copies than rooms: the engine's rule beside the field, the last good class runs on", async () => {
    const { user } = setup();
    await user.type(within(rooms()).getByLabelText('How many rooms (brokers)'), '2');
    const copies = within(topicRow(1)).getByLabelText('Copies of each shelf (replication factor)');
    await user.type(copies, '3');
    expect(copies.getAttribute('aria-invalid')).toBe('true');
    expect(within(topicRow(1)).getByText(/InvalidReplicationFactorException/)).toBeTruthy();
    expect(running()).toMatch(/^Running: 2 rooms, /);
    // Raising the rooms makes the same copies valid: the problem goes as the class applies.
    const brokers = within(rooms()).getByLabelText('How many rooms (brokers)');
    await user.clear(brokers);
    await user.type(brokers, '3');
    expect(copies.getAttribute('aria-invalid')).toBeNull();
    expect(running()).toMatch(/^Running: 3 rooms, /);
    await user.clear(brokers);
    await user.type(brokers, '6');
    expect(within(rooms()).getByText('must be a whole number of brokers from 1 to 5')).toBeTruthy();
  });

  it('shows the rooms in Spanish', async () => {
    const user = userEvent.setup();
    render(
      <PrefsProvider store={createPrefsStore('es')}>
        <SandboxPage />
      </PrefsProvider>,
    );
    const section = screen.getByRole('region', { name: 'Salas (brokers)' });
    await user.type(within(section).getByLabelText('Cuántas salas (brokers)'), '3');
    expect(screen.getAllByLabelText('Copias de cada estante (factor de replicación)')).toHaveLength(1);
    expect(screen.getByLabelText('Espera a (acks)')).toBeTruthy();
    expect(running()).toMatch(/^En marcha: 3 salas, /);
  });
});

describe('SandboxPage: files and links', () => {
  it('export produces JSON that re-imports equal', async () => {
    const { user } = setup();
    const partitions = within(topicRow(1)).getByLabelText('Shelves (partitions)');
    await user.clear(partitions);
    await user.type(partitions, '5');
    await user.selectOptions(within(topicRow(1)).getByLabelText('Cleanup (cleanup.policy)'), 'compact');
    await user.click(screen.getByRole('button', { name: 'Add a student to group 1' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(downloads.map((d) => d.name)).toEqual(['kafka-class.json']);
    const exported = await downloads[0]!.text;
    const scenario = JSON.parse(exported) as Scenario & { $schema?: string };
    expect(scenario.topics[0]).toEqual({ name: 'notes', partitions: 5, cleanupPolicy: 'compact' });
    expect(scenario.groups[0]!.members.map((m) => m.id)).toEqual(['ana', 'ben', 'carla']);
    // The group's classroom timers, not shown in the form, ride along.
    expect(scenario.groups[0]!.heartbeatIntervalMs).toBe(1000);

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(running()).toBe(oneMachine(3));
    await importText(user, 'kafka-class.json', exported);
    await waitFor(() => expect(running()).toBe(oneMachine(5, 3)));
    expect(screen.getByText('Imported kafka-class.json.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(await downloads[1]!.text).toBe(exported);
  });

  it('a wrong file is refused with its problems listed, and nothing changes', async () => {
    const { user } = setup();
    const bad = { ...SANDBOX_SCENARIO, topics: [{ name: 'notes', partitions: 0 }], extra: true };
    await importText(user, 'bad.json', JSON.stringify(bad));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'bad.json was not imported. The file holds a scenario with 2 problems.',
    );
    expect(within(alert).getByText('extra: unknown field')).toBeTruthy();
    expect(within(alert).getByText('topics[0].partitions: must be a whole number from 1 to 64')).toBeTruthy();
    expect(running()).toBe(oneMachine(3));
    expect((within(topicRow(1)).getByLabelText('Shelves (partitions)') as HTMLInputElement).value).toBe('3');
  });

  it('files that are not JSON, too deep or over 1 MB are refused by name', async () => {
    const { user } = setup();
    await importText(user, 'notes.txt', 'hello <script>alert(1)</script>');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'notes.txt was not imported. The file is not valid JSON (check for a missing comma, quote or bracket).',
    );
    await importText(user, 'deep.json', '['.repeat(5000) + ']'.repeat(5000));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'deep.json was not imported. The file is nested too deeply (more than 16 levels of [ and {).',
      ),
    );
    await importText(user, 'huge.json', ' '.repeat(2_000_000));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'huge.json was not imported. The file is too big (2.0 MB): a class or lesson file holds at most 1 MB.',
      ),
    );
    expect(document.querySelector('script')).toBeNull();
    expect(running()).toBe(oneMachine(3));
  });

  it('copy share link writes #/share/<encoded> to the clipboard and shows it', async () => {
    const { user } = setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    const field = (await screen.findByLabelText('Share link')) as HTMLInputElement;
    expect(field.readOnly).toBe(true);
    expect(field.value).toMatch(/#\/share\/[A-Za-z0-9+\-$]+$/);
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(screen.getByText(/^Link copied to the clipboard/)).toBeTruthy();
    const payload = decodeShare(field.value.split('#/share/')[1], SHARE_CHECKS);
    expect(payload).toEqual({
      v: 1,
      scenario: SANDBOX_SCENARIO,
      commands: [],
      timeMs: 0,
      words: 'classroom',
    });
  });

  it('without a clipboard the link is still shown', async () => {
    const { user } = setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(((await screen.findByLabelText('Share link')) as HTMLInputElement).value).toMatch(/#\/share\//);
    expect(screen.getByText(/^Copy the link from the field below/)).toBeTruthy();
  });

  it('a lesson file opens as a share link', async () => {
    const { user } = setup();
    const lesson = COURSE.find((l) => l.id === 'sleepy-student')!;
    await user.click(screen.getByRole('button', { name: 'Export lesson file' }));
    expect(downloads[0]!.name).toBe('note-taking-machine.lesson.json');
    // The sleepy student's steps, on the sandbox's class (whose group "class" has a ben too).
    const file = {
      lesson: { ...lesson, id: 'my-sleepy-student', title: 'My sleepy student' },
      scenario: SANDBOX_SCENARIO,
    };
    await importText(user, 'mine.lesson.json', JSON.stringify(file));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/share\/[A-Za-z0-9+\-$]+$/));
    const payload = decodeShare(window.location.hash.slice('#/share/'.length), SHARE_CHECKS);
    expect('lesson' in payload && payload.lesson.title).toBe('My sleepy student');
  });

  it('a lesson file with a refused command is refused by the page that runs it, naming the command', async () => {
    const { user } = setup();
    const lesson = COURSE.find((l) => l.id === 'sleepy-student')!;
    const scenario = structuredClone(SANDBOX_SCENARIO);
    scenario.groups[0]!.members = [{ id: 'ana', recordsPerSec: 2 }];
    // The sandbox checks its shape and forecast only: the lesson runs (in slices, with progress and Cancel)
    // on the page that opens it, which finds the refusal.
    await importText(user, 'broken.json', JSON.stringify({ lesson, scenario }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/share\//));
    cleanup();
    render(<SharedPage encoded={window.location.hash.slice('#/share/'.length)} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^The link holds a lesson with 1 problem/);
    expect(alert.textContent).toContain('member "ben" is not in group "class"');
  });
});

describe('SandboxPage: in Spanish', () => {
  function setupEs() {
    const user = userEvent.setup();
    render(
      <PrefsProvider store={createPrefsStore('es')}>
        <SandboxPage />
      </PrefsProvider>,
    );
    return { user };
  }

  it('labels the form and describes the class in Spanish, and switches back to English', async () => {
    const { user } = setupEs();
    expect(screen.getByRole('heading', { name: 'Sandbox' })).toBeTruthy();
    expect(document.title).toBe('Sandbox · Kafka Classroom');
    expect(running()).toBe(
      'En marcha: 1 máquina de apuntes (3 estantes), 1 profesora, 1 grupo de estudio (2 estudiantes)',
    );
    const topic = screen.getByRole('group', { name: /^Topic 1/ });
    expect(within(topic).getByLabelText('Estantes (particiones)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exportar JSON' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('heading', { name: 'Sandbox' })).toBeTruthy();
    expect(running()).toBe(oneMachine(3));
  });

  it("says in Spanish that a value is not accepted, with the engine's rule marked as English", async () => {
    const { user } = setupEs();
    const topic = screen.getByRole('group', { name: /^Topic 1/ });
    const partitions = within(topic).getByLabelText('Estantes (particiones)');
    await user.clear(partitions);
    await user.type(partitions, '99');
    expect(screen.getByText(/^Un valor aún no se acepta: la clase sigue/)).toBeTruthy();
    const error = within(topic).getByText('must be a whole number from 1 to 64');
    expect(error.getAttribute('lang')).toBe('en');
  });

  it('refuses a file that is not JSON in Spanish', async () => {
    const { user } = setupEs();
    const file = new File(['hello'], 'notes.txt', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Importar archivo JSON'), file);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'notes.txt no se importó. El archivo no es JSON válido (revisa si falta una coma, unas comillas o un corchete).',
    );
  });

  it('lists the engine problems of a refused file under a Spanish headline', async () => {
    const { user } = setupEs();
    const bad = { ...SANDBOX_SCENARIO, topics: [{ name: 'notes', partitions: 0 }] };
    const file = new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Importar archivo JSON'), file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'bad.json no se importó. El archivo contiene una configuración con 1 problema.',
    );
    const item = within(alert).getByRole('listitem');
    expect(item.textContent).toBe('topics[0].partitions: must be a whole number from 1 to 64');
    expect(item.querySelector('[lang="en"]')?.textContent).toBe('must be a whole number from 1 to 64');
  });
});
