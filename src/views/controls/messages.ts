import { catalogue } from '../../shared/lang';
import type { Words } from '../../store/simulator-store';

/** A label that reads differently in classroom words and in Kafka words. */
type ByWords = Readonly<Record<Words, string>>;

interface ControlsMessages {
  player: string;
  playback: string;
  play: string;
  pause: string;
  playTitle: string;
  pauseTitle: string;
  stepBack: string;
  stepBackTitle: string;
  stepForward: string;
  stepForwardTitle: string;
  reset: string;
  resetTitle: string;
  speed: string;
  speedTitle: (oneX: string) => string;
  timeline: string;
  andMore: (n: number) => string;
  newGroup: ByWords;
  /** The player's button: short where the full name would not fit the bar at 1024 px. */
  newGroupButton: ByWords;
  groupName: ByWords;
  groupTopics: ByWords;
  pickTopic: ByWords;
  nameGroup: ByWords;
  perSecond: ByWords;
  whereToStart: ByWords;
  earliest: ByWords;
  latest: ByWords;
  memberCount: ByWords;
  pace: ByWords;
  cancel: string;
  create: ByWords;
}

const NEW_GROUP_EN: ByWords = { classroom: 'New study group', kafka: 'New consumer group' };

/** The player's labels: accessible names, tooltips and the new-group dialog. */
export const messages = catalogue<ControlsMessages>({
  en: {
    player: 'Player',
    playback: 'Playback',
    play: 'Play',
    pause: 'Pause',
    playTitle: 'Play (Space)',
    pauseTitle: 'Pause (Space)',
    stepBack: 'Step back',
    stepBackTitle: 'Step back to the previous thing that happened (Left arrow)',
    stepForward: 'Step forward',
    stepForwardTitle: 'Step forward to the next thing that happens (Right arrow)',
    reset: 'Reset',
    resetTitle: 'Start again from the beginning',
    speed: 'Speed',
    speedTitle: (oneX) => `Double-click for ${oneX}`,
    timeline: 'Timeline',
    andMore: (n) => `and ${n} more`,
    newGroup: NEW_GROUP_EN,
    newGroupButton: NEW_GROUP_EN,
    groupName: { classroom: 'Name', kafka: 'Group id' },
    groupTopics: { classroom: 'Which note-taking machines', kafka: 'Topics' },
    pickTopic: { classroom: 'Pick at least one note-taking machine.', kafka: 'Pick at least one topic.' },
    nameGroup: { classroom: 'Give the group a name.', kafka: 'Give the group an id.' },
    perSecond: { classroom: 'notes per second', kafka: 'records per second' },
    whereToStart: { classroom: 'Where to start', kafka: 'auto.offset.reset' },
    earliest: { classroom: 'From the beginning', kafka: 'earliest (from the beginning)' },
    latest: { classroom: 'From now', kafka: 'latest (from now)' },
    memberCount: { classroom: 'Number of students', kafka: 'Consumers' },
    pace: { classroom: 'Reading pace (notes per second)', kafka: 'Processing rate (records per second)' },
    cancel: 'Cancel',
    create: { classroom: 'Start the group', kafka: 'Create group' },
  },
  es: {
    player: 'Reproductor',
    playback: 'Reproducción',
    play: 'Reproducir',
    pause: 'Pausa',
    playTitle: 'Reproducir (Espacio)',
    pauseTitle: 'Pausa (Espacio)',
    stepBack: 'Paso atrás',
    stepBackTitle: 'Volver a lo anterior que pasó (flecha izquierda)',
    stepForward: 'Paso adelante',
    stepForwardTitle: 'Avanzar a lo siguiente que pasa (flecha derecha)',
    reset: 'Reiniciar',
    resetTitle: 'Empezar otra vez desde el principio',
    speed: 'Velocidad',
    speedTitle: (oneX) => `Doble clic para ${oneX}`,
    timeline: 'Línea de tiempo',
    andMore: (n) => `y ${n} más`,
    newGroup: { classroom: 'Nuevo grupo de estudio', kafka: 'Nuevo grupo de consumidores' },
    newGroupButton: { classroom: 'Nuevo grupo', kafka: 'Nuevo grupo' },
    groupName: { classroom: 'Nombre', kafka: 'Id del grupo' },
    groupTopics: { classroom: 'Máquinas de apuntes', kafka: 'Topics' },
    pickTopic: { classroom: 'Elige al menos una máquina de apuntes.', kafka: 'Elige al menos un topic.' },
    nameGroup: { classroom: 'Dale un nombre al grupo.', kafka: 'Dale un id al grupo.' },
    perSecond: { classroom: 'apuntes por segundo', kafka: 'registros por segundo' },
    whereToStart: { classroom: 'Por dónde empezar', kafka: 'auto.offset.reset' },
    earliest: { classroom: 'Desde el principio', kafka: 'earliest (desde el principio)' },
    latest: { classroom: 'Desde ahora', kafka: 'latest (desde ahora)' },
    memberCount: { classroom: 'Número de estudiantes', kafka: 'Consumidores' },
    pace: {
      classroom: 'Ritmo de lectura (apuntes por segundo)',
      kafka: 'Ritmo de procesamiento (registros por segundo)',
    },
    cancel: 'Cancelar',
    create: { classroom: 'Empezar el grupo', kafka: 'Crear grupo' },
  },
});
