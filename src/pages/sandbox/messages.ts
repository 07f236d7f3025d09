import { catalogue } from '../../shared/lang';
import type { Words } from '../../shared/words-mode';

/**
 * The sandbox's and the shared page's words: labels, hints and notices. The refusals made while opening a
 * link or a file are the session's (src/session/messages.ts). Config names (retention.ms, group.id...) are
 * Kafka's, in any language.
 */

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
    linkWillBeRefused: 'This link was not copied: it would be refused when opened. ',
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
    // The cluster and replication (issue 14).
    clusterHeading: 'Rooms (brokers)',
    brokers: 'How many rooms (brokers)',
    brokersHint: "1 to 5; with 2 or more, each room keeps copies of shelves, and a room's machine can break",
    brokerMinIsr: 'Copies a note needs before it counts, for every topic (min.insync.replicas)',
    brokerMinIsrHint: "empty: 1; a topic can set its own; more than a topic's copies counts as all of them",
    replicaLag: 'A copy falls out of step after (replica.lag.time.max.ms)',
    replicaLagHint:
      'empty: 30 s (30000); a copy that has not caught up for this long leaves the in-sync copies',
    unclean: 'An out-of-step copy may take over (unclean.leader.election.enable)',
    uncleanOff: 'false: wait for an in-step copy',
    uncleanOn: 'true: take over at once, losing the notes it lacks',
    replicationFactor: 'Copies of each shelf (replication factor)',
    replicationFactorHint: 'empty: 1; at most the number of rooms',
    topicMinIsr: 'Copies a note needs (min.insync.replicas)',
    topicMinIsrHint: "empty: the rooms' setting; more than the copies counts as all of them",
    acks: 'Waits for (acks)',
    acks0: '0: nobody (fire and forget)',
    acks1: '1: the leader copy only',
    acksAll: 'all: every in-step copy',
    idempotence: 'Never the same note twice (enable.idempotence)',
    idempotenceDefault: 'true (default; off by itself with acks 0 or 1)',
    idempotenceOn: 'true: a retry never writes a note twice',
    idempotenceOff: 'false: a retry may write a note twice',
    deliveryTimeout: 'Gives up on a note after (delivery.timeout.ms)',
    deliveryTimeoutHint: 'empty: 2 minutes (120000); the teacher retries until then',
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
    // Opening a shared class in slices (session/class-opening.ts), and its Cancel.
    opening: (words: Words, clock: string) =>
      words === 'kafka' ? `Replaying the shared run to ${clock}` : `Opening the class at ${clock}`,
    percent: (n: string) => `${n}%`,
    openingHint:
      'The class is replayed from its start to that moment, exactly as it ran. The page answers meanwhile.',
    cancelOpening: 'Cancel',
    openingStopped: (clock: string) =>
      `Opening stopped: the class is shown from its start (0:00), not at ${clock}, and without the link's actions.`,
    openAgain: (clock: string) => `Open at ${clock} after all`,
    // Opening a lesson file in slices (session/lesson-opening.ts), and its Cancel.
    preparing: (words: Words, title: string) =>
      words === 'kafka'
        ? `Running the lesson "${title}" to time its steps`
        : `Preparing the lesson "${title}"`,
    preparingHint:
      'Each step is run once to find where it ends, then the class is replayed for the page. The page answers meanwhile.',
    lessonStopped: (title: string) =>
      `Opening stopped: the class of "${title}" is shown from its start (0:00) in free play, without the lesson's steps.`,
    openLessonAgain: 'Open the lesson after all',
    // A lesson file's step change in slices (runtime/lesson-move.ts), and its Cancel.
    stepChange: (words: Words, step: number, fresh: boolean) =>
      fresh
        ? words === 'kafka'
          ? `Replaying the lesson's commands to step ${step}`
          : `Going back to step ${step} of the lesson`
        : words === 'kafka'
          ? `Seeking the run to step ${step}`
          : `Moving to step ${step}`,
    // "Set aside" only when there were actions of the user's own (off the script): a Reset on it has none.
    stepChangeHint: (words: Words, fresh: boolean, setsAside: boolean): string =>
      (fresh
        ? setsAside
          ? words === 'kafka'
            ? "Your own commands are set aside and the lesson's commands are replayed from the start."
            : "Your own actions are set aside and the lesson's class is replayed from its start."
          : words === 'kafka'
            ? "The lesson's commands are replayed from the start."
            : "The lesson's class is replayed from its start."
        : words === 'kafka'
          ? 'The run is replayed from the nearest checkpoint.'
          : 'The class is replayed from the nearest saved moment.') + ' The page answers meanwhile.',
    stepChangeStopped: (fresh: boolean, clock: string, step: number) =>
      fresh
        ? `Stopped: the class stays as you left it, at ${clock}.`
        : `Stopped at ${clock}, in step ${step}: press Play to run the step on.`,
    // The lesson card.
    lesson: 'Lesson',
    lessonDone: 'Free play: the lesson is over, the class goes on.',
    showAnswer: 'Show the answer',
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
    linkWillBeRefused: 'Este enlace no se ha copiado: se rechazaría al abrirlo. ',
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
    clusterHeading: 'Salas (brokers)',
    brokers: 'Cuántas salas (brokers)',
    brokersHint:
      'de 1 a 5; con 2 o más, cada sala guarda copias de estantes, y la máquina de una sala puede romperse',
    brokerMinIsr: 'Copias que necesita un apunte para contar, en cada topic (min.insync.replicas)',
    brokerMinIsrHint:
      'vacío: 1; un topic puede tener el suyo; más que las copias de un topic cuenta como todas',
    replicaLag: 'Una copia se queda atrás tras (replica.lag.time.max.ms)',
    replicaLagHint:
      'vacío: 30 s (30000); una copia que no se ha puesto al día en ese tiempo sale de las copias al día',
    unclean: 'Una copia atrasada puede tomar el relevo (unclean.leader.election.enable)',
    uncleanOff: 'false: esperar a una copia al día',
    uncleanOn: 'true: relevo inmediato, perdiendo los apuntes que le faltan',
    replicationFactor: 'Copias de cada estante (factor de replicación)',
    replicationFactorHint: 'vacío: 1; como mucho el número de salas',
    topicMinIsr: 'Copias que necesita un apunte (min.insync.replicas)',
    topicMinIsrHint: 'vacío: el ajuste de las salas; más que las copias cuenta como todas',
    acks: 'Espera a (acks)',
    acks0: '0: nadie (dispara y olvida)',
    acks1: '1: solo la copia líder',
    acksAll: 'all: todas las copias al día',
    idempotence: 'Nunca el mismo apunte dos veces (enable.idempotence)',
    idempotenceDefault: 'true (por defecto; se apaga sola con acks 0 o 1)',
    idempotenceOn: 'true: un reintento nunca escribe un apunte dos veces',
    idempotenceOff: 'false: un reintento puede escribir un apunte dos veces',
    deliveryTimeout: 'Renuncia a un apunte tras (delivery.timeout.ms)',
    deliveryTimeoutHint: 'vacío: 2 minutos (120000); la profesora reintenta hasta entonces',
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
    opening: (words, clock) =>
      words === 'kafka'
        ? `Reproduciendo la ejecución compartida hasta ${clock}`
        : `Abriendo la clase en ${clock}`,
    percent: (n) => `${n} %`,
    openingHint:
      'La clase se reproduce desde el principio hasta ese momento, tal como ocurrió. Mientras, la página responde.',
    cancelOpening: 'Cancelar',
    openingStopped: (clock) =>
      `Apertura detenida: la clase se muestra desde el principio (0:00), no en ${clock}, y sin las acciones del enlace.`,
    openAgain: (clock) => `Abrirla en ${clock} de todos modos`,
    preparing: (words, title) =>
      words === 'kafka'
        ? `Ejecutando la lección «${title}» para medir sus pasos`
        : `Preparando la lección «${title}»`,
    preparingHint:
      'Cada paso se ejecuta una vez para saber dónde termina y luego la clase se reproduce para la página. Mientras, la página responde.',
    lessonStopped: (title) =>
      `Apertura detenida: la clase de «${title}» se muestra desde el principio (0:00) en exploración libre, sin los pasos de la lección.`,
    openLessonAgain: 'Abrir la lección de todos modos',
    stepChange: (words, step, fresh) =>
      fresh
        ? words === 'kafka'
          ? `Reproduciendo los comandos de la lección hasta el paso ${step}`
          : `Volviendo al paso ${step} de la lección`
        : words === 'kafka'
          ? `Buscando el paso ${step} en la ejecución`
          : `Yendo al paso ${step}`,
    stepChangeHint: (words, fresh, setsAside) =>
      (fresh
        ? setsAside
          ? words === 'kafka'
            ? 'Tus propios comandos se dejan aparte y los comandos de la lección se reproducen desde el principio.'
            : 'Tus propias acciones se dejan aparte y la clase de la lección se reproduce desde el principio.'
          : words === 'kafka'
            ? 'Los comandos de la lección se reproducen desde el principio.'
            : 'La clase de la lección se reproduce desde el principio.'
        : words === 'kafka'
          ? 'La ejecución se reproduce desde el checkpoint más cercano.'
          : 'La clase se reproduce desde el último momento guardado.') + ' Mientras, la página responde.',
    stepChangeStopped: (fresh, clock, step) =>
      fresh
        ? `Detenido: la clase sigue como la dejaste, en ${clock}.`
        : `Detenido en ${clock}, en el paso ${step}: pulsa Reproducir para seguir el paso.`,
    lesson: 'Lección',
    lessonDone: 'Exploración libre: la lección ha terminado, la clase sigue.',
    showAnswer: 'Ver la respuesta',
  },
});
