import type { LessonText } from '../lesson-text';

export const teacherTooFastEs: LessonText = {
  steps: [
    {
      title: 'Tres apuntes por segundo',
      caption: 'La profesora dicta tres apuntes por segundo. Ana solo puede leer uno.',
      notes: 'Señala los dos ritmos: el de la profesora, bajo su pizarra; el de Ana, en su pupitre.',
    },
    {
      title: 'El retraso crece',
      caption: 'El retraso crece unos dos apuntes cada segundo, pero la profesora nunca tiene que esperar.',
      term: 'lag, contrapresión (back-pressure)',
      notes:
        'El broker acepta registros hagan lo que hagan los consumidores: no hay contrapresión (back-pressure) de los consumidores hacia los productores. El lag crece a razón de (ritmo de producción − ritmo de consumo).',
      question: {
        prompt: '¿Tiene que ir más despacio la profesora por Ana?',
        choices: [
          'Sí, espera a Ana',
          'Los apuntes que Ana no puede leer se descartan',
          'No, la máquina guarda los apuntes',
        ],
        explanation:
          'Productores y consumidores están desacoplados: el log absorbe la diferencia mientras la retención lo permita.',
      },
    },
    {
      title: 'La profesora va más despacio',
      caption: 'Ahora la profesora habla despacio. Ana lee a su ritmo y el retraso se reduce.',
      notes:
        'Ana hace pull: pide en cuanto está lista, así que toda la velocidad de lectura que le sobra se va en ponerse al día.',
    },
    {
      title: 'Pull, no push',
      caption:
        'Cada estudiante decide a qué ritmo lee. Por eso quien lee despacio nunca frena a la profesora.',
      term: 'consumo basado en pull',
      notes:
        'Los consumidores de Kafka hacen poll al broker. Un sistema push tendría que frenar al productor, o descartar mensajes, cuando un lector se queda atrás.',
    },
  ],
};
