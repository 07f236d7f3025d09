import { catalogue } from '../../shared/lang';
import { pronounOf, type Pronoun } from '../../shared/characters';
import type { Words } from '../../store/simulator-store';

/** A label that reads differently in classroom words and in Kafka words. */
type ByWords = Readonly<Record<Words, string>>;
/** The same, where the classroom words speak of the student as he, she or they ("Her shelves"). */
interface ByPronoun {
  readonly classroom: (pronoun: Pronoun) => string;
  readonly kafka: string;
}

interface InspectorMessages {
  close: string;
  closeTitle: string;
  goneMember: ByPronoun;
  show: (id: string) => string;
  notNow: string;
  notHere: string;
  notPossible: string;
  dismiss: string;
  /** "Student in", "Partition of": the kicker before a link to the group or topic. */
  memberOf: string;
  partitionOf: string;
  members: ByWords;
  callBackup: string;
  groupOffset: string;
  offsetsCaption: ByWords;
  assignor: ByWords;
  reads: ByWords;
  totalLag: ByWords;
  skipped: ByWords;
  duplicates: ByWords;
  skippedOnClose: ByWords;
  wake: ByWords;
  restart: ByWords;
  sleep: ByWords;
  remove: ByWords;
  crash: string;
  processed: ByWords;
  /** The member's backlog, named by what it counts from (the bookmark, not her position). */
  lagFromBookmark: ByWords;
  assigned: ByPronoun;
  none: ByWords;
  lastPoll: string;
  memberRate: ByWords;
  perSecond: ByWords;
  myShelves: ByPronoun;
  noShelf: ByWords;
  segments: ByWords;
  shelves: ByWords;
  kept: ByWords;
  baseOffset: ByWords;
  records: ByWords;
  bytes: string;
  newestAt: ByWords;
  segmentsCaption: ByWords;
  newestOf: (words: Words, shown: string, total: string) => string;
  bookmarks: ByWords;
  noReader: ByWords;
  sent: ByWords;
  writesInto: ByWords;
  producerRate: ByWords;
}

const PRONOUN_EN: Record<Pronoun, { subject: string; possessive: string }> = {
  she: { subject: 'She', possessive: 'Her' },
  he: { subject: 'He', possessive: 'His' },
  they: { subject: 'They', possessive: 'Their' },
};

/** A pronoun-bound label in a vocabulary, for one student. */
export function forStudent(label: ByPronoun, words: Words, student: string): string {
  return words === 'kafka' ? label.kafka : label.classroom(pronounOf(student));
}

