import { catalogue } from '../shared/lang';
import type { Source } from './share';

/**
 * The refusals the session makes itself while opening a link or a file: a class too heavy to replay, an
 * action the engine refused, a file too big or in an unknown encoding, and a lesson file's shape. The
 * engine's own problems stay in English and are shown marked as such.
 */

const NOUN_ES: Record<Source, string> = { 'the link': 'enlace', 'the file': 'archivo' };

/** The kinds of binary file file-encoding.ts names, in Spanish. */
const BINARY_ES: Record<string, string> = {
  'a PNG picture': 'una imagen PNG',
  'a JPEG picture': 'una imagen JPEG',
  'a GIF picture': 'una imagen GIF',
  'a PDF document': 'un documento PDF',
  'a ZIP archive (or a Word, Excel or OpenDocument file)':
    'un archivo ZIP (o un documento de Word, Excel u OpenDocument)',
  'a gzip archive': 'un archivo gzip',
  'binary data': 'datos binarios',
};

/** What a lesson file's part must be an object describing. */
export type Part = 'subject' | 'condition' | 'question' | 'step' | 'lesson';

const PART_EN: Record<Part, string> = {
  subject: 'something on the stage',
  condition: 'a condition',
  question: 'a question',
  step: 'a step',
  lesson: 'a lesson',
};
const PART_ES: Record<Part, string> = {
  subject: 'algo del escenario',
  condition: 'una condición',
  question: 'una pregunta',
  step: 'un paso',
  lesson: 'una lección',
};

const quoted = (names: readonly string[], or: string): string => {
  const q = names.map((n) => `"${n}"`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} ${or} ${q[q.length - 1]!}`;
};

export const messages = catalogue({
  en: {
    // Refusals made while opening a link or a file.
    tooMuchWork: (w: Source, clock: string, seconds: string, max: string) =>
      `${w} would take too long to open: replaying ${clock} of this class is about ${seconds} s of work for a classroom laptop, and this page spends at most ${max} s of such work opening a class`,
    lessonTooHeavy: (seconds: string, max: string) =>
      `would take too long to run (about ${seconds} s of work for a classroom laptop; at most ${max} s)`,
    lessonRefused: (detail: string) => `a command was refused when the lesson ran: ${detail}`,
    actionRefused: (w: Source, i: string, n: string, clock: string, refusal: string) =>
      `${w}'s action ${i} of ${n} (at ${clock}) was refused: ${refusal}`,
    fileTooBig: (size: string) => `the file is too big (${size}): a class or lesson file holds at most 1 MB`,
    fileEncoding: (encoding: string) =>
      `the file is written in ${encoding}, which this page does not read: save it as UTF-8 (or UTF-16) and choose it again`,
    fileBinary: (kind: string) =>
      `the file is not text but ${kind}: a class or lesson file is JSON text, as Export JSON writes it`,
    // A lesson file's shape.
    required: 'is required',
    text: (min: number, max: string) => `must be text of ${min} to ${max} characters`,
    id: 'must be 1 to 40 characters from a-z, A-Z, 0-9, ".", "_" and "-"',
    whole: (min: string, max: string) => `must be a whole number from ${min} to ${max}`,
    oneOf: (names: readonly string[]) => `must be ${quoted(names, 'or')}`,
    list: 'must be a list',
    listLength: (min: number, max: number, n: number) => `must list ${min} to ${max} entries (it lists ${n})`,
    object: (part: Part) => `must be an object describing ${PART_EN[part]}`,
    atMost: 'or atLeast is required: say how much backlog to wait for',
    until: 'is required: say how far the step runs',
    lessonShape: 'the lesson must be an object with an id, a title and steps',
    lessonTooLong: (max: number, n: number) =>
      `may run at most ${max} simulated minutes in all (these steps may run ${n}): shorten maxMs or elapsed times`,
  },
  es: {
    tooMuchWork: (w, clock, seconds, max) =>
      `el ${NOUN_ES[w]} tardaría demasiado en abrirse: reproducir ${clock} de esta clase supone unos ${seconds} s de trabajo para un portátil de aula, y esta página dedica como mucho ${max} s de ese trabajo a abrir una clase`,
    lessonTooHeavy: (seconds, max) =>
      `tardaría demasiado en ejecutarse (unos ${seconds} s de trabajo para un portátil de aula; como mucho ${max} s)`,
    lessonRefused: (detail) => `se rechazó una orden al ejecutar la lección: ${detail}`,
    actionRefused: (w, i, n, clock, refusal) =>
      `la acción ${i} de ${n} del ${NOUN_ES[w]} (en ${clock}) fue rechazada: ${refusal}`,
    fileEncoding: (encoding) =>
      `el archivo está escrito en ${encoding}, que esta página no lee: guárdalo como UTF-8 (o UTF-16) y vuelve a elegirlo`,
    fileBinary: (kind) =>
      `el archivo no es texto sino ${BINARY_ES[kind] ?? 'datos binarios'}: un archivo de clase o de lección es texto JSON, como lo escribe Exportar JSON`,
    fileTooBig: (size) =>
      `el archivo es demasiado grande (${size}): un archivo de clase o de lección ocupa como mucho 1 MB`,
    required: 'es obligatorio',
    text: (min, max) => `debe ser un texto de ${min} a ${max} caracteres`,
    id: 'debe tener de 1 a 40 caracteres entre a-z, A-Z, 0-9, ".", "_" y "-"',
    whole: (min, max) => `debe ser un número entero de ${min} a ${max}`,
    oneOf: (names) => `debe ser ${quoted(names, 'o')}`,
    list: 'debe ser una lista',
    listLength: (min, max, n) => `debe tener de ${min} a ${max} elementos (tiene ${n})`,
    object: (part) => `debe ser un objeto que describa ${PART_ES[part]}`,
    atMost: 'o atLeast es obligatorio: di cuánto retraso hay que esperar',
    until: 'es obligatorio: di hasta dónde llega el paso',
    lessonShape: 'la lección debe ser un objeto con id, title y steps',
    lessonTooLong: (max, n) =>
      `puede durar como mucho ${max} minutos simulados en total (estos pasos pueden durar ${n}): acorta maxMs o los tiempos de elapsed`,
  },
});
