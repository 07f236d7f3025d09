import type { LessonText } from '../lesson-text';

export const riskyShortcutEs: LessonText = {
  steps: [
    {
      title: 'Respuesta inmediata',
      caption:
        'Dos salas, dos copias; la original está en la sala 1. La profesora ya no espera a las copias: oye «guardado» en cuanto la original tiene su apunte.',
      term: 'acks=1',
      notes:
        'acks=1: la líder responde en cuanto ha añadido el registro, antes de que ninguna seguidora lo copie. Es más rápido, y seguro solo mientras la líder no falle antes de que copien sus seguidoras. Este topic además tiene min.insync.replicas = 1, y el broker permite elecciones de líder no limpias (unclean): tres atajos a la vez.',
    },
    {
      title: 'Se estropea la sala 2',
      caption:
        'La máquina de la sala 2 se estropea y su copia sale pronto de la lista de copias al día. La original sola guarda el estante y sigue diciendo «guardado» a cada apunte.',
      term: 'min.insync.replicas = 1',
      notes:
        'El broker 2 se ha caído; el controlador lo aísla tras broker.session.timeout.ms (9 s) y el ISR se queda solo con la líder. Con min.insync.replicas = 1 basta una réplica sincronizada, así que las escrituras siguen. Como acks=1 nunca esperó a la seguidora, la profesora no ha notado nada.',
    },
    {
      title: 'Una sola copia',
      caption:
        'Cada apunte nuevo vive ahora solo en la copia de la sala 1, y la profesora oyó «guardado» por cada uno.',
      term: 'partición con réplicas insuficientes',
      notes:
        'La partición está under-replicated: tiene menos réplicas sincronizadas que réplicas. kafka-topics.sh --describe --under-replicated-partitions la muestra, y en producción debería saltar una alerta. Todo lo escrito desde que paró el broker 2 existe solo en el broker 1.',
    },
    {
      title: 'Se estropea la última copia',
      caption:
        'La máquina de la sala 1 también se estropea. No queda ninguna copia al día: el estante está fuera de servicio, nadie puede escribir ni leer, y la profesora espera.',
      term: 'partición sin líder (offline)',
      notes:
        'Cuando el broker 1 queda aislado, el controlador no encuentra ninguna réplica viva en el ISR: la partición no tiene líder (kafka-topics.sh muestra leader none). Con las elecciones no limpias desactivadas, como viene Kafka por defecto, sigue así hasta que vuelva el broker 1, y no se pierde nada, solo se retrasa.',
    },
    {
      title: 'Lidera una copia atrasada',
      caption:
        'La sala 2 se repara primero, con su copia vieja. Una elección no limpia la hace original: los apuntes que solo tenía la sala 1 se han perdido.',
      term: 'unclean.leader.election.enable',
      notes:
        'Con unclean.leader.election.enable=true el controlador elige una réplica viva que no está en el ISR. Su log termina donde el broker 2 dejó de copiar; todo lo posterior, ya confirmado al productor, ya no está en la partición, y los registros nuevos reciben los mismos offsets. El lostAcknowledged del productor los cuenta.',
      question: {
        prompt: '¿Y los 15 últimos apuntes, que la sala 2 no tiene?',
        choices: [
          'La sala 2 los copia más tarde',
          'La profesora los vuelve a enviar',
          'Se pierden, aunque estaban «guardados»',
        ],
        explanation:
          'La sala 1 sigue rota, y cuando vuelva tendrá que coincidir con la nueva original: tirará sus apuntes de más. A la profesora le dijeron que estaban guardados, así que nunca los vuelve a enviar.',
      },
    },
    {
      title: 'La sala 1 se alinea',
      caption:
        'Reparan la sala 1. Su copia tira los apuntes que la nueva original nunca tuvo y copia los nuevos: las dos copias coinciden, y los 15 apuntes se han perdido para siempre. Ana siguió desde la página 4, la primera que cambió: no leyó ninguna página dos veces.',
      term: 'truncado del log',
      notes:
        'Una réplica que vuelve pregunta a la líder dónde terminó su época y corta su log ahí antes de pedir registros (leader epochs, KIP-101), así las réplicas vuelven a coincidir. Un consumidor hace la misma comprobación al ver una leader epoch nueva (KIP-320): preguntada con OffsetsForLeaderEpoch, la nueva líder respondió que la época de Ana terminó en el offset 4, por debajo de su posición 19, así que su consumidor pasó a 4, el primer offset que se sabe que diverge, en lugar de aplicar auto.offset.reset (con earliest habría vuelto a leer 0-3); su siguiente commit llevó allí también el offset confirmado. La configuración segura evita todo esto: acks=all, min.insync.replicas 2 con factor de replicación 3, y las elecciones no limpias desactivadas (por defecto).',
    },
  ],
};
