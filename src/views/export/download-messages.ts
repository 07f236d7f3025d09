import { catalogue } from '../../shared/lang';

/** What "Run this on real Kafka" says once the zip is made (loaded with it, not on first paint). */
export const downloadMessages = catalogue({
  en: {
    downloaded: (file: string) => `Downloaded ${file}. Start with its README.md.`,
    manyBrokers: (brokers: number) =>
      `this class has ${brokers} brokers (rooms), and the zip plays on a single Kafka broker, where its copies, acks and broken machines cannot happen as the simulator shows them. Set it to one broker to export it.`,
    whatYouGet: {
      classroom:
        "A zip to play this class on a real Apache Kafka: a script creating the note-taking machines (topics), a Java program on Kafka's own client that plays the teacher and the study groups with the same subjects, pace and actions, the simulator's predictions (which shelf each subject lands on, who reads which shelves, the backlog second by second) and a README.",
      kafka:
        "A zip to run this class on a real Apache Kafka: a kafka-topics.sh script creating the topics with their configs, a Java program on Kafka's own client that replays the producers and consumer groups with the same keys, rates and actions, the simulator's predictions (key to partition, each generation's assignment, lag second by second) and a README.",
    },
  },
  es: {
    downloaded: (file: string) => `Descargado ${file}. Empieza por su README.md.`,
    manyBrokers: (brokers: number) =>
      `esta clase tiene ${brokers} brokers (aulas), y el zip se juega en un solo broker de Kafka, donde sus copias, acks y máquinas rotas no pueden pasar como las muestra el simulador. Déjala en un broker para exportarla.`,
    whatYouGet: {
      classroom:
        'Un zip para jugar esta clase en un Apache Kafka real: un script que crea las máquinas de apuntes (topics), un programa Java sobre el propio cliente de Kafka que juega a la profesora y los grupos de estudio con las mismas asignaturas, ritmos y acciones, las predicciones del simulador (en qué estante cae cada asignatura, quién lee qué estantes, el retraso segundo a segundo) y un README.',
      kafka:
        'Un zip para ejecutar esta clase en un Apache Kafka real: un script kafka-topics.sh que crea los topics con su configuración, un programa Java sobre el propio cliente de Kafka que reproduce los productores y grupos de consumidores con las mismas claves, ritmos y acciones, las predicciones del simulador (partición de cada clave, asignación de cada generación, lag segundo a segundo) y un README.',
    },
  },
});
