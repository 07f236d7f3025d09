import type { LessonText } from '../lesson-text';

export const noSpareCopyEs: LessonText = {
  steps: [
    {
      title: 'Todas las copias, obligatorias',
      caption:
        'Tres salas, tres copias, y este estante exige las tres al día para dar un apunte por guardado. Parece más seguro todavía.',
      term: 'min.insync.replicas = factor de replicación',
      notes:
        'El topic tiene factor de replicación 3 y min.insync.replicas 3. Parece la opción más segura: cada registro confirmado está en todos los brokers. Pregunta a la clase qué pasa cuando un broker se apaga para una actualización rutinaria.',
    },
    {
      title: 'Una máquina en reparación',
      caption:
        'Apagan la máquina de la sala 3 para repararla. Quedan dos copias al día, menos de tres: la original rechaza todos los apuntes nuevos y la profesora espera.',
      term: 'NOT_ENOUGH_REPLICAS',
      notes:
        'Un apagado controlado: el broker 3 sale del ISR al momento. El ISR tiene dos réplicas y min.insync.replicas es 3, así que la líder rechaza toda escritura con acks=all con NOT_ENOUGH_REPLICAS y el productor sigue reintentando. Los consumidores leen todo lo confirmado antes y luego esperan: no llega nada nuevo.',
      question: {
        prompt:
          'Apagan para repararla la máquina de la sala 3, una de tres. ¿Qué pasa con los apuntes de la profesora?',
        choices: [
          'Se escriben en las dos copias que quedan',
          'No se guarda ninguno hasta que vuelva la máquina',
          'Se guarda la mitad',
        ],
        explanation:
          'El estante exige tres copias al día y solo quedan dos. Basta una máquina apagada para parar todos los apuntes: exigir todas las copias no deja margen para un solo fallo.',
      },
    },
    {
      title: 'La profesora se rinde',
      caption:
        'La profesora no espera para siempre: cuando un apunte lleva 30 segundos esperando, lo da por perdido. Nunca se guarda.',
      term: 'delivery.timeout.ms',
      notes:
        'Tras delivery.timeout.ms (aquí 30 s, lo mínimo que Kafka acepta con su request.timeout.ms por defecto; 120 s por defecto) el productor da el registro por fallido: el callback de send() recibe una TimeoutException y la aplicación decide qué hacer. Kafka da por fallido de una vez todo un lote reintentado, así que en un clúster real fallan juntos todos los apuntes enviados durante la parada.',
    },
    {
      title: 'Otra vez al día',
      caption:
        'Reparan la sala 3 y se pone al día: otra vez tres copias al día, y entran los apuntes de la profesora que aún esperaban.',
      term: 'el ISR crece',
      notes:
        'Con tres réplicas sincronizadas otra vez, la líder acepta escrituras. La lección de esta clase: min.insync.replicas debe ser menor que el factor de replicación, o el mantenimiento de un solo broker detiene a los productores. Factor de replicación 3 con min.insync.replicas 2 aguanta un broker caído, como mostró una lección anterior.',
    },
  ],
};
