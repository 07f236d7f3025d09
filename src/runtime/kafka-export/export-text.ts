/**
 * The words of the exported files (README, PREDICTIONS, the topics script's comments), in the user's
 * language and vocabulary. In classroom words each term carries Kafka's name beside it ("shelf
 * (partition)"): the reader is about to meet Kafka's tools, which print only Kafka's names.
 */
import { catalogue, type Voice } from '../../shared/lang';

type Pair = readonly [classroom: string, kafka: string];

const TERMS = catalogue({
  en: {
    topic: ['note-taking machine', 'topic'],
    partition: ['shelf', 'partition'],
    partitions: ['shelves', 'partitions'],
    key: ['subject', 'key'],
    producer: ['teacher', 'producer'],
    group: ['study group', 'consumer group'],
    member: ['student', 'consumer'],
    members: ['students', 'consumers'],
    committed: ['bookmark', 'committed offset'],
    lag: ['backlog', 'lag'],
    assignments: ['sharing out the shelves', 'assignments'],
    generation: ['seating round', 'generation'],
  } satisfies Record<string, Pair>,
  es: {
    topic: ['máquina de apuntes', 'topic'],
    partition: ['estante', 'partición'],
    partitions: ['estantes', 'particiones'],
    key: ['asignatura', 'clave'],
    producer: ['profesora', 'productor'],
    group: ['grupo de estudio', 'grupo de consumidores'],
    member: ['estudiante', 'consumidor'],
    members: ['estudiantes', 'consumidores'],
    committed: ['marcapáginas', 'offset confirmado'],
    lag: ['retraso', 'lag'],
    assignments: ['reparto de estantes', 'asignaciones'],
    generation: ['ronda de asientos', 'generación'],
  },
});

export type ExportTerm = keyof ReturnType<typeof TERMS>;

/** A term in the voice's words: "shelf (partition)" in classroom words, "partition" in Kafka's. */
export function term(voice: Voice, t: ExportTerm): string {
  const [classroom, kafka] = TERMS(voice.lang)[t];
  return voice.words === 'classroom' ? `${classroom} (${kafka})` : kafka;
}

