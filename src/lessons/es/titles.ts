import type { TitleText } from '../lesson-text';

/** Spanish titles and summaries of the lessons, by lesson id. */
export const LESSON_TITLES_ES: Readonly<Record<string, TitleText>> = {
  'note-taking-machine': {
    title: 'La máquina de apuntes',
    summary: 'La profesora habla, la máquina guarda cada apunte y la estudiante los pide cuando está lista.',
  },
  'sleepy-student': {
    title: 'El estudiante dormilón',
    summary: 'Se duerme, el retraso crece y no se pierde nada; al despertarse, sigue por donde lo dejó.',
  },
  'teacher-too-fast': {
    // Short enough for the lesson page's header at 1024 px ("La profesora va demasiado rápido" is cut).
    title: 'Dicta demasiado rápido',
    summary:
      'La profesora va más rápido que la estudiante: el retraso crece, pero nadie se bloquea. Pull, no push.',
  },
  'spanish-translation': {
    title: 'Traducir al español',
    summary:
      'Un buen estudiante traduce mientras lee y escribe en una segunda máquina, que lee otra estudiante.',
  },
  'calling-backup': {
    title: 'Pedir refuerzos',
    summary:
      'El traductor no da abasto: el grupo crece, se reparten los estantes y el retraso baja; quien sobra se queda sin trabajo.',
  },
  'more-languages': {
    title: 'Más idiomas',
    summary:
      'Llegan más tarde grupos de estudio nuevos: uno lee desde el principio, otro desde ahora; cada uno tiene sus marcapáginas.',
  },
  retention: {
    title: 'Los apuntes caducan',
    summary:
      'Los apuntes viejos caducan; un estudiante que duerme más de lo que dura la retención pierde su sitio y salta hacia delante.',
  },
  'keys-and-order': {
    title: 'Claves y orden',
    summary:
      'Los apuntes de una misma asignatura van siempre al mismo estante y en orden; entre estantes no hay orden.',
  },
  'at-least-once': {
    title: 'Al menos una vez',
    summary:
      'Un estudiante se desmaya a mitad de lote: quien se queda con su estante vuelve a leer algunos apuntes. Quien se despide antes no lee nada dos veces, pero los apuntes que tenía en las manos se quedan sin leer.',
  },
  copies: {
    title: 'Copias en cada sala',
    summary:
      'La máquina está en tres salas, con su estante copiado en cada una: la profesora escribe en la copia líder, las demás la siguen y los estudiantes solo leen lo que tienen todas las copias al día.',
  },
  'machine-breaks': {
    title: 'Se estropea una máquina',
    summary:
      'Se estropea la máquina líder y una copia toma el relevo: no se pierde nada por lo que la profesora oyó «guardado». Si quedan muy pocas copias, espera.',
  },
  'risky-shortcut': {
    title: 'El atajo arriesgado',
    summary:
      'La profesora deja de esperar a las copias (acks=1) y la clase deja liderar a una copia atrasada: se pierden apuntes por los que oyó «guardado».',
  },
  'no-spare-copy': {
    title: 'Ninguna copia de sobra',
    summary:
      'Todas las copias son obligatorias (factor de replicación = min.insync.replicas): una máquina en reparación detiene todos los apuntes.',
  },
};

/** A lesson's title with the built-in class's own summary. */
const withSummary = (id: string, summary: string): TitleText => ({
  title: LESSON_TITLES_ES[id]!.title,
  summary,
});

/** Spanish titles and summaries of the built-in classes (free play), by scenario id. */
export const SCENARIO_TITLES_ES: Readonly<Record<string, TitleText>> = {
  'note-taking-machine': withSummary(
    'note-taking-machine',
    'La profesora habla, la máquina guarda cada apunte y la estudiante lee cuando está lista.',
  ),
  'sleepy-student': LESSON_TITLES_ES['sleepy-student']!,
  'teacher-too-fast': withSummary(
    'teacher-too-fast',
    'La profesora va más rápido que la estudiante: el retraso crece, pero nadie se bloquea.',
  ),
  'spanish-translation': LESSON_TITLES_ES['spanish-translation']!,
  'calling-backup': withSummary(
    'calling-backup',
    'El traductor no da abasto: más estudiantes se unen a su grupo y se reparten los estantes.',
  ),
  'more-languages': LESSON_TITLES_ES['more-languages']!,
  retention: withSummary(
    'retention',
    'Los apuntes se guardan un tiempo, no para siempre: un estudiante que duerme demasiado pierde su sitio.',
  ),
  'keys-and-order': LESSON_TITLES_ES['keys-and-order']!,
  'at-least-once': LESSON_TITLES_ES['at-least-once']!,
  'three-rooms': {
    title: 'Tres salas (replicación)',
    summary:
      'Tres máquinas de apuntes en tres salas guardan una copia de cada estante: si una se rompe, otra copia toma el relevo; no se pierde nada de lo que la profesora dio por guardado.',
  },
  copies: LESSON_TITLES_ES.copies!,
  'machine-breaks': LESSON_TITLES_ES['machine-breaks']!,
  'risky-shortcut': LESSON_TITLES_ES['risky-shortcut']!,
  'no-spare-copy': LESSON_TITLES_ES['no-spare-copy']!,
  stress: {
    title: 'Escuela llena (rendimiento)',
    summary:
      '12 estantes, 3 grupos de estudio, 24 estudiantes y una profesora que dicta 200 apuntes por segundo.',
  },
};
