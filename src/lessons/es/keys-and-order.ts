import type { LessonText } from '../lesson-text';

export const keysAndOrderEs: LessonText = {
  steps: [
    {
      title: 'Cada apunte tiene una asignatura',
      caption:
        'Cada apunte tiene una asignatura, marcada por su color. Los de la misma asignatura van siempre al mismo estante.',
      term: 'clave (key), particionador (partitioner)',
      notes:
        'Se calcula el hash de la clave del registro (murmur2), y el hash módulo el número de particiones elige la partición: la misma clave cae siempre en la misma partición mientras no cambie el número de particiones.',
    },
    {
      title: 'Orden en un estante',
      caption:
        'En un estante, los apuntes siguen el orden en que se dijeron, y cada estudiante lee su estante en ese orden.',
      term: 'orden por partición',
      notes:
        'Dentro de una partición los offsets crecen estrictamente, y un consumidor recibe los registros de una partición en orden de offset.',
    },
    {
      title: 'Sin orden entre estantes',
      caption:
        'Entre estantes no hay orden: Ana puede leer un apunte posterior antes de que Ben lea uno anterior.',
      notes:
        'Si dos eventos tienen que mantener su orden, dales la misma clave para que compartan partición.',
      question: {
        prompt: 'Ana lee un estante y Ben otro. En conjunto, ¿qué apuntes van primero?',
        choices: ['Siempre los de Ana', 'Siempre los de Ben', 'Entre estantes no hay orden'],
        explanation: 'Kafka solo ordena los registros dentro de una partición.',
      },
    },
  ],
};