/** The same with a capital first letter, for headings. */
export function headingTerm(voice: Voice, t: ExportTerm): string {
  const text = term(voice, t);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Only the word of the voice's vocabulary, for table headings. */
export function shortTerm(voice: Voice, t: ExportTerm): string {
  const [classroom, kafka] = TERMS(voice.lang)[t];
  return voice.words === 'classroom' ? classroom : kafka;
}

export const exportText = catalogue({
  en: {
    predictionsTitle: (title: string) => `What the simulator predicts for “${title}”`,
    predictionsIntro: (seconds: string) =>
      `Kafka Classroom's engine played this class for ${seconds} s of simulated time, with the same setup and ` +
      'actions the player plays on Kafka. Times are seconds since the class started; on Kafka the player ' +
      'starts its clock when everyone is in their seats (see README.md). The same numbers, every second, are in ' +
      'the predictions JSON file.',
    whereKeysLand: (key: string, partition: string) => `The ${partition} each ${key} lands on`,
    whereKeysLandNote:
      "Exact: Kafka's Java client puts a record with a key on murmur2(key) modulo the number of partitions " +
      '(BuiltInPartitioner.partitionForKey). Other clients may not: see README.md.',
    noKeys: 'No record of this class has a key.',
    unkeyed: (producer: string, topic: string) =>
      `${producer} writes to ${topic} without keys: the sticky partitioner spreads those records, and no ` +
      'client promises where each one goes, so they are not predicted.',
    writtenBy: 'written by',

    assignmentsNote:
      "Exact for the range and round-robin assignors: the player uses the student's name as client.id, so the " +
      'members sort as in the simulator. Sticky assignors may hand out the same shares in another order.',
    groupHeading: (group: string, groupName: string) => `${group} ${groupName}`,
    at: 'at (s)',
    nobody: '(nobody)',
    offsetsHeading: (committed: string, lag: string) => `${committed} and ${lag}`,
    offsetsNote: (tolerance: string) =>
      `Expected shape: on Kafka each number should be within ±${tolerance} records (two seconds of the class's ` +
      'writing) once the group has settled; right after an action or a rebalance, Kafka may be a moment early ' +
      'or late.',
    total: 'total',
    noCommit: '–',
    // README
    readmeTitle: (title: string) => `“${title}” on real Apache Kafka`,
    readmeIntro: (title: string) =>
      `This folder holds the class “${title}” from Kafka Classroom, ready to play on a real Apache Kafka ` +
      "broker with Kafka's own Java client, and what the simulator predicts you will see.",
    filesHeading: 'What is here',
    fileTopics: (topic: string, partitions: string) =>
      `creates every ${topic} with its ${partitions} and every setting this class changes from Kafka's defaults`,
    fileRun: 'builds the player with Maven and plays the class (the bootstrap server is its first argument)',
    filePlayer:
      "the player: a Java program on Kafka's own client (kafka-clients) that plays the producers and the " +
      'consumer groups with the same keys, rates, group settings and actions as the simulator',
    fileScenario: 'the class (as the sandbox exports it) and its actions with their times',
    filePredictions: 'the predictions, to read and as JSON (every second)',
    brokerHeading: '1. A broker',
    brokerContainer: 'With the apache/kafka container image (a single node in KRaft mode):',
    brokerDownload:
      "Or with Kafka's own download (https://kafka.apache.org/downloads), in KRaft mode, from its folder:",
    brokerSettings: (settings: string) =>
      `This class changes broker settings from Kafka's defaults (${settings}). With the download, add these ` +
      'lines to config/server.properties before starting it:',
    brokerSettingsContainer:
      'The container image reads broker settings from KAFKA_… environment variables (KAFKA_ plus the name in ' +
      'capitals, dots as underscores), but given any, it replaces its whole default configuration with them: ' +
      "see docker/examples/README.md in Kafka's repository.",
    brokerDelayNote: (members: string) =>
      "group.initial.rebalance.delay.ms only moves the class's start: the player waits until every one of " +
      `the first ${members} has its partitions before its clock runs on.`,
    topicsHeading: '2. The topics',
    topicsHow:
      "Needs Kafka's command-line tools (bin/ of the download). BOOTSTRAP defaults to localhost:9092; " +
      'KAFKA_TOPICS names kafka-topics.sh if it is not on your PATH.',
    topicsOptional:
      'The player also creates missing topics itself, with the same settings; the script shows them and lets ' +
      'you make them by hand.',
    segmentBytesNote: (topic: string, value: string, min: string) =>
      `${topic}: the class uses segment.bytes=${value}, which Kafka 4 refuses (at least ${min} bytes since ` +
      'KIP-1030); the script asks for the minimum, so segments roll later than in the simulator.',
    sizesNote:
      'The simulator counts every record as 100 bytes; on Kafka a record and its batch take their real size, ' +
      'so settings in bytes (retention.bytes, segment.bytes) act at other moments.',
    playHeading: '3. Play the class',
    playHow: (seconds: string) =>
      `Needs Java 17 or newer and Maven. It plays for ${seconds} s of real time and writes what happened, one ` +
      'JSON object per line, to the facts file.',
    playAgain:
      'Committed offsets and records stay on the broker: to play again, delete the topics and groups, or give ' +
      'a prefix as the second argument (for example run2-): every topic and group name gets it in front.',
    playByHand: 'Or by hand:',
    compareHeading: '4. Compare with the predictions',
    compareKeys: (partition: string) =>
      `Where keys land: every “produced” line of the facts file names its ${partition}:`,
    compareAssignments:
      'Assignments: every “assigned” line names the member, its generation and its partitions:',
    compareLag:
      'Committed offsets and lag: the “sample” lines every half second, or Kafka’s own tool while it plays:',
    compareTolerance: (tolerance: string) =>
      `Keys and range or round-robin assignments should match exactly; lag within ±${tolerance} records, ` +
      'because a real JVM joins, polls and commits on its own timing.',
    partitionerHeading: 'Other clients place keys elsewhere',
    partitionerIntro:
      "The predictions follow Kafka's Java client, which puts a keyed record on murmur2(key) modulo the number " +
      'of partitions. Not every client does by default:',
    partitionerRdkafka:
      'librdkafka (and the tools built on it, such as kcat and confluent-kafka clients) uses CRC32 by default ' +
      '(partitioner=consistent_random). Set partitioner=murmur2_random, which librdkafka documents as ' +
      'Java-compatible (with kcat: -X partitioner=murmur2_random).',
    partitionerKafkajs:
      'KafkaJS: since 2.0.0 its default partitioner (DefaultPartitioner, formerly JavaCompatiblePartitioner) ' +
      'is Java-compatible; LegacyPartitioner, the default before 2.0.0, is not.',
    partitionerOthers:
      'Any other client: check its documentation for a Java-compatible (murmur2) partitioner before comparing.',
    partitionerNoKey:
      'Records without a key go where the sticky partitioner puts them, in every client: they are not predicted.',
    madeBy: 'Made with Kafka Classroom, from the class on screen.',
    scriptTopic: (topic: string, partitions: number) =>
      `${topic}: ${partitions} ${partitions === 1 ? 'partition' : 'partitions'}`,
    scriptUsage:
      'Usage: BOOTSTRAP=host:9092 KAFKA_TOPICS=/path/to/kafka-topics.sh ./create-topics-…sh [prefix]',
  },
  es: {
    predictionsTitle: (title: string) => `Lo que el simulador predice para «${title}»`,
    predictionsIntro: (seconds: string) =>
      `El motor de Kafka Classroom jugó esta clase durante ${seconds} s de tiempo simulado, con la misma ` +
      'configuración y las mismas acciones que el reproductor juega en Kafka. Los tiempos son segundos desde ' +
      'que empezó la clase; en Kafka el reproductor pone en marcha su reloj cuando todos están sentados (ver ' +
      'README.md). Los mismos números, cada segundo, están en el archivo JSON de predicciones.',
    whereKeysLand: (key: string, partition: string) => `En qué ${partition} cae cada ${key}`,
    whereKeysLandNote:
      'Exacto: el cliente Java de Kafka pone un registro con clave en murmur2(clave) módulo el número de ' +
      'particiones (BuiltInPartitioner.partitionForKey). Otros clientes quizá no: ver README.md.',
    noKeys: 'Ningún registro de esta clase tiene clave.',
    unkeyed: (producer: string, topic: string) =>
      `${producer} escribe en ${topic} sin claves: el particionador sticky reparte esos registros y ningún ` +
      'cliente promete dónde va cada uno, así que no se predicen.',
    writtenBy: 'escrito por',

    assignmentsNote:
      'Exactas para los asignadores range y round-robin: el reproductor usa el nombre del estudiante como ' +
      'client.id, así que los miembros se ordenan como en el simulador. Los asignadores sticky pueden dar los ' +
      'mismos repartos en otro orden.',
    groupHeading: (group: string, groupName: string) => `${group} ${groupName}`,
    at: 'en (s)',
    nobody: '(nadie)',
    offsetsHeading: (committed: string, lag: string) => `${committed} y ${lag}`,
    offsetsNote: (tolerance: string) =>
      `Forma esperada: en Kafka cada número debería quedar a ±${tolerance} registros (dos segundos de lo que ` +
      'escribe la clase) una vez asentado el grupo; justo después de una acción o un reparto, Kafka puede ir ' +
      'un momento antes o después.',
    total: 'total',
    noCommit: '–',
    readmeTitle: (title: string) => `«${title}» en Apache Kafka real`,
    readmeIntro: (title: string) =>
      `Esta carpeta contiene la clase «${title}» de Kafka Classroom, lista para jugarse en un broker real de ` +
      'Apache Kafka con el propio cliente Java de Kafka, y lo que el simulador predice que verás.',
    filesHeading: 'Qué hay aquí',
    fileTopics: (topic: string, partitions: string) =>
      `crea cada ${topic} con sus ${partitions} y cada ajuste que esta clase cambia respecto a los valores ` +
      'por defecto de Kafka',
    fileRun:
      'compila el reproductor con Maven y juega la clase (el servidor de arranque es su primer argumento)',
    filePlayer:
      'el reproductor: un programa Java sobre el propio cliente de Kafka (kafka-clients) que juega los ' +
      'productores y los grupos de consumidores con las mismas claves, ritmos, ajustes de grupo y acciones que ' +
      'el simulador',
    fileScenario: 'la clase (tal como la exporta el sandbox) y sus acciones con sus tiempos',
    filePredictions: 'las predicciones, para leer y en JSON (cada segundo)',
    brokerHeading: '1. Un broker',
    brokerContainer: 'Con la imagen de contenedor apache/kafka (un solo nodo en modo KRaft):',
    brokerDownload:
      'O con la descarga de Kafka (https://kafka.apache.org/downloads), en modo KRaft, desde su carpeta:',
    brokerSettings: (settings: string) =>
      `Esta clase cambia ajustes del broker respecto a los de Kafka (${settings}). Con la descarga, añade ` +
      'estas líneas a config/server.properties antes de arrancarlo:',
    brokerSettingsContainer:
      'La imagen de contenedor lee ajustes del broker de variables de entorno KAFKA_… (KAFKA_ y el nombre en ' +
      'mayúsculas, con guiones bajos en vez de puntos), pero si recibe alguna sustituye con ellas toda su ' +
      'configuración por defecto: ver docker/examples/README.md en el repositorio de Kafka.',
    brokerDelayNote: (members: string) =>
      'group.initial.rebalance.delay.ms solo desplaza el comienzo de la clase: el reproductor espera a que ' +
      `cada uno de los primeros ${members} tenga sus particiones antes de que su reloj siga.`,
    topicsHeading: '2. Los topics',
    topicsHow:
      'Necesita las herramientas de línea de órdenes de Kafka (bin/ de la descarga). BOOTSTRAP es por ' +
      'defecto localhost:9092; KAFKA_TOPICS nombra kafka-topics.sh si no está en tu PATH.',
    topicsOptional:
      'El reproductor también crea los topics que falten, con los mismos ajustes; el script los muestra y ' +
      'te deja crearlos a mano.',
    segmentBytesNote: (topic: string, value: string, min: string) =>
      `${topic}: la clase usa segment.bytes=${value}, que Kafka 4 rechaza (al menos ${min} bytes desde ` +
      'KIP-1030); el script pide el mínimo, así que los segmentos se cierran más tarde que en el simulador.',
    sizesNote:
      'El simulador cuenta cada registro como 100 bytes; en Kafka un registro y su lote ocupan su tamaño real, ' +
      'así que los ajustes en bytes (retention.bytes, segment.bytes) actúan en otros momentos.',
    playHeading: '3. Juega la clase',
    playHow: (seconds: string) =>
      `Necesita Java 17 o posterior y Maven. Juega durante ${seconds} s de tiempo real y escribe lo que pasó, ` +
      'un objeto JSON por línea, en el archivo de hechos.',
    playAgain:
      'Los offsets confirmados y los registros se quedan en el broker: para jugar otra vez, borra los topics y ' +
      'grupos, o da un prefijo como segundo argumento (por ejemplo run2-): todo nombre de topic y de grupo lo ' +
      'lleva delante.',
    playByHand: 'O a mano:',
    compareHeading: '4. Compara con las predicciones',
    compareKeys: (partition: string) =>
      `Dónde caen las claves: cada línea «produced» del archivo de hechos nombra su ${partition}:`,
    compareAssignments:
      'Asignaciones: cada línea «assigned» nombra al miembro, su generación y sus particiones:',
    compareLag:
      'Offsets confirmados y lag: las líneas «sample» cada medio segundo, o la herramienta de Kafka mientras juega:',
    compareTolerance: (tolerance: string) =>
      `Las claves y las asignaciones range o round-robin deberían coincidir exactamente; el lag a ±${tolerance} ` +
      'registros, porque una JVM real se une, hace poll y confirma a su propio ritmo.',
    partitionerHeading: 'Otros clientes ponen las claves en otro sitio',
    partitionerIntro:
      'Las predicciones siguen al cliente Java de Kafka, que pone un registro con clave en murmur2(clave) ' +
      'módulo el número de particiones. No todos los clientes lo hacen por defecto:',
    partitionerRdkafka:
      'librdkafka (y las herramientas hechas sobre ella, como kcat y los clientes confluent-kafka) usa CRC32 ' +
      'por defecto (partitioner=consistent_random). Pon partitioner=murmur2_random, que librdkafka documenta ' +
      'como compatible con Java (con kcat: -X partitioner=murmur2_random).',
    partitionerKafkajs:
      'KafkaJS: desde la 2.0.0 su particionador por defecto (DefaultPartitioner, antes ' +
      'JavaCompatiblePartitioner) es compatible con Java; LegacyPartitioner, el de antes de la 2.0.0, no.',
    partitionerOthers:
      'Cualquier otro cliente: busca en su documentación un particionador compatible con Java (murmur2) antes ' +
      'de comparar.',
    partitionerNoKey:
      'Los registros sin clave van donde los pone el particionador sticky, en todos los clientes: no se predicen.',
    madeBy: 'Hecho con Kafka Classroom, a partir de la clase en pantalla.',
    scriptTopic: (topic: string, partitions: number) =>
      `${topic}: ${partitions} ${partitions === 1 ? 'partición' : 'particiones'}`,
    scriptUsage:
      'Uso: BOOTSTRAP=host:9092 KAFKA_TOPICS=/ruta/a/kafka-topics.sh ./create-topics-…sh [prefijo]',
  },
});
