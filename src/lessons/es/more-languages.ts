import type { LessonText } from '../lesson-text';

export const moreLanguagesEs: LessonText = {
  steps: [
    {
      title: 'El grupo de inglés',
      caption: 'Emma y su grupo de estudio de inglés llevan leyendo desde el principio.',
      notes:
        'De momento hay un solo grupo de consumidores, con sus propios offsets confirmados en las dos particiones.',
    },
    {
      title: 'Francés, desde el principio',
      caption:
        'Un grupo de francés llega tarde, pero empieza en la página 0: todos los apuntes siguen en los estantes.',
      term: 'auto.offset.reset = earliest',
      notes:
        'Un grupo nuevo no tiene offsets confirmados. auto.offset.reset decide dónde empieza: earliest = el log start offset. Este grupo está configurado con earliest; el valor por defecto de Kafka es latest, como muestra el paso siguiente. Así es como Kafka vuelve a reproducir la historia para una aplicación nueva.',
      question: {
        prompt: '¿Qué apuntes leerá el grupo de francés?',
        choices: [
          'Solo los que se digan a partir de ahora',
          'Todos, desde el primero',
          'Solo los que el grupo de inglés aún no ha leído',
        ],
        explanation:
          'Está configurado con auto.offset.reset = earliest, y leer nunca borra apuntes, así que empieza por el más antiguo que aún se guarda.',
      },
    },
    {
      title: 'Alemán, desde ahora',
      caption:
        'Un grupo de alemán, en cambio, empieza desde ahora: se salta lo que se dijo antes de que llegara.',
      term: 'auto.offset.reset = latest',
      notes:
        'latest = el log end offset cuando el miembro nuevo busca dónde empezar (en rigor, el high watermark: aquí es lo mismo, con una sola copia de cada estante). Es el valor por defecto de Kafka.',
    },
    {
      title: 'Cada grupo, sus marcapáginas',
      caption: 'Emma se duerme. Solo se paran los marcapáginas de inglés; francés y alemán siguen leyendo.',
      term: 'grupos de consumidores independientes',
      notes:
        'Los offsets se confirman por grupo: los grupos nunca se afectan entre sí, y cada uno lee todos los registros desde donde empezó.',
    },
  ],
};
