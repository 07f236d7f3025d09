import { catalogue } from '../../shared/lang';
import type { Words } from '../../store/simulator-store';
import type { ChapterKind } from '../milestone-text';

type ByWords = Readonly<Record<Words, string>>;

interface LegendMessages {
  /** The toggle's words: a question a newcomer asks. */
  question: string;
  /** The marks' group, for screen readers. */
  marks: string;
  /** What each kind of mark stands for (milestone-text.ts's chapterKind says which events are which). */
  kinds: Readonly<Record<ChapterKind, ByWords>>;
  /** How to use them. */
  hint: string;
}

/** The key to the timeline's marks, in both languages and both vocabularies. */
export const legendMessages = catalogue<LegendMessages>({
  en: {
    question: 'What do the marks mean?',
    marks: 'What happened, on the timeline',
    kinds: {
      sleep: { classroom: 'a student fell asleep', kafka: 'a consumer stopped polling' },
      wake: { classroom: 'a student woke up or came back', kafka: 'a consumer resumed or restarted' },
      trouble: {
        classroom: 'a student collapsed or went home',
        kafka: 'a consumer crashed or left its group',
      },
      rebalance: { classroom: 'the shelves are shared out again', kafka: 'a rebalance started' },
      deletion: { classroom: 'old notes thrown away', kafka: 'log segments deleted (retention)' },
      change: {
        classroom: 'someone joined, a new group, the teacher’s pace changed',
        kafka: 'a consumer or group added, the producer’s rate changed',
      },
    },
    hint: 'Click a mark to go to that moment.',
  },
  es: {
    question: '¿Qué significan las marcas?',
    marks: 'Lo que pasó, en la línea de tiempo',
    kinds: {
      sleep: { classroom: 'un estudiante se durmió', kafka: 'un consumidor dejó de hacer poll' },
      wake: {
        classroom: 'un estudiante despertó o volvió',
        kafka: 'un consumidor se reanudó o se reinició',
      },
      trouble: {
        classroom: 'un estudiante se desplomó o se fue a casa',
        kafka: 'un consumidor falló o dejó su grupo',
      },
      rebalance: { classroom: 'se vuelven a repartir los estantes', kafka: 'empezó un rebalanceo' },
      deletion: {
        classroom: 'se tiraron apuntes viejos',
        kafka: 'segmentos del log borrados (retención)',
      },
      change: {
        classroom: 'alguien se unió, un grupo nuevo, cambió el ritmo de la profesora',
        kafka: 'se añadió un consumidor o un grupo, cambió la tasa del productor',
      },
    },
    hint: 'Haz clic en una marca para ir a ese momento.',
  },
});
