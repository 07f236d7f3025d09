import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { Scenario } from '../../engine';
import { COURSE } from '../../lessons/course';
import { findScenario, SCENARIOS } from '../../lessons/scenarios';
import {
  decodeClassFile,
  encodeShare,
  isShareError,
  problemLine,
  ShareError,
  type ShareProblem,
} from '../../shared/share';
import { createSimulatorStore, type SimulatorStore } from '../../store/simulator-store';
import { ClassStage } from './class-stage';
import { problemsOf, SHARE_CHECKS } from './engine-checks';
import { downloadText, readFileText, sentence } from './file-io';
import { SandboxFormView } from './sandbox-form';
import {
  candidateFromForm,
  DEFAULT_SCENARIO,
  formFromScenario,
  sortProblems,
  type SandboxForm,
} from './scenario-form';
import { describeScenario, shareUrl } from './share-url';
import './sandbox-page.css';

interface Running {
  scenario: Scenario;
  store: SimulatorStore;
  /** Changes with every restart, so the stage below is built afresh for the new class. */
  version: number;
}

/** A message for the teacher: what happened, and the problems when something was refused. */
interface Notice {
  kind: 'ok' | 'error';
  text: string;
  problems?: readonly ShareProblem[];
}

/** A new store for `scenario` that keeps the old one's speed, words and play state; throws ScenarioError. */
function restart(scenario: unknown, previous: SimulatorStore | null): SimulatorStore {
  const old = previous?.getState();
  return createSimulatorStore(scenario as Scenario, {
    speed: old?.speed ?? 1,
    words: old?.words ?? 'classroom',
    playing: old?.playing ?? false,
  });
}

