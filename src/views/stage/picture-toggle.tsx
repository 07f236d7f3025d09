import { catalogue, type Voice } from '../../shared/lang';
import { Button } from '../ui/button';
import './picture-toggle.css';

const messages = catalogue({
  en: {
    label: { classroom: 'Every shelf', kafka: 'Every partition' },
    title: {
      classroom: 'Draw every shelf and desk: smaller print than the back row can read on this screen',
      kafka: 'Draw every partition and consumer: smaller print than the back row can read on this screen',
    },
  },
  es: {
    label: { classroom: 'Cada estante', kafka: 'Cada partición' },
    title: {
      classroom:
        'Dibujar cada estante y pupitre: letra más pequeña de lo que la última fila puede leer en esta pantalla',
      kafka:
        'Dibujar cada partición y consumidor: letra más pequeña de lo que la última fila puede leer en esta pantalla',
    },
  },
});

/**
 * The strip along the stage's top kept free for the toggle, in CSS px: its height and margins
 * (picture-toggle.css). Both pictures are laid out below it, so the button covers nothing they draw.
 */
export const TOGGLE_PX = 44;

/**
 * A class between the lessons' size and the overview's limits (shared/class-size.ts `isCrowdedClass`,
 * the busy school) is drawn as its overview where its detailed picture would be too small to read; this
 * button, in the stage's top-right corner, draws every shelf and desk anyway (pressed) or goes back to
 * the overview. The choice is remembered per class where the page names it (picture-choice.ts).
 */
export function PictureToggle({
  voice,
  detailed,
  onChange,
}: {
  voice: Voice;
  detailed: boolean;
  onChange: (detailed: boolean) => void;
}) {
  const m = messages(voice.lang);
  return (
    <Button
      variant="compact"
      className="stage-picture-toggle"
      aria-pressed={detailed}
      title={m.title[voice.words]}
      onClick={() => onChange(!detailed)}
    >
      {m.label[voice.words]}
    </Button>
  );
}
