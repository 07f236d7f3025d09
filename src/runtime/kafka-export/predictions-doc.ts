/**
 * The simulator's predictions for an exported class, as a page to read (PREDICTIONS-<class>.md) and as
 * data (predictions-<class>.json) that the Kafka suite checks against a real broker.
 */
import type { ClassPrediction, PredictedCheckpoint } from './predict-class';
import { formatDecimal } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import type { ClassToExport } from './class-to-export';
import { exportText, headingTerm, shortTerm, term } from './export-text';

/** The file's format, for readers of the JSON. */
export const PREDICTIONS_FORMAT = 1;

export interface PredictionsFile extends ClassPrediction {
  readonly format: typeof PREDICTIONS_FORMAT;
  readonly class: string;
  readonly title: string;
  /** The stated tolerance: how far a group's lag on Kafka may be from the prediction, in records. */
  readonly lagToleranceRecords: number;
}

/** The page shows the offsets every this many ms (the JSON has every second). */
const PAGE_EVERY_MS = 5000;

const seconds = (voice: Voice, ms: number): string => formatDecimal(voice.lang, ms / 1000, 1);

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function offsetsTable(voice: Voice, group: string, checkpoints: readonly PredictedCheckpoint[]): string {
  const m = exportText(voice.lang);
  const shown = checkpoints.filter((c) => c.atMs % PAGE_EVERY_MS === 0);
  const partitions = new Set<string>();
  for (const c of shown) {
    const g = c.groups.find((x) => x.group === group);
    for (const tp of Object.keys(g?.lag ?? {})) partitions.add(tp);
  }
  const tps = [...partitions].sort();
  const head = [
    m.at,
    ...tps.map((tp) => `${tp}: ${shortTerm(voice, 'committed')} / ${shortTerm(voice, 'lag')}`),
  ];
  head.push(`${shortTerm(voice, 'lag')} (${m.total})`);
  const rows = shown.flatMap((c) => {
    const g = c.groups.find((x) => x.group === group);
    if (!g) return [];
    const cells = tps.map((tp) => `${g.committed[tp] ?? m.noCommit} / ${g.lag[tp] ?? 0}`);
    return [[seconds(voice, c.atMs), ...cells, String(g.totalLag)]];
  });
  return table(head, rows);
}

export function predictionsFile(
  cls: ClassToExport,
  prediction: ClassPrediction,
  tolerance: number,
): PredictionsFile {
  return {
    format: PREDICTIONS_FORMAT,
    class: cls.name,
    title: cls.title,
    lagToleranceRecords: tolerance,
    ...prediction,
  };
}

export function predictionsPage(voice: Voice, file: PredictionsFile): string {
  const m = exportText(voice.lang);
  const out: string[] = [
    `# ${m.predictionsTitle(file.title)}`,
    '',
    m.predictionsIntro(seconds(voice, file.untilMs)),
  ];
  out.push(
    '',
    `## ${m.whereKeysLand(term(voice, 'key'), term(voice, 'partition'))}`,
    '',
    m.whereKeysLandNote,
    '',
  );
  if (file.placements.length > 0) {
    out.push(
      table(
        [term(voice, 'topic'), term(voice, 'key'), term(voice, 'partition'), m.writtenBy],
        file.placements.map((p) => [p.topic, p.key, String(p.partition), p.writers.join(', ')]),
      ),
    );
  } else out.push(m.noKeys);
  for (const u of file.unkeyed) out.push('', m.unkeyed(u.producer, u.topic));

  out.push('', `## ${headingTerm(voice, 'assignments')}`, '', m.assignmentsNote);
  const groups = [...new Set(file.generations.map((g) => g.group))];
  for (const group of groups) {
    out.push('', `### ${m.groupHeading(shortTerm(voice, 'group'), group)}`, '');
    const rows = file.generations
      .filter((g) => g.group === group)
      .map((g) => [
        String(g.generation),
        seconds(voice, g.atMs),
        Object.entries(g.byMember)
          .map(([member, tps]) => `${member}: ${tps.length > 0 ? tps.join(', ') : m.nobody}`)
          .join('; '),
      ]);
    out.push(table([term(voice, 'generation'), m.at, term(voice, 'member')], rows));
  }

  out.push('', `## ${m.offsetsHeading(headingTerm(voice, 'committed'), term(voice, 'lag'))}`, '');
  out.push(m.offsetsNote(String(file.lagToleranceRecords)));
  const offsetGroups = [...new Set(file.checkpoints.flatMap((c) => c.groups.map((g) => g.group)))];
  for (const group of offsetGroups) {
    out.push(
      '',
      `### ${m.groupHeading(shortTerm(voice, 'group'), group)}`,
      '',
      offsetsTable(voice, group, file.checkpoints),
    );
  }
  return `${out.join('\n')}\n`;
}
