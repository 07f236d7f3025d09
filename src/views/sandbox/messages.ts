import { catalogue } from '../../shared/lang';
import type { Source } from '../../session/share';

/**
 * The sandbox's and the shared page's words: labels, hints, notices, and the refusals these pages make
 * themselves (a lesson file's shape, a class too heavy to replay). The engine's own problems stay in
 * English and are shown marked as such. Config names (retention.ms, group.id...) are Kafka's, in any
 * language.
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
    sandbox: 'Sandbox',
    exportJson: 'Export JSON',
    importJson: 'Import JSON',
    importFile: 'Import JSON file',
    copyLink: 'Copy share link',
    closeShare: 'Close',
    shareLink: 'Share link',
    running: 'Running: ',
    notLoaded: 'That class could not be loaded.',
    pending: ' (the running class: fix the marked fields to include your changes)',
    downloaded: (name: string, pending: string) => `Downloaded ${name}${pending}.`,
    downloadedLesson: (name: string) =>
      `Downloaded ${name}: change it into a lesson of your own, then open it with Import JSON.`,
    linkNotMade: 'the link could not be made',
    copied: (pending: string) =>
      `Link copied to the clipboard${pending}. It opens this class at this moment, with the actions taken so far.`,
    copyByHand: (pending: string) =>
      `Copy the link from the field below${pending}: this browser did not let the page use the clipboard.`,
    openingLesson: (title: string) => `Opening the lesson "${title}"...`,
    imported: (name: string) => `Imported ${name}.`,
    notReplayed: (n: string) =>
      ` Its ${n} recorded actions are not replayed here: open it as a share link for that.`,
    notImported: (name: string) => `${name} was not imported. `,
    notAccepted: (n: number, count: string) =>
      `${n === 1 ? 'One value is' : `${count} values are`} not accepted yet: the class keeps running the last good setup until the marked fields are fixed.`,
    startFrom: 'Start from a built-in class',
    chooseClass: 'Choose a class...',
    loaded: (title: string) => `Loaded "${title}".`,
    startOver: 'Start over',
    backToFirst: 'Back to the first setup.',
    writeLesson: 'Write a lesson',
    lessonHelp:
      "A lesson is a JSON file with a lesson (steps with captions, commands and conditions) and the scenario it runs on. Start from one of the course's lessons, change it, and open it with Import JSON.",
    lessonToStart: 'Lesson to start from',
    exportLesson: 'Export lesson file',
    // Describing a class.
    topics: (n: string, one: boolean) => `${n} ${one ? 'topic' : 'topics'}`,
    shelves: (n: string, one: boolean) => `${n} ${one ? 'shelf' : 'shelves'}`,
    teachers: (n: string, one: boolean) => `${n} ${one ? 'teacher' : 'teachers'}`,
    groups: (n: string, one: boolean) => `${n} ${one ? 'study group' : 'study groups'}`,
    students: (n: string, one: boolean) => `${n} ${one ? 'student' : 'students'}`,
    // The form.
    topicsHeading: 'Note-taking machines (topics)',
    topic: (i: number) => `Topic ${i}`,
    removeTopic: (i: number) => `Remove topic ${i}`,
    name: 'Name',
    partitions: 'Shelves (partitions)',
    retentionMs: 'Keep notes for (retention.ms)',
    sevenDays: '7 days',
    sevenDaysHint: 'empty: 7 days (604800000)',
    forever: 'empty: 7 days (604800000); -1 keeps them forever',
    retentionBytes: 'Keep at most bytes per shelf (retention.bytes)',
    noLimit: 'no limit',
    noteBytes: 'empty or -1: no limit; a note counts as 100 bytes',
    segmentMs: 'New bundle every (segment.ms)',
    cleanup: 'Cleanup (cleanup.policy)',
    addTopic: 'Add a topic',
    producersHeading: 'Teachers (producers)',
    teacher: (i: number) => `Teacher ${i}`,
    removeTeacher: (i: number) => `Remove teacher ${i}`,
    speaksInto: 'Speaks into (topic)',
    notesPerSec: 'Notes per second',
    keys: 'Subjects (keys)',
    keysHint: 'a comma list; empty for notes without a subject',
    addTeacher: 'Add a teacher',
    groupsHeading: 'Study groups (consumer groups)',
    group: (i: number) => `Group ${i}`,
    removeGroup: (i: number) => `Remove group ${i}`,
    groupName: 'Name (group.id)',
    groupReads: 'Reads (topics)',
    commaList: 'a comma list',
    assignor: 'Sharing out (assignor)',
    reset: 'Start without a bookmark (auto.offset.reset)',
    output: 'Writes to (output topic)',
    none: 'none',
    studentsOf: (i: number) => `Students of group ${i}`,
    student: (j: number) => `Student ${j}`,
    readsPerSec: 'Reads notes per second',
    removeStudent: (j: number, i: number) => `Remove student ${j} of group ${i}`,
    removeThisStudent: 'Remove this student',
    remove: 'Remove',
    addStudent: (i: number) => `Add a student to group ${i}`,
    addGroup: 'Add a study group',
    luck: 'Luck',
    seed: 'Random seed',
    seedHint: 'the same seed and actions always give the same class',
    kafkaDefault: (value: string) => `${value} (default)`,
    earliest: 'earliest: from the oldest note',
    latest: 'latest: from now',
    entry: (n: number) => `entry ${n}`,
    // The shared page.
    sharedClass: 'Shared class',
    notOpened: 'Link not opened',
    openedAt: (clock: string, actions: number, n: string) =>
      `; opened at ${clock}${actions > 0 ? ` with ${n} ${actions === 1 ? 'action' : 'actions'} replayed` : ''}.`,
    lessonFromFile: 'Lesson from a file',
    stepsOn: (n: string) => `: ${n} steps on `,
    elsewhere: 'Elsewhere',
    cannotOpen: 'This link could not be opened',
    wholeLink:
      'Check that the whole link was copied: a link cut short or changed cannot be read. Nothing else was changed.',
    goHome: 'Go to the home page',
    goSandbox: 'Set up a class in the sandbox',
    linkNotOpened: 'the link could not be opened',
    // The lesson card.
    lesson: 'Lesson',
    lessonDone: 'Free play: the lesson is over, the class goes on.',
    showAnswer: 'Show the answer',
    // Refusals these pages make.
    tooMuchWork: (w: Source, clock: string, seconds: string, max: string) =>
      `${w} would take too long to open: replaying ${clock} of this class is about ${seconds} s of work for a classroom laptop, and this page opens a class in at most ${max} s`,
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
    // The home page's link says "Sandbox" too; Spanish-speaking engineers say it as it is.
    sandbox: 'Sandbox',
    exportJson: 'Exportar JSON',
    importJson: 'Importar JSON',
    importFile: 'Importar archivo JSON',
    copyLink: 'Copiar enlace',
    closeShare: 'Cerrar',
    shareLink: 'Enlace para compartir',
    running: 'En marcha: ',
    notLoaded: 'No se pudo cargar esa clase.',
    pending: ' (la clase en marcha: corrige los campos marcados para incluir tus cambios)',
    downloaded: (name, pending) => `Descargado ${name}${pending}.`,
    downloadedLesson: (name) =>
      `Descargado ${name}: conviértelo en una lección tuya y ábrelo con Importar JSON.`,
    linkNotMade: 'no se pudo crear el enlace',
    copied: (pending) =>
      `Enlace copiado al portapapeles${pending}. Abre esta clase en este momento, con las acciones hechas hasta ahora.`,
    copyByHand: (pending) =>
      `Copia el enlace del campo de abajo${pending}: este navegador no dejó a la página usar el portapapeles.`,
    openingLesson: (title) => `Abriendo la lección «${title}»...`,
    imported: (name) => `Importado ${name}.`,
    notReplayed: (n) =>
      ` Sus ${n} acciones grabadas no se reproducen aquí: para eso, ábrelo como enlace para compartir.`,
    notImported: (name) => `${name} no se importó. `,
    notAccepted: (n, count) =>
      `${n === 1 ? 'Un valor aún no se acepta' : `${count} valores aún no se aceptan`}: la clase sigue con la última configuración buena hasta que corrijas los campos marcados.`,
    startFrom: 'Empezar con una clase incluida',
    chooseClass: 'Elige una clase...',
    loaded: (title) => `Cargada «${title}».`,
    startOver: 'Empezar de nuevo',
    backToFirst: 'De vuelta a la configuración inicial.',
    writeLesson: 'Escribe una lección',
    lessonHelp:
      'Una lección es un archivo JSON con una lección (pasos con textos, órdenes y condiciones) y la configuración de la clase en la que se ejecuta. Empieza con una de las lecciones del curso, cámbiala y ábrela con Importar JSON.',
    lessonToStart: 'Lección de partida',
    exportLesson: 'Exportar archivo de lección',
    topics: (n, one) => `${n} ${one ? 'topic' : 'topics'}`,
    shelves: (n, one) => `${n} ${one ? 'estante' : 'estantes'}`,
    teachers: (n, one) => `${n} ${one ? 'profesora' : 'profesoras'}`,
    groups: (n, one) => `${n} ${one ? 'grupo de estudio' : 'grupos de estudio'}`,
    students: (n, one) => `${n} ${one ? 'estudiante' : 'estudiantes'}`,
    topicsHeading: 'Máquinas de apuntes (topics)',
    topic: (i) => `Topic ${i}`,
    removeTopic: (i) => `Quitar topic ${i}`,
    name: 'Nombre',
    partitions: 'Estantes (particiones)',
    retentionMs: 'Guardar apuntes durante (retention.ms)',
    sevenDays: '7 días',
    sevenDaysHint: 'vacío: 7 días (604800000)',
    forever: 'vacío: 7 días (604800000); -1 los guarda para siempre',
    retentionBytes: 'Máximo de bytes por estante (retention.bytes)',
    noLimit: 'sin límite',
    noteBytes: 'vacío o -1: sin límite; un apunte cuenta como 100 bytes',
    segmentMs: 'Fajo nuevo cada (segment.ms)',
    cleanup: 'Limpieza (cleanup.policy)',
    addTopic: 'Añadir un topic',
    producersHeading: 'Profesoras (productores)',
    teacher: (i) => `Profesora ${i}`,
    removeTeacher: (i) => `Quitar profesora ${i}`,
    speaksInto: 'Dicta en (topic)',
    notesPerSec: 'Apuntes por segundo',
    keys: 'Asignaturas (claves)',
    keysHint: 'separadas por comas; vacío para apuntes sin asignatura',
    addTeacher: 'Añadir una profesora',
    groupsHeading: 'Grupos de estudio (grupos de consumidores)',
    group: (i) => `Grupo ${i}`,
    removeGroup: (i) => `Quitar grupo ${i}`,
    groupName: 'Nombre (group.id)',
    groupReads: 'Lee (topics)',
    commaList: 'separados por comas',
    assignor: 'Reparto (assignor)',
    reset: 'Empezar sin marcapáginas (auto.offset.reset)',
    output: 'Escribe en (topic de salida)',
    none: 'ninguno',
    studentsOf: (i) => `Estudiantes del grupo ${i}`,
    student: (j) => `Estudiante ${j}`,
    readsPerSec: 'Lee apuntes por segundo',
    removeStudent: (j, i) => `Quitar estudiante ${j} del grupo ${i}`,
    removeThisStudent: 'Quitar a este estudiante',
    remove: 'Quitar',
    addStudent: (i) => `Añadir un estudiante al grupo ${i}`,
    addGroup: 'Añadir un grupo de estudio',
    luck: 'Azar',
    seed: 'Semilla aleatoria',
    seedHint: 'la misma semilla y las mismas acciones dan siempre la misma clase',
    kafkaDefault: (value) => `${value} (por defecto)`,
    earliest: 'earliest: desde el apunte más antiguo',
    latest: 'latest: desde ahora',
    entry: (n) => `entrada ${n}`,
    sharedClass: 'Clase compartida',
    notOpened: 'Enlace no abierto',
    openedAt: (clock, actions, n) =>
      `; abierta en ${clock}${actions > 0 ? ` con ${n} ${actions === 1 ? 'acción reproducida' : 'acciones reproducidas'}` : ''}.`,
    lessonFromFile: 'Lección de un archivo',
    stepsOn: (n) => `: ${n} pasos sobre `,
    elsewhere: 'Otras páginas',
    cannotOpen: 'No se pudo abrir este enlace',
    wholeLink:
      'Comprueba que se copió el enlace entero: un enlace cortado o cambiado no se puede leer. No se ha cambiado nada más.',
    goHome: 'Ir a la página de inicio',
    goSandbox: 'Preparar una clase en el sandbox',
    linkNotOpened: 'no se pudo abrir el enlace',
    lesson: 'Lección',
    lessonDone: 'Exploración libre: la lección ha terminado, la clase sigue.',
    showAnswer: 'Ver la respuesta',
    tooMuchWork: (w, clock, seconds, max) =>
      `el ${NOUN_ES[w]} tardaría demasiado en abrirse: reproducir ${clock} de esta clase supone unos ${seconds} s de trabajo para un portátil de aula, y esta página abre una clase en ${max} s como mucho`,
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