/** The address of this schema next to the app, for editors, when the app is served over http(s). */
function schemaUrl(): string | undefined {
  try {
    const url = new URL('scenario.schema.json', document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The sandbox: set up any class and watch it run beside the form. Every valid change restarts the class at
 * once; a value the engine refuses gets its message beside the field, and the last good class keeps running.
 */
export function SandboxPage({ initial = DEFAULT_SCENARIO }: { initial?: Scenario }) {
  const [form, setForm] = useState<SandboxForm>(() => formFromScenario(initial));
  const [running, setRunning] = useState<Running>(() => ({
    scenario: initial,
    store: restart(initial, null),
    version: 0,
  }));
  const [problems, setProblems] = useState<readonly ShareProblem[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [lessonId, setLessonId] = useState(COURSE[0]?.id ?? '');
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { notice: useId(), link: useId(), start: useId(), lesson: useId() };

  useEffect(() => {
    document.title = 'Sandbox · Kafka Classroom';
  }, []);

  /** Applies a scenario to the running class; returns the engine's problems, or [] when it runs. */
  const apply = (candidate: unknown): readonly ShareProblem[] => {
    try {
      const store = restart(candidate, running.store);
      setRunning({ scenario: candidate as Scenario, store, version: running.version + 1 });
      return [];
    } catch (e) {
      return problemsOf(e);
    }
  };

  const change = (next: SandboxForm): void => {
    setForm(next);
    setProblems(apply(candidateFromForm(next)));
    setLink(null);
  };

  const load = (scenario: Scenario, text: string): void => {
    const found = apply(scenario);
    if (found.length > 0) {
      setNotice({ kind: 'error', text: 'That class could not be loaded.', problems: found });
      return;
    }
    setForm(formFromScenario(scenario));
    setProblems([]);
    setLink(null);
    setNotice({ kind: 'ok', text });
  };

  const pending =
    problems.length > 0 ? ' (the running class: fix the marked fields to include your changes)' : '';

  const exportJson = (): void => {
    const url = schemaUrl();
    const file = url === undefined ? running.scenario : { $schema: url, ...running.scenario };
    downloadText('kafka-class.json', `${JSON.stringify(file, null, 2)}\n`);
    setNotice({ kind: 'ok', text: `Downloaded kafka-class.json${pending}.` });
  };

  const exportLesson = (): void => {
    const lesson = COURSE.find((l) => l.id === lessonId);
    const scenario = lesson ? findScenario(lesson.scenarioId)?.scenario : undefined;
    if (!lesson || !scenario) return;
    downloadText(`${lesson.id}.lesson.json`, `${JSON.stringify({ lesson, scenario }, null, 2)}\n`);
    setNotice({
      kind: 'ok',
      text: `Downloaded ${lesson.id}.lesson.json: change it into a lesson of your own, then open it with Import JSON.`,
    });
  };

  const copyLink = async (): Promise<void> => {
    const state = running.store.getState();
    let url: string;
    try {
      const encoded = encodeShare({
        v: 1,
        scenario: running.scenario,
        commands: state.recordedCommands().map(({ timeMs, command }) => ({ timeMs, command })),
        timeMs: state.snapshot.timeMs,
        words: state.words,
      });
      url = shareUrl(encoded);
    } catch (e) {
      setNotice({
        kind: 'error',
        text: sentence(isShareError(e) ? e.message : 'the link could not be made'),
      });
      return;
    }
    setLink(url);
    let copied = false;
    try {
      if (navigator.clipboard !== undefined) {
        await navigator.clipboard.writeText(url);
        copied = true;
      }
    } catch {
      copied = false;
    }
    setNotice({
      kind: 'ok',
      text: copied
        ? `Link copied to the clipboard${pending}. It opens this class at this moment, with the actions taken so far.`
        : `Copy the link from the field below${pending}: this browser did not let the page use the clipboard.`,
    });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const read = decodeClassFile(await readFileText(file), SHARE_CHECKS);
      if (read.kind === 'lesson') {
        const { lesson } = read.payload.lesson;
        const encoded = encodeShare({ v: 1, lesson, scenario: read.payload.scenario });
        setNotice({ kind: 'ok', text: `Opening the lesson "${lesson.title}"...` });
        window.location.hash = `#/share/${encoded}`;
        return;
      }
      const scenario = read.kind === 'scenario' ? read.scenario : read.payload.scenario;
      const actions = read.kind === 'class' ? read.payload.commands.length : 0;
      load(
        scenario,
        `Imported ${file.name}.` +
          (actions > 0
            ? ` Its ${actions} recorded actions are not replayed here: open it as a share link for that.`
            : ''),
      );
    } catch (e) {
      const error = isShareError(e) ? e : new ShareError('damaged', 'the file could not be read');
      const listed = error.problems.length > 0;
      // With a list of problems below, the message's own copy of them is left out.
      const headline = listed ? (error.message.split(': ')[0] ?? error.message) : error.message;
      setNotice({
        kind: 'error',
        text: `${file.name} was not imported. ${sentence(headline)}`,
        problems: listed ? error.problems : undefined,
      });
    }
  };

  const { byField, general } = sortProblems(problems, form);

  return (
    <div className="sandbox">
      <header className="sandbox__header">
        <a className="sandbox__home" href="#/">
          Kafka Classroom
        </a>
        <h1 className="sandbox__title">Sandbox</h1>
        <div className="sandbox__actions">
          <button type="button" className="sandbox__button" onClick={exportJson}>
            Export JSON
          </button>
          <button type="button" className="sandbox__button" onClick={() => fileRef.current?.click()}>
            Import JSON
          </button>
          <input
            ref={fileRef}
            className="visually-hidden"
            type="file"
            accept="application/json,.json"
            aria-label="Import JSON file"
            tabIndex={-1}
            onChange={(e) => void importFile(e)}
          />
          <button
            type="button"
            className="sandbox__button sandbox__button--primary"
            onClick={() => void copyLink()}
          >
            Copy share link
          </button>
        </div>
      </header>
      <div className="sandbox__body">
        <div className="sandbox__panel">
          <div className="sandbox__messages" aria-live="polite">
            {link !== null ? (
              <div className="sandbox__link">
                <label htmlFor={ids.link}>Share link</label>
                <input
                  id={ids.link}
                  type="text"
                  readOnly
                  value={link}
                  onFocus={(e) => e.currentTarget.select()}
                />
              </div>
            ) : null}
            {notice !== null ? (
              <div
                className={`sandbox__notice sandbox__notice--${notice.kind}`}
                role={notice.kind === 'error' ? 'alert' : 'status'}
              >
                <p>{notice.text}</p>
                {notice.problems && notice.problems.length > 0 ? (
                  <ul>
                    {notice.problems.slice(0, 50).map((p, i) => (
                      <li key={i}>{problemLine(p)}</li>
                    ))}
                    {notice.problems.length > 50 ? <li>...and {notice.problems.length - 50} more</li> : null}
                  </ul>
                ) : null}
              </div>
            ) : null}
          </div>
          <p className="sandbox__running" data-testid="sandbox-running">
            Running: {describeScenario(running.scenario)}
          </p>
          {problems.length > 0 ? (
            <div className="sandbox__pending" role="status">
              <p>
                {problems.length === 1 ? 'One value is' : `${problems.length} values are`} not accepted yet:
                the class keeps running the last good setup until the marked fields are fixed.
              </p>
              {general.length > 0 ? (
                <ul>
                  {general.map((p, i) => (
                    <li key={i}>{problemLine(p)}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <div className="sandbox__starts">
            <div className="sandbox-field">
              <label htmlFor={ids.start}>Start from a built-in class</label>
              <select
                id={ids.start}
                value=""
                onChange={(e) => {
                  const built = findScenario(e.currentTarget.value);
                  if (built) load(built.scenario, `Loaded "${built.title}".`);
                }}
              >
                <option value="">Choose a class...</option>
                {SCENARIOS.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="sandbox__button"
              onClick={() => load(DEFAULT_SCENARIO, 'Back to the first setup.')}
            >
              Start over
            </button>
          </div>
          <SandboxFormView form={form} errors={byField} onChange={change} />
          <section className="sandbox-section" aria-labelledby={ids.lesson}>
            <h2 id={ids.lesson}>Write a lesson</h2>
            <p className="sandbox__help">
              A lesson is a JSON file with a lesson (steps with captions, commands and conditions) and the
              scenario it runs on. Start from one of the course's lessons, change it, and open it with Import
              JSON.
            </p>
            <div className="sandbox__starts">
              <div className="sandbox-field">
                <label htmlFor={`${ids.lesson}-pick`}>Lesson to start from</label>
                <select
                  id={`${ids.lesson}-pick`}
                  value={lessonId}
                  onChange={(e) => setLessonId(e.currentTarget.value)}
                >
                  {COURSE.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.title}
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" className="sandbox__button" onClick={exportLesson}>
                Export lesson file
              </button>
            </div>
          </section>
        </div>
        <div className="sandbox__preview">
          <ClassStage key={running.version} store={running.store} />
        </div>
      </div>
    </div>
  );
}
