import type { LessonText } from '../lesson-text';

export const sleepyStudentEs: LessonText = {
  steps: [
    {
      title: 'Ben va al día',
      caption:
        'Ben lee tres apuntes por segundo; la profesora dicta uno. Su retraso se mantiene cerca de cero.',
      term: 'lag del consumidor (consumer lag)',
      notes:
        'El retraso es la distancia entre la página más nueva del estante y el marcapáginas de Ben. Kafka lo llama lag.',
    },
    {
      title: 'Ben se duerme',
      caption: 'Ben se duerme. La profesora sigue hablando y los apuntes se acumulan en el estante.',
      notes:
        'Dormir significa que su programa deja de hacer poll mientras su hilo de heartbeat sigue funcionando. Dentro de max.poll.interval.ms (cinco minutos por defecto) conserva su estante, así que nadie más lo lee.',
      question: {
        prompt: 'Mientras Ben duerme, ¿qué pasa con los apuntes que dicta la profesora?',
        choices: ['Se pierden', 'La profesora tiene que parar', 'Esperan en el estante'],
        explanation: 'La máquina guarda cada apunte, lo lea alguien o no. Nadie se bloquea.',
      },
    },
    {
      title: 'El retraso, en números',
      caption:
        'Su marcapáginas no se mueve mientras el final del log avanza: lag = log end offset − offset confirmado.',
      term: 'lag',
      notes:
        'Abre el grupo de estudio en el inspector: la tabla es lo que muestra kafka-consumer-groups.sh o una consola de gestión: log end offset, offset del grupo, lag.',
    },
    {
      title: 'Ben se despierta',
      caption: 'Ben se despierta y sigue por donde lo dejó. Su retraso baja a medida que se pone al día.',
      notes:
        'Sigue teniendo su estante, así que continúa desde su posición, justo después de los apuntes que tenía en la mano. Si hubiera dormido más de max.poll.interval.ms, su hilo de heartbeat habría enviado LeaveGroup; al despertarse volvería a unirse, recibiría el estante como dueño nuevo y empezaría desde el marcapáginas, releyendo lo que había leído sin confirmar.',
      question: {
        prompt: '¿Por dónde empezará a leer Ben al despertarse?',
        choices: [
          'Por donde lo dejó, justo después de los apuntes que tenía en la mano',
          'Vuelve a su marcapáginas, la última página que confirmó',
          'Por el apunte más nuevo',
        ],
        explanation:
          'Sigue teniendo su estante, así que su consumidor continúa desde su posición, que guarda en memoria. El marcapáginas (offset confirmado) importa cuando alguien se queda con el estante: un dueño nuevo, o el propio Ben después de perderlo.',
      },
    },
    {
      title: 'No se ha perdido nada',
      caption:
        'Cada apunte se leyó una vez y en orden. Los registros se quedan hasta que la retención los borra, no hasta que se leen.',
      notes:
        'Compáralo con una cola de mensajes que borra cada mensaje al consumirlo: aquí el log es la fuente de verdad y cada lector lleva su propia posición.',
    },
  ],
};
