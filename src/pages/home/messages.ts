import { catalogue } from '../../shared/lang';

/**
 * The home page's texts. In the "plain words" paragraphs, **double stars** mark the Kafka terms, drawn
 * in bold.
 */
export const messages = catalogue({
  en: {
    lead:
      'Apache Kafka, told as a classroom: a teacher speaks notes, a note-taking machine keeps every one of ' +
      'them, and students read at their own pace, each keeping a bookmark.',
    course: 'The course, step by step',
    lesson: (n: number) => `Lesson ${n}`,
    parts: {
      classroom: 'One classroom',
      distributed: 'When a machine breaks: copies in several rooms',
    },
    free: 'Play freely',
    freeLead:
      'Open any class without the lesson and try things: put a student to sleep, call in backup, speed up ' +
      'the teacher.',
    sandbox: 'Sandbox: set up your own class',
    what: 'What is Kafka, in plain words?',
    simplifiesLead:
      "Every rule the classroom shows behaves as Kafka's classic consumer protocol does, with a few " +
      'simplifications:',
    simplifies: 'what this simulator simplifies',
    plain: [
      'Kafka is a place where programs leave messages for other programs. A program that writes is a ' +
        '**producer** (the teacher). Messages go into a **topic** (the note-taking machine), split into ' +
        '**partitions** (shelves) where every message gets the next number, its **offset** (the page number).',
      'Programs that read are **consumers** (students). They pull messages when they are ready and remember ' +
        'how far they got with a **committed offset** (a bookmark). Reading does not remove anything, so a ' +
        'slow reader never slows the writer down, a sleeping one loses nothing, and a new group of readers ' +
        'can start from the very first message, for as long as the topic keeps it.',
    ],
  },
  es: {
    lead:
      'Apache Kafka contado como una clase: una profesora dicta apuntes, una máquina de apuntes los guarda ' +
      'todos, y los estudiantes leen a su ritmo, cada uno con su marcapáginas.',
    course: 'El curso, paso a paso',
    lesson: (n: number) => `Lección ${n}`,
    parts: {
      classroom: 'Una clase',
      distributed: 'Cuando se estropea una máquina: copias en varias salas',
    },
    free: 'Juego libre',
    freeLead:
      'Abre cualquier clase sin la lección y prueba cosas: haz que un estudiante se duerma, pide refuerzos, ' +
      'acelera a la profesora.',
    sandbox: 'Sandbox: monta tu propia clase',
    what: '¿Qué es Kafka, en palabras sencillas?',
    simplifiesLead:
      'Cada regla que muestra la clase se comporta como el protocolo clásico de consumidores de Kafka, ' +
      'con unas pocas simplificaciones:',
    simplifies: 'lo que este simulador simplifica',
    plain: [
      'Kafka es un lugar donde unos programas dejan mensajes para otros programas. Un programa que escribe ' +
        'es un **productor** (la profesora). Los mensajes van a un **topic** (la máquina de apuntes), ' +
        'dividido en **particiones** (estantes), donde cada mensaje recibe el número siguiente, su ' +
        '**offset** (el número de página).',
      'Los programas que leen son **consumidores** (estudiantes). Piden los mensajes cuando están listos y ' +
        'recuerdan hasta dónde llegaron con un **offset confirmado** (un marcapáginas). Leer no borra nada: ' +
        'un lector lento nunca frena al que escribe, uno que se duerme no pierde nada, y un grupo nuevo de ' +
        'lectores puede empezar desde el primer mensaje, mientras el topic lo conserve.',
    ],
  },
});
