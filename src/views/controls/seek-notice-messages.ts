import { catalogue } from '../../shared/lang';
import type { Words } from '../../store/simulator-store';

interface SeekNoticeMessages {
  /**
   * Said when a seek back landed later than asked: `asked` and `landed` are clock readings. Classroom
   * words speak of moments kept, Kafka words of the simulator's saved states.
   */
  clipped: (words: Words, asked: string, landed: string) => string;
  /** The tooltip of the timeline's shaded stretch. */
  unreachable: (words: Words, from: string, to: string) => string;
  dismiss: string;
  /** A seek in slices under way, to `target` (a clock reading), with its share done after a colon. */
  seeking: (words: Words, target: string) => string;
  percent: (n: string) => string;
  cancel: string;
  /** Said after Cancel stopped a seek on its way: `landed` is the moment shown, `asked` where it was going. */
  stopped: (words: Words, landed: string, asked: string) => string;
}

/** The notice that a seek could not reach its moment, in both languages and both vocabularies. */
export const seekNoticeMessages = catalogue<SeekNoticeMessages>({
  en: {
    clipped: (words, asked, landed) =>
      words === 'classroom'
        ? `${asked} is too far back to replay from the start without a long wait: jumped to ${landed}, the earliest moment kept. The shaded stretch of the timeline cannot be reached.`
        : `${asked} is before the oldest saved state and too long to replay from time 0: jumped to ${landed}, the oldest saved state. The shaded stretch of the timeline cannot be reached.`,
    unreachable: (words, from, to) =>
      words === 'classroom'
        ? `${from} to ${to}: too long to replay from the start, cannot be reached`
        : `${from} to ${to}: before the oldest saved state and too long to replay from time 0`,
    dismiss: 'Dismiss',
    seeking: (words, target) =>
      words === 'classroom' ? `Going to ${target}` : `Seeking the run to ${target}`,
    percent: (n) => `${n}%`,
    cancel: 'Cancel',
    stopped: (words, landed, asked) =>
      words === 'classroom'
        ? `Stopped at ${landed} on the way to ${asked}: the class is shown at ${landed}, paused.`
        : `Seek stopped at ${landed}, before ${asked}: the run is shown at ${landed}, paused.`,
  },
  es: {
    clipped: (words, asked, landed) =>
      words === 'classroom'
        ? `${asked} queda demasiado atrás para repetirlo desde el principio sin una larga espera: saltó a ${landed}, el momento más antiguo que se guarda. A la parte sombreada de la línea de tiempo no se puede llegar.`
        : `${asked} es anterior al estado guardado más antiguo y demasiado largo de repetir desde el instante 0: saltó a ${landed}, el estado guardado más antiguo. A la parte sombreada de la línea de tiempo no se puede llegar.`,
    unreachable: (words, from, to) =>
      words === 'classroom'
        ? `De ${from} a ${to}: demasiado largo de repetir desde el principio, no se puede llegar`
        : `De ${from} a ${to}: anterior al estado guardado más antiguo y demasiado largo de repetir desde el instante 0`,
    dismiss: 'Cerrar',
    seeking: (words, target) =>
      words === 'classroom' ? `Yendo a ${target}` : `Buscando ${target} en la ejecución`,
    percent: (n) => `${n} %`,
    cancel: 'Cancelar',
    stopped: (words, landed, asked) =>
      words === 'classroom'
        ? `Detenido en ${landed} camino de ${asked}: la clase se muestra en ${landed}, en pausa.`
        : `Búsqueda detenida en ${landed}, antes de ${asked}: la ejecución se muestra en ${landed}, en pausa.`,
  },
});
