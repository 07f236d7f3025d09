import { catalogue } from '../../shared/lang';

interface SettingsMessages {
  caption: string;
  setting: string;
  here: string;
  kafkaDefault: string;
  /** Said (to screen readers too) beside a value that departs from Kafka's default. */
  departs: string;
  classroomOnly: string;
  kafkaAtLeast: (bound: string) => string;
  why: string;
  simplifies: string;
}

/** The settings table's words: headings, the "classroom only" mark and the note under it. */
export const messages = catalogue<SettingsMessages>({
  en: {
    caption: "Settings: this class and Kafka's defaults",
    setting: 'Setting',
    here: 'This class',
    kafkaDefault: "Kafka's default",
    departs: 'differs from Kafka',
    classroomOnly: 'classroom only',
    kafkaAtLeast: (bound) => `a real Kafka needs at least ${bound}`,
    why:
      'Timers are shortened so a class sees in seconds what takes minutes on a real cluster; every value ' +
      'is one a real Kafka 4 accepts, unless it is marked classroom only.',
    simplifies: 'What this simulator simplifies',
  },
  es: {
    caption: 'Ajustes: esta clase y los valores por defecto de Kafka',
    setting: 'Ajuste',
    here: 'Esta clase',
    kafkaDefault: 'Por defecto en Kafka',
    departs: 'distinto de Kafka',
    classroomOnly: 'solo en el aula',
    kafkaAtLeast: (bound) => `un Kafka real pide al menos ${bound}`,
    why:
      'Los tiempos se acortan para que una clase vea en segundos lo que en un clúster real tarda minutos; ' +
      'cada valor es uno que un Kafka 4 real acepta, salvo los marcados solo en el aula.',
    simplifies: 'Lo que este simulador simplifica',
  },
});
