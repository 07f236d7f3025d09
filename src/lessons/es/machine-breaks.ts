import type { LessonText } from '../lesson-text';

export const machineBreaksEs: LessonText = {
  steps: [
    {
      title: 'Tres copias, hacen falta dos',
      caption:
        'Tres salas, tres copias del estante; la original está en la sala 1. La profesora espera a todas las copias al día, y al menos dos deben estarlo.',
      term: 'acks=all, min.insync.replicas',
      notes:
        'El productor de la profesora usa acks=all (el valor por defecto desde Kafka 3.0): un registro se confirma cuando lo tienen todas las réplicas sincronizadas. El topic fija min.insync.replicas = 2: con menos de dos réplicas sincronizadas, la líder rechaza las escrituras con acks=all. Factor de replicación 3 con min.insync.replicas 2 es la configuración habitual en producción: un broker puede caerse y las escrituras siguen.',
    },
    {
      title: 'Se estropea la máquina líder',
      caption:
        'La máquina de la sala 1, con la original, se estropea. Nadie puede escribir en el estante ni leerlo: la profesora se guarda sus apuntes nuevos y espera.',
      term: 'caída de un broker',
      notes:
        'El broker 1 se ha caído. Hasta que el controlador lo nota (broker.session.timeout.ms, 9 s aquí y por defecto), no se puede llegar a la líder de la partición: las peticiones de escritura fallan y el productor se guarda sus registros y reintenta tras retry.backoff.ms. Los consumidores no reciben nada nuevo. Señala los apuntes que esperan con la profesora.',
    },
    {
      title: 'Una copia toma el relevo',
      caption:
        'El controlador da por perdida la sala 1 y hace líder a la copia de la sala 3. Esa copia tiene todos los apuntes por los que la profesora oyó «guardado».',
      term: 'elección de líder',
      notes:
        'Cuando caduca la sesión del broker 1, el controlador lo aísla y elige la primera réplica de la asignación que está viva y en el ISR: el broker 3. Toda réplica sincronizada tiene todos los registros por debajo del high watermark, que es justo lo que acks=all confirmó, así que la nueva líder lo tiene todo.',
      question: {
        prompt: '¿Qué apuntes sobreviven a la avería de la sala 1?',
        choices: [
          'Todos por los que oyó «guardado»',
          'Solo los que Ana ya ha leído',
          'Ninguno: la copia líder ya no está',
        ],
        explanation:
          '«Guardado» quería decir que todas las copias al día tenían el apunte, así que la copia que toma el relevo también lo tiene. Los apuntes que aún esperaban con la profesora nunca se guardaron: los vuelve a enviar.',
      },
    },
    {
      title: 'Entran los apuntes en espera',
      caption:
        'La profesora envía sus apuntes en espera a la copia de la sala 3, ahora la original. Hay dos copias al día, suficientes: cada apunte se guarda y Ana sigue leyendo.',
      term: 'reintentos',
      notes:
        'El productor conoce la nueva líder por sus metadatos y reintenta allí sus registros. La idempotencia (activada por defecto) asegura que un registro reintentado se escribe una sola vez. El ISR son los brokers 2 y 3: dos réplicas, que cumplen min.insync.replicas.',
    },
    {
      title: 'Quedan muy pocas copias',
      caption:
        'Apagan la máquina de la sala 3 para repararla. Solo la copia de la sala 2 sigue al día, menos de dos: la original rechaza los apuntes nuevos y la profesora espera.',
      term: 'NOT_ENOUGH_REPLICAS',
      notes:
        'Una parada limpia es un apagado controlado: el broker 3 pasa primero su liderazgo al broker 2 y sale del ISR al momento. Con una réplica sincronizada y min.insync.replicas = 2, la líder responde a las escrituras con acks=all con NOT_ENOUGH_REPLICAS; el productor reintenta hasta delivery.timeout.ms (120 s por defecto). Ana sigue leyendo todo lo que se guardó y luego espera.',
      question: {
        prompt:
          'Apagan la sala 3 para repararla: queda una sola copia al día. ¿Qué pasa con los apuntes nuevos de la profesora?',
        choices: [
          'La original los escribe y dice «guardado»',
          'Los rechaza: la profesora se los guarda y reintenta',
          'Se tiran',
        ],
        explanation:
          'Con menos copias al día que min.insync.replicas, la original no acepta un apunte que no podría guardar con seguridad. La profesora espera con sus apuntes hasta que vuelvan suficientes copias.',
      },
    },
    {
      title: 'Reparadas',
      caption:
        'Reparan las salas 1 y 3. Sus copias se ponen al día desde la original de la sala 2 y vuelven a estar al día: tres copias.',
      term: 'el ISR crece',
      notes:
        'Los brokers reparados piden lo que se perdieron a la líder y vuelven al ISR. El broker 2 sigue de líder: Kafka devuelve el liderazgo a la réplica preferida (el broker 1) solo en su siguiente revisión de desequilibrio, cada 300 s por defecto.',
    },
    {
      title: 'No se perdió nada guardado',
      caption:
        'Entran los apuntes en espera de la profesora. Dos averías, y no se perdió ni un apunte por el que oyó «guardado», ni falló ninguno.',
      term: 'durabilidad',
      notes:
        'acks=all con min.insync.replicas 2 y factor de replicación 3 aguanta la caída de cualquier broker sin perder un registro confirmado; con dos caídos, las escrituras se detienen en vez de arriesgarse. El precio es esperar. Próxima lección: los atajos que cambian esta seguridad por velocidad.',
    },
  ],
};
