import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { Scenario } from '../../engine';
import { COURSE } from '../../lessons/course';
import { SANDBOX_SCENARIO } from '../../lessons/presets';
import { localizeLesson } from '../../lessons/localize';
import { localizeScenario, localizeTitles } from '../../lessons/localize-titles';
import { findScenario, SCENARIOS } from '../../lessons/scenarios';
import { formatCount } from '../../shared/format-number';
import type { Lang } from '../../shared/lang';
import {
  decodeClassFile,
  encodeShare,
  isShareError,
  ShareError,
  shareText,
  type ShareProblem,
} from '../../session/share';
import { useLang } from '../../store/prefs';
import { createSimulatorStore, type SimulatorStore } from '../../store/simulator-store';
import { PagePrefs } from '../../views/controls/page-prefs';
import { APP_NAME } from '../../views/class/messages';
import { ClassStage } from '../../views/class/class-stage';
import { SHARE_CHECKS } from '../../session/open-shared';
import { openingRefusal } from '../../session/class-opening';
import { startClass } from '../../session/start-class';
import { downloadText, readFileText } from '../../session/file-io';
import { messages } from './messages';
import { headline, ProblemList } from './problem-list';
import { SandboxFormView } from './sandbox-form';
import { candidateFromForm, formFromScenario, sortProblems, type SandboxForm } from './scenario-form';
import { ClassSummary } from './class-summary';
import { shareUrl } from './share-url';
import { RunOnKafkaButton } from '../../views/export/run-on-kafka-button';
import { Button } from '../../views/ui/button';
import { Choice } from '../../views/ui/field';
import './page-frame.css';
import './sandbox-page.css';

interface Running {
  scenario: Scenario;
  store: SimulatorStore;
  /** Changes with every restart, so the stage below is built afresh for the new class. */
  version: number;
}

/**
 * A message for the teacher: what happened, and the problems when something was refused. Its text is
 * written when shown, so it follows a change of language.
 */
interface Notice {
  kind: 'ok' | 'error';
  text: (lang: Lang) => ReactNode;
  problems?: readonly ShareProblem[];
  /** Shown beside the Copy share link button, where the user is looking, rather than in the panel. */
  nearShare?: boolean;
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
export function SandboxPage({ initial = SANDBOX_SCENARIO }: { initial?: Scenario }) {
  const [form, setForm] = useState<SandboxForm>(() => formFromScenario(initial));
  const [running, setRunning] = useState<Running>(() => ({
    scenario: initial,
    store: createSimulatorStore(initial, { speed: 1, words: 'classroom', playing: false }),
    version: 0,
  }));
  const [problems, setProblems] = useState<readonly ShareProblem[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [lessonId, setLessonId] = useState(COURSE[0]?.id ?? '');
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { notice: useId(), link: useId(), lesson: useId(), title: useId() };
  const lang = useLang();
  const m = messages(lang);

  useEffect(() => {
    document.title = `${m.sandbox} · ${APP_NAME}`;
  }, [m.sandbox]);

  /** Applies a scenario to the running class; returns the engine's problems, or [] when it runs. */
  const apply = (candidate: unknown): readonly ShareProblem[] => {
    const started = startClass(candidate, running.store);
    if (!started.ok) return started.problems;
    setRunning({ scenario: started.scenario, store: started.store, version: running.version + 1 });
    return [];
  };

  const change = (next: SandboxForm): void => {
    setForm(next);
    setProblems(apply(candidateFromForm(next)));
    setLink(null);
  };

  const load = (scenario: Scenario, text: Notice['text']): void => {
    const found = apply(scenario);
    if (found.length > 0) {
      setNotice({ kind: 'error', text: (l) => messages(l).notLoaded, problems: found });
      return;
    }
    setForm(formFromScenario(scenario));
    setProblems([]);
    setLink(null);
    setNotice({ kind: 'ok', text });
  };

  const pending = (l: Lang): string => (problems.length > 0 ? messages(l).pending : '');

  const exportJson = (): void => {
    const url = schemaUrl();
    const file = url === undefined ? running.scenario : { $schema: url, ...running.scenario };
    downloadText('kafka-class.json', `${JSON.stringify(file, null, 2)}\n`);
    setNotice({ kind: 'ok', text: (l) => messages(l).downloaded('kafka-class.json', pending(l)) });
  };

  const exportLesson = (): void => {
    const course = COURSE.find((l) => l.id === lessonId);
    const scenario = course ? findScenario(course.scenarioId)?.scenario : undefined;
    if (!course || !scenario) return;
    // The lesson in the teacher's language: she starts her own from words she can use.
    const lesson = localizeLesson(course, lang);
    const name = `${lesson.id}.lesson.json`;
    downloadText(name, `${JSON.stringify({ lesson, scenario }, null, 2)}\n`);
    setNotice({ kind: 'ok', text: (l) => messages(l).downloadedLesson(name) });
  };

  const copyLink = async (): Promise<void> => {
    const state = running.store.getState();
    let url: string;
    let refused: ShareError | null;
    try {
      const payload = {
        v: 1 as const,
        scenario: running.scenario,
        commands: state.recordedCommands().map(({ timeMs, command }) => ({ timeMs, command })),
        timeMs: state.snapshot.timeMs,
        words: state.words,
      };
      url = shareUrl(encodeShare(payload));
      // A link its page would refuse is still made (an earlier moment may be cut from it by hand), but
      // the teacher is told now, not in front of the class.
      refused = openingRefusal(payload);
    } catch (e) {
      const error = isShareError(e) ? e : new ShareError('shape', (l) => messages(l).linkNotMade);
      setNotice({ kind: 'error', text: (l) => headline(l, error, false), nearShare: true });
      return;
    }
    setLink(url);
    if (refused !== null) {
      const error = refused;
      setNotice({
        kind: 'error',
        text: (l) => (
          <>
            {messages(l).linkWillBeRefused}
            {headline(l, error, false)}
          </>
        ),
        nearShare: true,
      });
      return;
    }
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
      text: (l) => (copied ? messages(l).copied(pending(l)) : messages(l).copyByHand(pending(l))),
      nearShare: true,
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
        // Planned and replayed by the page that opens it, in slices with progress and Cancel.
        const { lesson } = read.payload;
        const encoded = encodeShare({ v: 1, lesson, scenario: read.payload.scenario });
        setNotice({ kind: 'ok', text: (l) => messages(l).openingLesson(lesson.title) });
        window.location.hash = `#/share/${encoded}`;
        return;
      }
      const scenario = read.kind === 'scenario' ? read.scenario : read.payload.scenario;
      const actions = read.kind === 'class' ? read.payload.commands.length : 0;
      load(
        scenario,
        (l) =>
          messages(l).imported(file.name) +
          (actions > 0 ? messages(l).notReplayed(formatCount(l, actions)) : ''),
      );
    } catch (e) {
      const error = isShareError(e)
        ? e
        : new ShareError('damaged', (l) => shareText(l).unreadable('the file'));
      const listed = error.problems.length > 0;
      setNotice({
        kind: 'error',
        text: (l) => (
          <>
            {messages(l).notImported(file.name)}
            {headline(l, error, listed)}
          </>
        ),
        problems: listed ? error.problems : undefined,
      });
    }
  };

