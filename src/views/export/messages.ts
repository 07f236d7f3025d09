import { catalogue } from '../../shared/lang';

/** "Run this on real Kafka": the button, what the download holds, and what went wrong. */
export const messages = catalogue({
  en: {
    button: 'Run this on real Kafka',
    /** On a narrow header: part of the button's name, so a voice command saying what is seen still works. */
    buttonShort: 'On real Kafka',
    preparing: 'Preparing the download…',
    /** The button's description, before the click (the full list comes with the download). */
    hint: "Downloads a zip: a script creating the topics, a Java program on Kafka's own client that plays this class, and the simulator's predictions.",
    failed: (detail: string) => `The download could not be made: ${detail}`,
    close: 'Close',
  },
  es: {
    button: 'Ejecutar en Kafka real',
    buttonShort: 'En Kafka real',
    preparing: 'Preparando la descarga…',
    hint: 'Descarga un zip: un script que crea los topics, un programa Java sobre el propio cliente de Kafka que juega esta clase y las predicciones del simulador.',
    failed: (detail: string) => `No se pudo preparar la descarga: ${detail}`,
    close: 'Cerrar',
  },
});
