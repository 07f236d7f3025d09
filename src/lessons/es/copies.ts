import type { LessonText } from '../lesson-text';

export const copiesEs: LessonText = {
  steps: [
    {
      title: 'Tres salas, tres copias',
      caption:
        'La máquina de apuntes está ahora en tres salas, y su estante tiene una copia en cada una: cada apunte se guarda tres veces.',
      term: 'broker, factor de replicación',
      notes:
        'Cada sala es un broker: un servidor de Kafka. El topic se creó con factor de replicación 3, así que la partición tiene una réplica en tres brokers. Que se estropee una máquina ya no significa perder el estante. Señala las tres salas y las mismas páginas en cada copia.',
    },
    {
      title: 'La copia líder',
      caption:
        'La profesora escribe cada apunte en una sola copia, la original, en la sala 2. Las copias de las salas 1 y 3 la siguen: copian de ella cada apunte nuevo.',
      term: 'líder, seguidora',
      notes:
        'Cada partición tiene una réplica líder, aquí en el broker 2; los productores escriben en ella y los consumidores leen de ella. Las seguidoras, en los brokers 1 y 3, piden a la líder los registros como lo haría un consumidor, unos milisegundos por detrás. Qué broker lidera se decide al crear el topic: la primera réplica de su lista, la líder preferida.',
      question: {
        prompt: '¿Adónde va primero el próximo apunte de la profesora?',
        choices: [
          'A las tres copias a la vez',
          'A la original, en la sala 2',
          'A la copia de la sala más cercana',
        ],
        explanation:
          'Solo la original acepta apuntes. Las demás copias copian de ella, así que todas las copias acaban con las mismas páginas en el mismo orden.',
      },
    },
    {
      title: 'La marca de agua',
      caption:
        'Ana lee un apunte solo cuando lo tienen todas las copias al día, y solo entonces oye la profesora «guardado». Esa línea, «se lee hasta», es el high watermark.',
      term: 'marca de agua alta (high watermark), acks=all',
      notes:
        'El high watermark es el menor log end offset entre las réplicas sincronizadas. Los consumidores solo leen por debajo de él, y el lag se cuenta desde él. Con acks=all, el valor por defecto desde Kafka 3.0, la petición del productor se responde cuando el high watermark supera su registro. Aquí las seguidoras copian en milisegundos, así que el high watermark va justo detrás del final del log de la líder.',
    },
    {
      title: 'La sala 3 deja de copiar',
      caption:
        'La máquina de la sala 3 se estropea. La línea de lectura se para donde se paró la copia de la sala 3: la original tiene un apunte que nadie puede leer aún, y la profesora retiene los demás hasta que ese quede guardado.',
      term: 'réplicas sincronizadas (ISR)',
      notes:
        'El broker 3 se ha caído, pero nadie lo ha notado aún: sigue en el ISR, la lista de réplicas sincronizadas, y el high watermark no puede pasar de su log end. La líder añadió la única petición de produce que había leído y la aparca en el purgatorio (DelayedProduce) hasta que el high watermark la pase; un broker lee una sola petición por conexión cada vez (SocketServer silencia la conexión hasta responder), así que los lotes siguientes esperan en el productor. Los consumidores no ven nada nuevo. Señala el hueco entre la última página de la líder y la marca de agua, y los apuntes que esperan junto a la profesora.',
      question: {
        prompt:
          'La sala 3 se estropea pero sigue de momento en la lista de copias al día. ¿Qué puede leer Ana?',
        choices: [
          'Todos los apuntes de la original',
          'Nada: el estante está cerrado',
          'Hasta la línea de lectura, ahora parada',
        ],
        explanation:
          'Un apunte cuenta como guardado solo cuando lo tienen todas las copias al día. La sala 3 no tiene nada nuevo, así que la línea no se mueve y Ana espera en ella.',
      },
    },
    {
      title: 'Fuera de la lista',
      caption:
        'La sala 3 lleva demasiado tiempo callada: su copia sale de la lista de copias al día. Aquí bastan dos copias: el apunte que esperaba queda guardado, la profesora entrega los que retenía y Ana sigue leyendo.',
      term: 'el ISR se reduce, min.insync.replicas',
      notes:
        'El controlador aísla (fence) el broker 3 cuando pasa broker.session.timeout.ms (9 s) sin recibir su heartbeat, y lo saca de todos los ISR; una seguidora viva que se queda atrás sale tras replica.lag.time.max.ms (30 s). El ISR son ahora los brokers 1 y 2: el high watermark es el menor de sus log end, y acks=all vuelve a responderse, porque 2 copias cumplen min.insync.replicas = 2. Con esa respuesta la líder lee la siguiente petición del productor: llegan a la vez todos los lotes retenidos.',
    },
    {
      title: 'La sala 3 se pone al día',
      caption:
        'Reparan la máquina de la sala 3. Su copia pide a la original todos los apuntes que se perdió y vuelve a estar al día: otra vez tres copias.',
      term: 'el ISR crece',
      notes:
        'Una seguidora reiniciada pide registros a la líder hasta que su log end alcanza el high watermark; entonces la líder la vuelve a añadir al ISR. Nada de lo que la clase leyó o se le dijo a la profesora cambia: la copia reparada solo se pone al día.',
    },
    {
      title: 'Guardado quiere decir copiado',
      caption:
        'Un apunte está guardado cuando lo tienen todas las copias al día: solo entonces se lee, y solo entonces oye la profesora «guardado».',
      term: 'registro confirmado (committed)',
      notes:
        'Kafka llama committed a un registro por debajo del high watermark: sobrevive mientras sobreviva una réplica sincronizada. Próxima lección: qué pasa cuando se estropea la propia líder.',
    },
  ],
};
