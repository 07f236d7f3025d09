import type { LessonText } from '../lesson-text';

export const spanishTranslationEs: LessonText = {
  steps: [
    {
      title: 'Pablo traduce',
      caption: 'Pablo lee cada apunte, lo traduce al español y lo escribe en una segunda máquina: notas.',
      term: 'procesamiento de streams',
      notes:
        'Pablo es consumidor y productor a la vez: lee un topic, transforma cada registro y escribe en otro topic. Kafka Streams y la mayoría de los procesadores de streams funcionan así.',
    },
    {
      title: 'Misma asignatura, mismo estante',
      caption:
        'Un apunte traducido conserva su asignatura, así que cae en el estante de notas de esa asignatura.',
      term: 'clave (key)',
      notes:
        'El registro de salida conserva la clave del de entrada, y el particionador calcula el hash de la clave: la misma asignatura va siempre a la misma partición de notas, mientras notas no cambie su número de particiones.',
    },
    {
      title: 'Lucia lee en español',
      caption: 'Lucia solo lee notas. Nunca habla con Pablo: la segunda máquina está entre los dos.',
      notes:
        'Un pipeline es una cadena de etapas desacopladas, cada una con su propio grupo de consumidores y sus propios marcapáginas.',
    },
    {
      title: 'Pablo se duerme',
      caption:
        'Pablo se duerme. Los apuntes se le acumulan delante; Lucia pronto se queda sin nada nuevo que leer.',
      term: 'lag por etapa (lag per stage)',
      notes:
        'Cada etapa tiene su propio lag: el de los traductores (translators) sobre notes crece; el de los lectores de español (spanish) sobre notas se queda en cero.',
      question: {
        prompt: 'Pablo duerme. ¿Qué le pasa a Lucia?',
        choices: [
          'Espera: no llega nada nuevo, y no se pierde nada',
          'Lee los apuntes en inglés',
          'Se duerme también',
        ],
        explanation:
          'Lucia solo lee notas. Si no hay traducciones nuevas, simplemente no encuentra nada que pedir.',
      },
    },
    {
      title: 'Pablo se pone al día',
      caption: 'Pablo se despierta y va recuperando su retraso; las traducciones vuelven a llegarle a Lucia.',
      notes:
        'Fíjate en los dos retrasos: el primero baja mientras Pablo se pone al día; el de Lucia sube un poco y luego baja a medida que lee.',
    },
  ],
};
