/**
 * The shape of a lesson written by a teacher as a file: steps with captions, known condition kinds, subjects
 * and questions, within sizes a classroom laptop handles. Its commands are checked afterwards by running the
 * lesson headless (see engine-checks.ts). Returns a fresh copy holding only known fields.
 */

import type { Condition, Lesson, LessonStep, Prediction, Subject } from '../lessons/lesson';
import { formatCount } from '../shared/format-number';
import type { Words } from '../shared/words-mode';
import type { Checked, ShareProblem } from './share';
import { isPlainObject, localProblem } from './share';
import { readCondition } from './lesson-condition-file';
import { COMMAND_SHAPE, LESSON_LIMITS, Reader, say } from './lesson-file-reader';

export { LESSON_LIMITS };

const SUBJECT_KINDS: Record<Subject['kind'], true> = {
  producer: true,
  topic: true,
  partition: true,
  group: true,
  member: true,
};
const WORDS: Record<Words, true> = { classroom: true, kafka: true };

function readSubject(out: ShareProblem[], value: unknown, path: string): Subject | undefined {
  const r = Reader.object(out, value, path, 'subject');
  if (!r) return undefined;
  const before = out.length;
  const kind = r.choice('kind', SUBJECT_KINDS, true);
  switch (kind) {
    case undefined:
      return undefined;
    case 'producer': {
      r.only(['kind', 'id']);
      const id = r.id('id', true);
      return id !== undefined && out.length === before ? { kind, id } : undefined;
    }
    case 'topic': {
      r.only(['kind', 'topic']);
      const topic = r.id('topic', true);
      return topic !== undefined && out.length === before ? { kind, topic } : undefined;
    }
    case 'partition': {
      r.only(['kind', 'topic', 'partition']);
      const topic = r.id('topic', true);
      const partition = r.whole('partition', 0, 63, true);
      return topic !== undefined && partition !== undefined && out.length === before
        ? { kind, topic, partition }
        : undefined;
    }
    case 'group': {
      r.only(['kind', 'group']);
      const group = r.id('group', true);
      return group !== undefined && out.length === before ? { kind, group } : undefined;
    }
    case 'member': {
      r.only(['kind', 'group', 'member']);
      const group = r.id('group', true);
      const member = r.id('member', true);
      return group !== undefined && member !== undefined && out.length === before
        ? { kind, group, member }
        : undefined;
    }
  }
}

function readQuestion(out: ShareProblem[], value: unknown, path: string): Prediction | undefined {
  const r = Reader.object(out, value, path, 'question');
  if (!r) return undefined;
  const before = out.length;
  r.only(['prompt', 'choices', 'answer', 'explanation']);
  const prompt = r.text('prompt', LESSON_LIMITS.prompt, true);
  const list = r.list('choices', 2, LESSON_LIMITS.choices, true);
  const choices: string[] = [];
  list?.forEach((choice, i) => {
    if (typeof choice !== 'string' || choice.trim() === '' || choice.length > LESSON_LIMITS.choice) {
      out.push(
        localProblem(
          `${r.at('choices')}[${i}]`,
          say((m, l) => m.text(1, formatCount(l, LESSON_LIMITS.choice))),
        ),
      );
    } else choices.push(choice);
  });
  const answer = r.whole('answer', 0, Math.max(0, (list?.length ?? LESSON_LIMITS.choices) - 1), true);
  const explanation = r.text('explanation', LESSON_LIMITS.explanation, false) ?? '';
  if (out.length !== before || prompt === undefined || answer === undefined) return undefined;
  return { prompt, choices, answer, explanation };
}

const STEP_FIELDS = [
  'title',
  'caption',
  'term',
  'notes',
  'words',
  'commands',
  'highlight',
  'until',
  'maxMs',
  'question',
  'expect',
];

function readStep(out: ShareProblem[], value: unknown, path: string): { step?: LessonStep; ms: number } {
  const r = Reader.object(out, value, path, 'step');
  if (!r) return { ms: 0 };
  const before = out.length;
  r.only(STEP_FIELDS);
  const title = r.text('title', LESSON_LIMITS.title, true);
  const caption = r.text('caption', LESSON_LIMITS.caption, true);
  const term = r.text('term', LESSON_LIMITS.term, false);
  const notes = r.text('notes', LESSON_LIMITS.notes, false) ?? '';
  const words = r.choice('words', WORDS, false);
  // Commands keep their shape here: the engine checks each one when the lesson runs headless.
  const commands = r.list('commands', 0, LESSON_LIMITS.commandsPerStep, false);
  commands?.forEach((c, i) => {
    if (!isPlainObject(c)) out.push(localProblem(`${r.at('commands')}[${i}]`, COMMAND_SHAPE));
  });
  const highlight = r
    .list('highlight', 0, LESSON_LIMITS.highlights, false)
    ?.map((s, i) => readSubject(out, s, `${r.at('highlight')}[${i}]`));
  const until = r.get('until') === undefined ? undefined : readCondition(out, r.get('until'), r.at('until'));
  if (r.get('until') === undefined)
    r.problem(
      'until',
      say((m) => m.until),
    );
  const maxMs = r.whole('maxMs', 1, LESSON_LIMITS.stepMs, false);
  const question =
    r.get('question') === undefined ? undefined : readQuestion(out, r.get('question'), r.at('question'));
  const expect = r
    .list('expect', 0, LESSON_LIMITS.expectations, false)
    ?.map((c, i) => readCondition(out, c, `${r.at('expect')}[${i}]`));
  const ms = until?.kind === 'elapsed' ? until.ms : (maxMs ?? 60_000);
  if (out.length !== before || title === undefined || caption === undefined || until === undefined)
    return { ms };
  const step: LessonStep = { title, caption, notes, until };
  if (term !== undefined) step.term = term;
  if (words !== undefined) step.words = words;
  if (commands !== undefined) step.commands = commands as LessonStep['commands'];
  if (highlight !== undefined) step.highlight = highlight as Subject[];
  if (maxMs !== undefined) step.maxMs = maxMs;
  if (question !== undefined) step.question = question;
  if (expect !== undefined) step.expect = expect as Condition[];
  return { step, ms };
}

/** Checks a lesson's shape (not yet its commands). */
export function readLessonShape(input: unknown): Checked<Lesson> {
  const out: ShareProblem[] = [];
  const r = Reader.object(out, input, '', 'lesson');
  if (!r)
    return {
      ok: false,
      problems: [
        localProblem(
          '',
          say((m) => m.lessonShape),
        ),
      ],
    };
  r.only(['id', 'title', 'summary', 'scenarioId', 'steps']);
  const id = r.id('id', true);
  const title = r.text('title', LESSON_LIMITS.title, true);
  const summary = r.text('summary', LESSON_LIMITS.summary, false) ?? '';
  const scenarioId = r.id('scenarioId', false) ?? 'custom';
  const list = r.list('steps', 1, LESSON_LIMITS.steps, true);
  const steps: LessonStep[] = [];
  let totalMs = 0;
  list?.forEach((s, i) => {
    const { step, ms } = readStep(out, s, `steps[${i}]`);
    totalMs += ms;
    if (step) steps.push(step);
  });
  if (totalMs > LESSON_LIMITS.lessonMs) {
    const minutes = Math.ceil(totalMs / 60_000);
    out.push(
      localProblem(
        'steps',
        say((m) => m.lessonTooLong(LESSON_LIMITS.lessonMs / 60_000, minutes)),
      ),
    );
  }
  if (out.length > 0 || id === undefined || title === undefined) return { ok: false, problems: out };
  return { ok: true, value: { id, title, summary, scenarioId, steps } };
}
