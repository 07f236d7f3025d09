import { formatCount } from '../../shared/format-number';
import { catalogue, type Voice } from '../../shared/lang';
import type { Kind } from '../../viz/overview';
import { word } from '../words';

/**
 * The overview's phrases (a class too large to draw note by note), in both languages and both
 * vocabularies. Numbers come formatted; ids (topics, groups) stay as they are.
 */
export const overviewMessages = catalogue({
  en: {
    stageName: {
      classroom: 'The classroom at a glance: every note-taking machine and study group, summed up',
      kafka: 'The cluster at a glance: every topic and consumer group, summed up',
    },
    teachers: { classroom: ['teacher', 'teachers'], kafka: ['producer', 'producers'] },
    shelves: { classroom: ['shelf', 'shelves'], kafka: ['partition', 'partitions'] },
    students: { classroom: ['student', 'students'], kafka: ['consumer', 'consumers'] },
    machines: { classroom: ['note-taking machine', 'note-taking machines'], kafka: ['topic', 'topics'] },
    groups: { classroom: ['study group', 'study groups'], kafka: ['consumer group', 'consumer groups'] },
    perShelf: { classroom: 'per shelf', kafka: 'per partition' },
    doing: { classroom: 'doing', kafka: 'state' },
    kept: { classroom: 'notes', kafka: 'records' },
    pages: (from: string, to: string) => ({
      classroom: `pages ${from} to ${to}`,
      kafka: `offsets ${from} to ${to}`,
    }),
    activity: {
      reading: { classroom: 'reading', kafka: 'processing' },
      idle: { classroom: 'caught up or no shelf', kafka: 'idle' },
      rebalancing: { classroom: 'waiting for the shelves', kafka: 'rebalancing' },
      asleep: { classroom: 'asleep', kafka: 'not polling' },
      crashed: { classroom: 'collapsed', kafka: 'crashed' },
    } satisfies Record<Kind, { classroom: string; kafka: string }>,
  },
  es: {
    stageName: {
      classroom: 'La clase de un vistazo: cada máquina de apuntes y cada grupo de estudio, resumidos',
      kafka: 'El clúster de un vistazo: cada topic y cada grupo de consumidores, resumidos',
    },
    teachers: { classroom: ['profesora', 'profesoras'], kafka: ['productor', 'productores'] },
    shelves: { classroom: ['estante', 'estantes'], kafka: ['partición', 'particiones'] },
    students: { classroom: ['estudiante', 'estudiantes'], kafka: ['consumidor', 'consumidores'] },
    machines: { classroom: ['máquina de apuntes', 'máquinas de apuntes'], kafka: ['topic', 'topics'] },
    groups: {
      classroom: ['grupo de estudio', 'grupos de estudio'],
      kafka: ['grupo de consumidores', 'grupos de consumidores'],
    },
    perShelf: { classroom: 'por estante', kafka: 'por partición' },
    doing: { classroom: 'qué hacen', kafka: 'estado' },
    kept: { classroom: 'apuntes', kafka: 'registros' },
    pages: (from: string, to: string) => ({
      classroom: `páginas ${from} a ${to}`,
      kafka: `offsets ${from} a ${to}`,
    }),
    activity: {
      reading: { classroom: 'leyendo', kafka: 'procesando' },
      idle: { classroom: 'al día o sin estante', kafka: 'inactivos' },
      rebalancing: { classroom: 'esperando los estantes', kafka: 'rebalanceando' },
      asleep: { classroom: 'durmiendo', kafka: 'sin hacer poll' },
      crashed: { classroom: 'desmayados', kafka: 'caídos' },
    } satisfies Record<Kind, { classroom: string; kafka: string }>,
  },
});

type Counted = 'teachers' | 'shelves' | 'students' | 'machines' | 'groups';

/** "16 teachers", "1 partition", "1.024 estantes". */
export function counted(voice: Voice, what: Counted, n: number): string {
  const [one, many] = overviewMessages(voice.lang)[what][voice.words];
  return `${formatCount(voice.lang, n)} ${n === 1 ? one : many}`;
}

/** "1,600 notes/s". */
export function rateOf(voice: Voice, perSec: number): string {
  return `${formatCount(voice.lang, perSec)} ${word(voice, perSec === 1 ? 'record' : 'records')}/s`;
}

/** "backlog 12,345", "lag 12.345". */
export function lagOf(voice: Voice, lag: number): string {
  return `${word(voice, 'lag')} ${formatCount(voice.lang, lag)}`;
}