/** The drawer's headings, table columns, facts and buttons. */
export const messages = catalogue<InspectorMessages>({
  en: {
    close: 'Close',
    closeTitle: 'Close (Esc)',
    goneMember: {
      classroom: (p) => `${PRONOUN_EN[p].subject} ${p === 'they' ? 'have' : 'has'} gone home.`,
      kafka: 'This consumer has shut down.',
    },
    show: (id) => `Show ${id}`,
    notNow: 'Not here at this moment.',
    notHere: 'Not here.',
    notPossible: 'Not possible: ',
    dismiss: 'Dismiss',
    memberOf: 'in',
    partitionOf: 'of',
    members: { classroom: 'Students', kafka: 'Members' },
    callBackup: 'Call in backup',
    groupOffset: 'Group offset',
    offsetsCaption: { classroom: 'Shelves and bookmarks', kafka: 'Offsets' },
    assignor: { classroom: 'How shelves are shared', kafka: 'Assignor' },
    reads: { classroom: 'Reads', kafka: 'Topics' },
    totalLag: { classroom: 'Backlog', kafka: 'Total lag' },
    skipped: { classroom: 'Missed (thrown away)', kafka: 'Skipped by retention' },
    duplicates: { classroom: 'Read twice', kafka: 'Duplicates' },
    skippedOnClose: { classroom: 'Never read (in hand at goodbye)', kafka: 'Skipped on close' },
    wake: { classroom: 'Wake up', kafka: 'Resume' },
    restart: { classroom: 'Bring back', kafka: 'Restart' },
    sleep: { classroom: 'Fall asleep', kafka: 'Stop polling' },
    remove: { classroom: 'Send home', kafka: 'Shut down' },
    crash: 'Crash',
    processed: { classroom: 'Notes read', kafka: 'Processed' },
    lagFromBookmark: { classroom: 'Behind, from the bookmark', kafka: 'Lag (from committed offset)' },
    assigned: { classroom: (p) => `${PRONOUN_EN[p].possessive} shelves`, kafka: 'Assigned partitions' },
    none: { classroom: 'none', kafka: 'none' },
    lastPoll: 'Last poll',
    memberRate: { classroom: 'Reading pace', kafka: 'Processing rate' },
    perSecond: { classroom: 'notes per second', kafka: 'records per second' },
    myShelves: { classroom: (p) => `${PRONOUN_EN[p].possessive} shelves`, kafka: 'Partitions' },
    noShelf: { classroom: 'No shelf to read right now', kafka: 'No partitions assigned' },
    segments: { classroom: 'Binders', kafka: 'Segments' },
    shelves: { classroom: 'Shelves', kafka: 'Partitions' },
    kept: { classroom: 'Notes kept', kafka: 'Records kept' },
    baseOffset: { classroom: 'First page', kafka: 'Base offset' },
    records: { classroom: 'Notes', kafka: 'Records' },
    bytes: 'Bytes',
    newestAt: { classroom: 'Newest note at', kafka: 'Largest timestamp' },
    segmentsCaption: { classroom: 'Binders (old ones are thrown away whole)', kafka: 'Segments' },
    newestOf: (_words, shown, total) => `, newest ${shown} of ${total}`,
    bookmarks: { classroom: 'Bookmarks on this shelf', kafka: 'Consumer group offsets' },
    noReader: { classroom: 'No study group reads this shelf', kafka: 'No group reads this partition' },
    sent: { classroom: 'Notes said', kafka: 'Records sent' },
    writesInto: { classroom: 'Writes into', kafka: 'Topic' },
    producerRate: { classroom: 'Speaking pace', kafka: 'Send rate' },
  },
  es: {
    close: 'Cerrar',
    closeTitle: 'Cerrar (Esc)',
    // Spanish marks neither the possessive ("sus") nor this verb by the student's pronoun.
    goneMember: { classroom: () => 'Se ha ido a casa.', kafka: 'Este consumidor se ha apagado.' },
    show: (id) => `Ver ${id}`,
    notNow: 'No está aquí en este momento.',
    notHere: 'No está aquí.',
    notPossible: 'No es posible: ',
    dismiss: 'Descartar',
    memberOf: 'de',
    partitionOf: 'de',
    members: { classroom: 'Estudiantes', kafka: 'Miembros' },
    callBackup: 'Pedir refuerzos',
    groupOffset: 'Offset del grupo',
    offsetsCaption: { classroom: 'Estantes y marcapáginas', kafka: 'Offsets' },
    assignor: { classroom: 'Cómo se reparten los estantes', kafka: 'Asignador' },
    reads: { classroom: 'Lee', kafka: 'Topics' },
    totalLag: { classroom: 'Retraso', kafka: 'Lag total' },
    skipped: { classroom: 'Perdidos (tirados)', kafka: 'Saltados por la retención' },
    duplicates: { classroom: 'Leídos dos veces', kafka: 'Duplicados' },
    skippedOnClose: { classroom: 'Sin leer (en las manos al irse)', kafka: 'Saltados al cerrar' },
    wake: { classroom: 'Despertar', kafka: 'Reanudar' },
    restart: { classroom: 'Traer de vuelta', kafka: 'Reiniciar' },
    sleep: { classroom: 'Dormirse', kafka: 'Dejar de hacer poll' },
    remove: { classroom: 'Mandar a casa', kafka: 'Apagar' },
    crash: 'Provocar caída',
    processed: { classroom: 'Apuntes leídos', kafka: 'Procesados' },
    lagFromBookmark: {
      classroom: 'Retraso, desde el marcapáginas',
      kafka: 'Lag (desde el offset confirmado)',
    },
    assigned: { classroom: () => 'Sus estantes', kafka: 'Particiones asignadas' },
    none: { classroom: 'ninguno', kafka: 'ninguna' },
    lastPoll: 'Último poll',
    memberRate: { classroom: 'Ritmo de lectura', kafka: 'Ritmo de procesamiento' },
    perSecond: { classroom: 'apuntes por segundo', kafka: 'registros por segundo' },
    myShelves: { classroom: () => 'Sus estantes', kafka: 'Particiones' },
    noShelf: { classroom: 'Ahora no tiene estante que leer', kafka: 'Sin particiones asignadas' },
    // "Fajos", as the retention lesson, the glossary and the timeline call them.
    segments: { classroom: 'Fajos', kafka: 'Segmentos' },
    shelves: { classroom: 'Estantes', kafka: 'Particiones' },
    kept: { classroom: 'Apuntes guardados', kafka: 'Registros guardados' },
    baseOffset: { classroom: 'Primera página', kafka: 'Base offset' },
    records: { classroom: 'Apuntes', kafka: 'Registros' },
    bytes: 'Bytes',
    newestAt: { classroom: 'Apunte más nuevo', kafka: 'Timestamp más reciente' },
    segmentsCaption: { classroom: 'Fajos (los viejos se tiran enteros)', kafka: 'Segmentos' },
    newestOf: (_words, shown, total) => `, los ${shown} más nuevos de ${total}`,
    bookmarks: { classroom: 'Marcapáginas en este estante', kafka: 'Offsets de los grupos de consumidores' },
    noReader: {
      classroom: 'Ningún grupo de estudio lee este estante',
      kafka: 'Ningún grupo lee esta partición',
    },
    sent: { classroom: 'Apuntes dictados', kafka: 'Registros enviados' },
    writesInto: { classroom: 'Escribe en', kafka: 'Topic' },
    producerRate: { classroom: 'Ritmo de dictado', kafka: 'Ritmo de envío' },
  },
});