  const { byField, general } = sortProblems(problems, form, m.entry);

  return (
    <div className="page-frame sandbox">
      <header className="page-frame__header">
        <a className="page-frame__home" href="#/">
          {APP_NAME}
        </a>
        <h1 className="page-frame__title" id={ids.title}>
          {m.sandbox}
        </h1>
        <div className="sandbox__actions">
          <PagePrefs />
          <Button onClick={exportJson}>{m.exportJson}</Button>
          <Button onClick={() => fileRef.current?.click()}>{m.importJson}</Button>
          <input
            ref={fileRef}
            className="visually-hidden"
            type="file"
            accept="application/json,.json"
            aria-label={m.importFile}
            tabIndex={-1}
            onChange={(e) => void importFile(e)}
          />
          <div className="sandbox__share">
            <Button variant="primary" onClick={() => void copyLink()}>
              {m.copyLink}
            </Button>
            <div className="sandbox__share-pop" aria-live="polite">
              {link !== null ? (
                <div className="sandbox__link">
                  <label htmlFor={ids.link}>{m.shareLink}</label>
                  <input
                    id={ids.link}
                    className="input"
                    type="text"
                    readOnly
                    value={link}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                </div>
              ) : null}
              {notice?.nearShare ? <NoticeView notice={notice} lang={lang} /> : null}
              {link !== null || notice?.nearShare ? (
                <Button
                  onClick={() => {
                    setLink(null);
                    setNotice(null);
                  }}
                >
                  {m.closeShare}
                </Button>
              ) : null}
            </div>
          </div>
          <RunOnKafkaButton
            store={running.store}
            scenario={running.scenario}
            name="sandbox-class"
            title={m.sandbox}
          />
        </div>
      </header>
      <main className="sandbox__body" aria-labelledby={ids.title}>
        <div className="sandbox__panel">
          <div className="sandbox__messages" aria-live="polite">
            {notice !== null && !notice.nearShare ? <NoticeView notice={notice} lang={lang} /> : null}
          </div>
          <p className="sandbox__running" data-testid="sandbox-running">
            {m.running}
            <ClassSummary store={running.store} scenario={running.scenario} />
          </p>
          {problems.length > 0 ? (
            <div className="sandbox__pending" role="status">
              <p>{m.notAccepted(problems.length, formatCount(lang, problems.length))}</p>
              {general.length > 0 ? <ProblemList problems={general} /> : null}
            </div>
          ) : null}
          <div className="sandbox__starts">
            <Choice
              label={m.startFrom}
              value=""
              options={[
                { value: '', label: m.chooseClass },
                ...SCENARIOS.map((s) => ({ value: s.id, label: localizeScenario(s, lang).title })),
              ]}
              onChange={(id) => {
                const built = findScenario(id);
                if (built) load(built.scenario, (l) => messages(l).loaded(localizeScenario(built, l).title));
              }}
            />
            <Button onClick={() => load(SANDBOX_SCENARIO, (l) => messages(l).backToFirst)}>
              {m.startOver}
            </Button>
          </div>
          <SandboxFormView form={form} errors={byField} onChange={change} />
          <section className="sandbox-section" aria-labelledby={ids.lesson}>
            <h2 id={ids.lesson}>{m.writeLesson}</h2>
            <p className="sandbox__help">{m.lessonHelp}</p>
            <div className="sandbox__starts">
              <Choice
                label={m.lessonToStart}
                value={lessonId}
                options={COURSE.map((l) => ({ value: l.id, label: localizeTitles(l, lang).title }))}
                onChange={setLessonId}
              />
              <Button onClick={exportLesson}>{m.exportLesson}</Button>
            </div>
          </section>
        </div>
        <div className="sandbox__preview">
          <ClassStage key={running.version} store={running.store} pictureKey="sandbox" />
        </div>
      </main>
    </div>
  );
}

/** A message about what was just done: a status, or an alert when it failed. */
function NoticeView({ notice, lang }: { notice: Notice; lang: Lang }) {
  return (
    <div
      className={`sandbox__notice sandbox__notice--${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <p>{notice.text(lang)}</p>
      {notice.problems && notice.problems.length > 0 ? <ProblemList problems={notice.problems} /> : null}
    </div>
  );
}
