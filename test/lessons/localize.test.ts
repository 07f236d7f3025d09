import { describe, expect, it } from 'vitest';
import { COURSE } from '../../src/lessons/course';
import { LESSONS_ES } from '../../src/lessons/es';
import { LESSON_TITLES_ES, SCENARIO_TITLES_ES } from '../../src/lessons/es/titles';
import type { LessonStep } from '../../src/lessons/lesson';
import { localizeLesson } from '../../src/lessons/localize';
import { localizeScenario, localizeTitles } from '../../src/lessons/localize-titles';
import { SCENARIOS } from '../../src/lessons/scenarios';

/** Everything in a step that is not words: it must be the English lesson's own in every language. */
const behaviour = ({ words, commands, highlight, until, maxMs, expect: checks, question }: LessonStep) => ({
  words,
  commands,
  highlight,
  until,
  maxMs,
  expect: checks,
  answer: question?.answer,
});

/** Every string in a value, however deep. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(strings)
      : [];

/** Terms Spanish keeps as Kafka names them: config names, error codes, and the words engineers keep. */
const KEPT_TERMS = new Set([
  'lag',
  'auto.offset.reset = earliest',
  'auto.offset.reset = latest',
  'retention.ms, log start offset',
  'OFFSET_OUT_OF_RANGE, auto.offset.reset',
  'auto.commit.interval.ms',
  'session.timeout.ms',
  'member.id',
  'KafkaConsumer.close()',
  'enable.auto.commit',
  'acks=1',
  'acks=all, min.insync.replicas',
  'min.insync.replicas = 1',
  'NOT_ENOUGH_REPLICAS',
  'unclean.leader.election.enable',
  'delivery.timeout.ms',
]);

describe.each(COURSE.map((l) => [l.id, l] as const))('lesson %s in Spanish', (id, lesson) => {
  const text = LESSONS_ES[id];

  it('has a text for every English step, in order', () => {
    expect(text, `LESSONS_ES['${id}']`).toBeDefined();
    expect(text!.steps).toHaveLength(lesson.steps.length);
  });

  it('has a title and summary', () => {
    const titles = LESSON_TITLES_ES[id];
    expect(titles).toBeDefined();
    expect(titles!.title).not.toBe(lesson.title);
    expect(titles!.summary).not.toBe(lesson.summary);
  });

  it('mirrors each step: term, question and choices where the English has them', () => {
    lesson.steps.forEach((en, i) => {
      const es = text!.steps[i]!;
      const at = `${id} step ${i + 1}`;
      expect(es.term === undefined, `${at} term`).toBe(en.term === undefined);
      expect(es.question === undefined, `${at} question`).toBe(en.question === undefined);
      if (en.question) expect(es.question!.choices, `${at} choices`).toHaveLength(en.question.choices.length);
    });
  });

  it('has no empty text and no English left in the step texts', () => {
    lesson.steps.forEach((en, i) => {
      const es = text!.steps[i]!;
      const at = `${id} step ${i + 1}`;
      for (const s of strings(es)) expect(s.trim(), `${at} empty text`).not.toBe('');
      expect(es.title, `${at} title`).not.toBe(en.title);
      expect(es.caption, `${at} caption`).not.toBe(en.caption);
      expect(es.notes, `${at} notes`).not.toBe(en.notes);
      if (en.term && !KEPT_TERMS.has(en.term)) expect(es.term, `${at} term`).not.toBe(en.term);
      if (en.question) {
        const q = es.question!;
        expect(q.prompt, `${at} prompt`).not.toBe(en.question.prompt);
        expect(q.explanation, `${at} explanation`).not.toBe(en.question.explanation);
        q.choices.forEach((c, j) => expect(c, `${at} choice ${j + 1}`).not.toBe(en.question!.choices[j]));
      }
    });
  });

  it('localizes words only: the run, its checks and the answers are the English lesson’s', () => {
    const es = localizeLesson(lesson, 'es');
    expect(es.id).toBe(lesson.id);
    expect(es.scenarioId).toBe(lesson.scenarioId);
    expect(es.title).toBe(LESSON_TITLES_ES[id]!.title);
    expect(es.steps.map(behaviour)).toEqual(lesson.steps.map(behaviour));
    es.steps.forEach((step, i) => {
      expect(step.caption).toBe(text!.steps[i]!.caption);
      expect(step.question?.choices).toEqual(text!.steps[i]!.question?.choices);
    });
  });

  it('leaves the English lesson as it is', () => {
    expect(localizeLesson(lesson, 'en')).toEqual(lesson);
    expect(localizeTitles(lesson, 'en')).toEqual(lesson);
  });
});

describe('built-in classes in Spanish', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s has a Spanish title and summary', (id, builtIn) => {
    const titles = SCENARIO_TITLES_ES[id];
    expect(titles, `SCENARIO_TITLES_ES['${id}']`).toBeDefined();
    expect(titles!.title.trim()).not.toBe('');
    expect(titles!.summary.trim()).not.toBe('');
    expect(titles!.title).not.toBe(builtIn.title);
    expect(titles!.summary).not.toBe(builtIn.summary);
    const es = localizeScenario(builtIn, 'es');
    expect(es).toEqual({ ...builtIn, ...titles });
    expect(es.scenario).toBe(builtIn.scenario);
    expect(localizeScenario(builtIn, 'en')).toEqual(builtIn);
  });

  it('has no texts for lessons or classes that do not exist', () => {
    expect(Object.keys(LESSONS_ES).sort()).toEqual(COURSE.map((l) => l.id).sort());
    expect(Object.keys(LESSON_TITLES_ES).sort()).toEqual(COURSE.map((l) => l.id).sort());
    expect(Object.keys(SCENARIO_TITLES_ES).sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
  });
});
