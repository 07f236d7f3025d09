import { formatCount, formatDecimal } from '../../shared/format-number';
import { catalogue, type Voice } from '../../shared/lang';
import { word } from '../words';

/**
 * The stage furniture's phrases that labels.ts has no function for: accessible names of the machine, its
 * shelves and the teacher, the legend, and the "Save picture" buttons. Ids (topics, students) are data and
 * stay as they are.
 */
export const stageMessages = catalogue({
  en: {
    legendTitle: { classroom: 'Subjects', kafka: 'Keys' },
    legendMore: (n: string) => `+${n} more`,
    nobodyReading: 'nobody reading yet',
    /** Under a machine presenter mode left off the stage. */
    notDrawn: 'not drawn here',
    partitions: { classroom: 'shelves', kafka: 'partitions' },
    /** "shelf 0 of the note-taking machine notes". */
    shelfOf: (shelf: string, machine: string, topic: string) => `${shelf} of the ${machine} ${topic}`,
    sent: (n: string, records: string) => `${n} ${records} sent`,
    thrownAway: { classroom: 'thrown away', kafka: 'thrown away' },
    savePicture: 'Save picture',
    saveSvg: 'as SVG',
    problems: {
      empty: 'the stage has no picture to save',
      draw: 'this browser cannot draw a picture',
      png: 'this browser cannot make a PNG',
    },
    failed: (detail: string) => detail,
  },
  es: {
    legendTitle: { classroom: 'Asignaturas', kafka: 'Claves' },
    legendMore: (n: string) => `+${n} más`,
    nobodyReading: 'nadie lee todavía',
    notDrawn: 'no se dibuja aquí',
    partitions: { classroom: 'estantes', kafka: 'particiones' },
    shelfOf: (shelf: string, machine: string, topic: string) => `${shelf} de la ${machine} ${topic}`,
    sent: (n: string, records: string) => `${n} ${records} enviados`,
    thrownAway: { classroom: 'tirados', kafka: 'borrados' },
    savePicture: 'Guardar imagen',
    saveSvg: 'como SVG',
    problems: {
      empty: 'el escenario no tiene ninguna imagen que guardar',
      draw: 'este navegador no puede dibujar la imagen',
      png: 'este navegador no puede crear un PNG',
    },
    failed: (detail: string) => `no se pudo guardar la imagen (${detail})`,
  },
});

/** A machine's accessible name: "note-taking machine notes, 3 shelves"; "topic notes, 1 partition". */
export function machineName(voice: Voice, topic: string, partitions: number): string {
  const what =
    partitions === 1 ? word(voice, 'partition') : stageMessages(voice.lang).partitions[voice.words];
  return `${word(voice, 'topic')} ${topic}, ${formatCount(voice.lang, partitions)} ${what}`;
}

/** A shelf's accessible name: "partition notes-0"; "shelf 0 of the note-taking machine notes". */
export function shelfA11yName(voice: Voice, name: string, topic: string): string {
  if (voice.words === 'kafka') return `${word(voice, 'partition')} ${name}`;
  return stageMessages(voice.lang).shelfOf(name, word(voice, 'topic'), topic);
}

/** What the teacher has said so far: "120 notes sent". */
export function sentLabel(voice: Voice, sent: number): string {
  return stageMessages(voice.lang).sent(formatCount(voice.lang, sent), word(voice, 'records'));
}

/** What retention just removed from a shelf: "12 notes thrown away"; "12 apuntes tirados". */
export function thrownAwayLabel(voice: Voice, count: number): string {
  const suffix = stageMessages(voice.lang).thrownAway[voice.words];
  return `${formatCount(voice.lang, count)} ${word(voice, 'records')} ${suffix}`;
}

/** A rate with the unit dropped, for compact desks: "0.25/s"; "0,25/s". */
export function shortRateLabel(voice: Voice, perSec: number): string {
  return `${formatDecimal(voice.lang, perSec, 2)}/s`;
}
