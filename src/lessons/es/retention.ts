import type { LessonText } from '../lesson-text';

export const retentionEs: LessonText = {
  steps: [
    {
      title: 'Fajos de páginas',
      caption:
        'La máquina archiva los apuntes en fajos: cuando un fajo abarca cinco segundos, el siguiente apunte empieza uno nuevo.',
      term: 'segmento (segment)',
      notes:
        'Una partición se guarda en segmentos; solo el más nuevo, el segmento activo, recibe registros nuevos. Se abre uno nuevo al añadir un registro cuando el activo ya abarca segment.ms (aquí, 5 s; en Kafka, 7 días por defecto) o pasaría de segment.bytes (1 GiB por defecto). Una partición sin registros nuevos nunca abre otro.',
    },
    {
      title: 'Los fajos viejos se tiran',
      caption:
        'Los fajos cuyo apunte más nuevo tiene más de veinte segundos se tiran enteros. La página más antigua que se guarda avanza.',
      term: 'retention.ms, log start offset',
      notes:
        'Cada log.retention.check.interval.ms, el broker borra los segmentos enteros cuyo registro más nuevo es más antiguo que retention.ms. Aquí la comprobación se hace cada 2 s y retention.ms es 20 s (en Kafka, 5 minutos y 7 días por defecto). Los offsets no se renumeran: el log start offset sube.',
    },
    {
      title: 'Ben duerme demasiado',
      caption:
        'Ben se duerme durante mucho rato. Mientras duerme, se tiran las páginas donde tenía el marcapáginas.',
      notes: 'Su marcapáginas no se mueve; a la retención no le importa quién ha leído qué.',
      question: {
        prompt: 'Cuando Ben se despierte, ¿encontrará su sitio?',
        choices: ['No, su página se tiró', 'Sí, los apuntes se guardan hasta que todos los han leído'],
        explanation: 'La retención depende del tiempo (o del tamaño), no de los lectores.',
      },
    },
    {
      title: 'Ben salta hacia delante',
      caption:
        'Ben se despierta: su página ya no está. Con earliest (en Kafka, latest por defecto), salta a la más antigua que queda; se pierde los apuntes de en medio, y el inspector los cuenta.',
      term: 'OFFSET_OUT_OF_RANGE, auto.offset.reset',
      notes:
        'Su posición está por debajo del log start offset, así que el fetch queda fuera de rango y se aplica auto.offset.reset: earliest (lo que usa esta clase) salta al inicio del log. Con el valor por defecto de Kafka, latest, saltaría al final del log y se saltaría todo lo dicho hasta ahora; con none, su poll lanzaría OffsetOutOfRangeException. El motor cuenta los registros saltados (skippedByRetention en el inspector).',
    },
    {
      title: 'Ponerse al día con lo que queda',
      caption: 'Ben lee lo que sigue en el estante y se pone al día.',
      notes: 'Moraleja: ajusta la retención al lector más lento que no pueda perder datos.',
    },
  ],
};
