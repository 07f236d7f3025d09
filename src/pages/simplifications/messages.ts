import { catalogue } from '../../shared/lang';

/** One part of the page: a heading and paragraphs, where **double stars** mark Kafka's terms (drawn in bold). */
export interface Part {
  readonly id: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

interface SimplificationsMessages {
  title: string;
  lead: string;
  home: string;
  parts: readonly Part[];
  /** The part the classroom's settings table goes under, and the words around it. */
  timers: Part;
  groupCaption: string;
  retentionCaption: string;
  checked: Part;
  truthTableHeading: string;
  truthTableNone: string;
  truthTable: (agree: string, checked: string, version: string) => string;
}

/**
 * The "What this simulator simplifies" page. Each claim was checked against Kafka's source (trunk of October
 * 2024, 4.0): the classes named in the comments of `docs/ARCHITECTURE.md` and the engine.
 */
export const messages = catalogue<SimplificationsMessages>({
  en: {
    title: 'What this simulator simplifies',
    lead:
      "Every rule the classroom shows behaves as Kafka's classic consumer protocol does, with the " +
      'simplifications listed here. Read them before you carry a lesson to a real cluster.',
    home: 'Kafka Classroom',
    parts: [
      {
        id: 'broker',
        heading: 'Brokers and copies, with a controller that never fails',
        paragraphs: [
          'Most classes have one note-taking machine: one **broker** keeping one copy of every **partition** ' +
            '(replication factor 1), so the **high watermark** is always the **log end offset** and a note ' +
            'can be read the moment it is written. The lessons of “When a machine breaks” and the sandbox ' +
            'run up to five brokers, in rooms: each partition has a **leader** and **followers** that copy it, ' +
            'a follower that has not caught up for **replica.lag.time.max.ms** leaves the **ISR**, consumers ' +
            'read only up to the high watermark, and a broker that fails hands its partitions to an in-sync ' +
            'copy, as in Kafka 4.4.',
          'Simplified: a follower copies in one 10 ms round trip after each write, and the leader learns ' +
            'its progress at once (Kafka learns it from the follower’s next fetch). The KRaft **controller** ' +
            'never fails and its decisions reach every broker and client at once; a crashed broker is fenced ' +
            'after **broker.session.timeout.ms** (9 s). Replicas are placed as Kafka’s rack-unaware ' +
            'assignment places them, but KRaft shuffles differently, so a real cluster’s replica lists may ' +
            'differ. The group coordinator moves with its __consumer_offsets partition; that log itself is ' +
            'not modelled.',
        ],
      },
      {
        id: 'transactions',
        heading: 'No transactions',
        paragraphs: [
          'There are no **transactions** and no exactly-once processing: delivery is **at least once**. A ' +
            'note processed but not yet committed is processed again by whoever reads the shelf next, and ' +
            'the translator may write it to notas twice. Kafka’s transactional producer, ' +
            '**isolation.level=read_committed** and Kafka Streams’ exactly_once_v2 are not modelled.',
        ],
      },
      {
        id: 'protocol',
        heading: 'The classic group protocol, and what KIP-848 changes',
        paragraphs: [
          'Study groups follow the **classic protocol** (**group.protocol=classic**, still the Java ' +
            'client’s default in Kafka 4): members join and sync in rounds, one of them runs the assignor, ' +
            'and the group goes Empty, PreparingRebalance, CompletingRebalance, Stable. With an eager assignor ' +
            '(range, roundrobin, sticky) every member gives back all its shelves and waits for the others, so ' +
            'one slow member holds up the whole group; cooperative-sticky moves only the shelves that change, ' +
            'in two rounds.',
          'KIP-848’s consumer protocol (**group.protocol=consumer**, generally available in Kafka 4.0) is ' +
            'not modelled: there the broker computes the assignment, each member moves to it on its own ' +
            'through heartbeats, with no round that waits for everyone, and the session timeout and ' +
            'heartbeat interval are broker settings (group.consumer.session.timeout.ms, 45 s; ' +
            'group.consumer.heartbeat.interval.ms, 5 s).',
        ],
      },
      {
        id: 'poll',
        heading: 'Poll and fetch',
        paragraphs: [
          'A student’s pick-up is a **poll**: it hands her at most **max.poll.records** notes from the ' +
            'front of her shelves, she processes them at her own pace, and then she polls again. The engine ' +
            'fetches inside the poll, from her **position**, and waits up to **fetch.max.wait.ms** on an ' +
            'empty shelf.',
          'A real consumer fetches in the background, ahead of its polls, in batches bounded by bytes ' +
            '(fetch.min.bytes, fetch.max.bytes, max.partition.fetch.bytes), and a poll only takes records ' +
            'already fetched. Network time, the fetch buffer and those byte limits are not modelled.',
        ],
      },
      {
        id: 'sizes',
        heading: 'Every note is 100 bytes',
        paragraphs: [
          'Every record counts as 100 bytes for **segment.bytes**, **retention.bytes** and **batch.size**, ' +
            'so a teacher can say “a 1,000-byte bundle holds 10 notes”. Real records vary in size, travel in ' +
            'compressed batches with headers, and Kafka 4 refuses a segment.bytes under 1 MiB: the ' +
            'inspector marks such a value “classroom only”.',
        ],
      },
      {
        id: 'produce',
        heading: 'No produce latency',
        paragraphs: [
          'A note is on the shelf the instant the teacher says it: sending takes no time. With one broker ' +
            'it is also acknowledged at once and nothing can fail. With several, **acks** (0, 1 or all, all by ' +
            'default), **min.insync.replicas**, retries with backoff, **delivery.timeout.ms** and ' +
            '**enable.idempotence** behave as in Kafka: the teacher waits for copies, and a note can fail or, ' +
            'acknowledged with acks=1, be lost.',
          'Not modelled: the network’s time (but for a follower’s round trip), **linger.ms** holding a ' +
            'batch back, and a request timing out on its own (**request.timeout.ms**).',
          'A write the original holds longer than **request.timeout.ms** (30 s), waiting for copies that do ' +
            'not come (fewer in step than **min.insync.replicas**), is answered REQUEST_TIMED_OUT as in Kafka, ' +
            'and the teacher sends its notes again, refused until the copies catch up. Then, with ' +
            '**enable.idempotence**, the original knows the notes it already holds and answers for them; ' +
            'without it they are written twice. If **delivery.timeout.ms** passes first, they fail though they ' +
            'stay on the shelf. The teacher notices a passed delivery.timeout.ms at her next retry, up to a ' +
            'second (**retry.backoff.max.ms**) late.',
        ],
      },
      {
        id: 'static',
        heading: 'No static membership',
        paragraphs: [
          'Every student is a dynamic member. One who crashes keeps her shelves until her ' +
            '**session.timeout.ms** runs out; when she comes back she joins as a new member, with a new ' +
            'member id, while the old one waits out its session timeout. Kafka’s **static membership** (**group.instance.id**) lets ' +
            'a restarted consumer take its old place without a rebalance; it is not modelled.',
          'Also not modelled: adding partitions to a topic, the expiry of committed offsets ' +
            '(offsets.retention.minutes), rack awareness, quotas and security.',
        ],
      },
    ],
    timers: {
      id: 'timers',
      heading: 'The classroom’s timers',
      paragraphs: [
        'The built-in classes shorten Kafka’s timers so a class sees in seconds what takes minutes on a ' +
          'real cluster, and start a new group at the oldest note kept (**auto.offset.reset=earliest**) ' +
          'where Kafka starts at the next new one (latest). Each value is one a real Kafka accepts: 6 s is the ' +
          'shortest session timeout a broker takes by default (**group.min.session.timeout.ms**), and the ' +
          'classroom refuses values outside 6 s to 30 min as a broker would.',
        'Some classes change them further; the inspector shows every class’s own settings beside Kafka’s ' +
          'defaults (click a study group or a note-taking machine).',
      ],
    },
    groupCaption: 'A study group in the built-in classes',
    retentionCaption: 'The “Old notes expire” class: its machine and its broker',
    checked: {
      id: 'checked',
      heading: 'Checked against',
      paragraphs: [
        'The rules were checked against Apache Kafka 4.0’s source (the Java consumer’s classic protocol, the ' +
          'group coordinator, the log’s retention and compaction), replication and failover against Kafka ' +
          '4.4’s, and the partitioner and assignors against Kafka’s own test vectors, which the tests replay.',
      ],
    },
    truthTableHeading: 'Kafka in the loop',
    truthTableNone:
      'Not measured yet: a harness that runs the same behaviours against a real Kafka broker will report ' +
      'here how many of them agree.',
    truthTable: (agree, checked, version) =>
      `${agree} of ${checked} behaviours agree with a real Kafka ${version} broker.`,
  },
  es: {
    title: 'Lo que este simulador simplifica',
    lead:
      'Cada regla que muestra la clase se comporta como el protocolo clásico de consumidores de Kafka, ' +
      'con las simplificaciones que se enumeran aquí. Léelas antes de llevar una lección a un clúster real.',
    home: 'Kafka Classroom',
    parts: [
      {
        id: 'broker',
        heading: 'Brokers y copias, con un controlador que nunca falla',
        paragraphs: [
          'Casi todas las clases tienen una sola máquina de apuntes: un **broker** que guarda una copia de ' +
            'cada **partición** (factor de replicación 1), así que el **high watermark** es siempre el ' +
            '**log end offset** y un apunte se puede leer en cuanto se escribe. Las lecciones de «Cuando se ' +
            'estropea una máquina» y el sandbox usan hasta cinco brokers, en salas: cada partición ' +
            'tiene un **líder** y **seguidores** que lo copian, un seguidor que no se pone al día en ' +
            '**replica.lag.time.max.ms** sale del **ISR**, los consumidores solo leen hasta el high ' +
            'watermark, y un broker que falla cede sus particiones a una copia sincronizada, como en Kafka 4.4.',
          'Simplificado: un seguidor copia en un solo viaje de 10 ms después de cada escritura, y el líder ' +
            'conoce su avance al momento (Kafka lo sabe por el siguiente fetch del seguidor). El ' +
            '**controlador** KRaft nunca falla y sus decisiones llegan a la vez a todos los brokers y ' +
            'clientes; un broker caído queda aislado (fenced) tras **broker.session.timeout.ms** (9 s). Las ' +
            'réplicas se colocan como en la asignación de Kafka sin racks, pero KRaft baraja de otra forma, ' +
            'así que las listas de réplicas de un clúster real pueden ser otras. El coordinador del grupo se ' +
            'mueve con su partición de __consumer_offsets; ese log no está modelado.',
        ],
      },
      {
        id: 'transactions',
        heading: 'Sin transacciones',
        paragraphs: [
          'No hay **transacciones** ni procesamiento exactly-once: la entrega es **al menos una vez**. Un ' +
            'apunte procesado pero aún no confirmado lo vuelve a procesar quien lea el estante después, y ' +
            'el traductor puede escribirlo dos veces en notas. El productor transaccional de Kafka, ' +
            '**isolation.level=read_committed** y el exactly_once_v2 de Kafka Streams no están modelados.',
        ],
      },
      {
        id: 'protocol',
        heading: 'El protocolo clásico de grupos, y lo que cambia KIP-848',
        paragraphs: [
          'Los grupos de estudio siguen el **protocolo clásico** (**group.protocol=classic**, todavía el ' +
            'valor por defecto del cliente Java en Kafka 4): los miembros se unen y se sincronizan por ' +
            'rondas, uno de ellos ejecuta el asignador, y el grupo pasa por Empty, PreparingRebalance, ' +
            'CompletingRebalance y Stable. Con un asignador eager (range, roundrobin, sticky) cada miembro ' +
            'devuelve todos sus estantes y espera a los demás, así que un miembro lento retrasa a todo el ' +
            'grupo; cooperative-sticky mueve solo los estantes que cambian, en dos rondas.',
          'El protocolo de consumidores de KIP-848 (**group.protocol=consumer**, disponible de forma general ' +
            'en Kafka 4.0) no está modelado: allí el broker calcula la asignación, cada miembro llega a ella ' +
            'por su cuenta con los latidos, sin una ronda que espere a todos, y el session timeout y el ' +
            'intervalo de latido son ajustes del broker (group.consumer.session.timeout.ms, 45 s; ' +
            'group.consumer.heartbeat.interval.ms, 5 s).',
        ],
      },
      {
        id: 'poll',
        heading: 'Poll y fetch',
        paragraphs: [
          'Cada recogida de un estudiante es un **poll**: le entrega como mucho **max.poll.records** ' +
            'apuntes del principio de sus estantes, los procesa a su ritmo y vuelve a pedir. El motor hace ' +
            'el fetch dentro del poll, desde su **posición**, y espera hasta **fetch.max.wait.ms** ante un ' +
            'estante vacío.',
          'Un consumidor real hace los fetch en segundo plano, por delante de sus poll, en lotes limitados ' +
            'en bytes (fetch.min.bytes, fetch.max.bytes, max.partition.fetch.bytes), y un poll solo toma ' +
            'registros ya recibidos. El tiempo de red, el búfer de fetch y esos límites no están modelados.',
        ],
      },
      {
        id: 'sizes',
        heading: 'Cada apunte ocupa 100 bytes',
        paragraphs: [
          'Cada registro cuenta como 100 bytes para **segment.bytes**, **retention.bytes** y ' +
            '**batch.size**, para que una profesora pueda decir «un fajo de 1000 bytes guarda 10 apuntes». ' +
            'Los registros reales varían de tamaño, viajan en lotes comprimidos con cabeceras, y Kafka 4 ' +
            'rechaza un segment.bytes menor de 1 MiB: el inspector marca ese valor «solo en el aula».',
        ],
      },
      {
        id: 'produce',
        heading: 'Sin latencia al producir',
        paragraphs: [
          'Un apunte está en el estante en cuanto la profesora lo dice: enviar no tarda nada. Con un solo ' +
            'broker además se confirma al momento y nada puede fallar. Con varios, **acks** (0, 1 o all, all ' +
            'por defecto), **min.insync.replicas**, los reintentos con espera, **delivery.timeout.ms** y ' +
            '**enable.idempotence** se comportan como en Kafka: la profesora espera a las copias, y un apunte ' +
            'puede fallar o, confirmado con acks=1, perderse.',
          'No está modelado: el tiempo de la red (salvo el viaje de un seguidor), **linger.ms** reteniendo ' +
            'un lote, ni que una petición caduque por sí sola (**request.timeout.ms**).',
          'Una escritura que el original retiene más de **request.timeout.ms** (30 s), esperando copias que ' +
            'no llegan (menos al día que **min.insync.replicas**), recibe REQUEST_TIMED_OUT como en Kafka, y ' +
            'la profesora vuelve a enviar sus apuntes, rechazados hasta que las copias se ponen al día. ' +
            'Entonces, con **enable.idempotence**, el original reconoce los apuntes que ya tiene y responde por ' +
            'ellos; sin ella se escriben dos veces. Si antes pasa **delivery.timeout.ms**, fallan aunque sigan ' +
            'en el estante. La profesora nota que pasó delivery.timeout.ms en su siguiente reintento, hasta un ' +
            'segundo (**retry.backoff.max.ms**) tarde.',
        ],
      },
      {
        id: 'static',
        heading: 'Sin pertenencia estática',
        paragraphs: [
          'Cada estudiante es un miembro dinámico. Si se cae, conserva sus estantes hasta que se agota su ' +
            '**session.timeout.ms**; cuando vuelve, entra como un miembro nuevo, con otro member id, ' +
            'mientras el antiguo agota su session timeout. La **pertenencia estática** de Kafka (**group.instance.id**) deja que un ' +
            'consumidor reiniciado recupere su sitio sin reequilibrar; no está modelada.',
          'Tampoco están modelados: añadir particiones a un topic, la caducidad de los offsets confirmados ' +
            '(offsets.retention.minutes), la conciencia de rack, las cuotas y la seguridad.',
        ],
      },
    ],
    timers: {
      id: 'timers',
      heading: 'Los tiempos de la clase',
      paragraphs: [
        'Las clases incluidas acortan los tiempos de Kafka para que una clase vea en segundos lo que en un ' +
          'clúster real tarda minutos, y un grupo nuevo empieza por el apunte más antiguo guardado ' +
          '(**auto.offset.reset=earliest**) donde Kafka empieza por el siguiente nuevo (latest). Cada valor ' +
          'es uno que un Kafka real acepta: 6 s es el session timeout más corto que un broker admite por ' +
          'defecto (**group.min.session.timeout.ms**), y la clase rechaza valores fuera de 6 s a 30 min, ' +
          'como haría un broker.',
        'Algunas clases los cambian más; el inspector muestra los ajustes de cada clase junto a los valores ' +
          'por defecto de Kafka (pulsa un grupo de estudio o una máquina de apuntes).',
      ],
    },
    groupCaption: 'Un grupo de estudio de las clases incluidas',
    retentionCaption: 'La clase «Los apuntes caducan»: su máquina y su broker',
    checked: {
      id: 'checked',
      heading: 'Comprobado con',
      paragraphs: [
        'Las reglas se comprobaron con el código fuente de Apache Kafka 4.0 (el protocolo clásico del ' +
          'consumidor Java, el coordinador de grupos, la retención y la compactación del log), la ' +
          'replicación y los cambios de líder con el de Kafka 4.4, y el particionador y los asignadores con los vectores de prueba del propio Kafka, que los tests ' +
          'reproducen.',
      ],
    },
    truthTableHeading: 'Kafka en el circuito',
    truthTableNone:
      'Aún sin medir: un banco de pruebas que ejecuta los mismos comportamientos contra un broker de Kafka ' +
      'real dirá aquí cuántos coinciden.',
    truthTable: (agree, checked, version) =>
      `${agree} de ${checked} comportamientos coinciden con un broker real de Kafka ${version}.`,
  },
});
