import type { LessonText } from '../localize';

export const atLeastOnceEs: LessonText = {
  steps: [
    {
      title: 'Marcapáginas cada cinco segundos',
      caption: 'Ana y Ben leen un estante cada uno. Solo mueven sus marcapáginas cada cinco segundos.',
      term: 'auto.commit.interval.ms',
      notes:
        'El auto-commit confirma, en un poll, las posiciones de todo lo que devolvieron los polls anteriores; aquí, como mucho cada 5 s.',
    },
    {
      title: 'Ben se va a mitad de lote',
      caption: 'Ben se va a mitad de sus apuntes, antes de mover su marcapáginas.',
      notes:
        'Su proceso se detiene y envía LeaveGroup, pero no confirma nada: los apuntes que ha leído desde su último commit no quedan registrados en ningún sitio.',
      question: {
        prompt: 'Y ahora, ¿quién lee los apuntes que Ben no marcó?',
        choices: ['Nadie: se pierden', 'Ana, otra vez', 'Ben, cuando vuelva'],
        explanation:
          'Ana se queda con su estante y empieza en el marcapáginas del grupo, que está por detrás de donde iba Ben.',
      },
    },
    {
      title: 'Leídos dos veces',
      caption: 'Ana retoma el estante de Ben en su antiguo marcapáginas y vuelve a leer algunos apuntes.',
      term: 'entrega al menos una vez',
      notes:
        'Confirmar después de procesar da at-least-once (al menos una vez): no se pierde nada, pero el trabajo hecho y no confirmado se repite. Confirmar antes de procesar daría at-most-once (como mucho una vez). El inspector cuenta los duplicados.',
    },
  ],
};
