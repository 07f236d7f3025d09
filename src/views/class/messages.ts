import { catalogue } from '../../shared/lang';

/** The free-play page's own labels (the player and the stage carry theirs). */
export const messages = catalogue({
  en: { stage: 'Stage', chart: 'Backlog over time' },
  es: { stage: 'Escenario', chart: 'Retraso a lo largo del tiempo' },
});

/** The app's name, a brand: the same in every language. */
export const APP_NAME = 'Kafka Classroom';
