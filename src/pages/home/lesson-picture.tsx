/**
 * A small picture per lesson for the home page: the same few flat shapes as the stage (a teacher, a
 * machine with shelves, students at desks), arranged to hint at the lesson's idea. Decorative: the link
 * text says everything, so the pictures are hidden from assistive technology.
 */
type Idea =
  | 'machine'
  | 'sleep'
  | 'fast'
  | 'translate'
  | 'backup'
  | 'languages'
  | 'retention'
  | 'keys'
  | 'twice'
  | RoomsIdea;
/** The distributed half's ideas: the machine in several rooms, its shelf copied in each. */
type RoomsIdea = 'copies' | 'breaks' | 'risky' | 'spare';

const IDEAS: Record<string, Idea> = {
  'note-taking-machine': 'machine',
  'sleepy-student': 'sleep',
  'teacher-too-fast': 'fast',
  'spanish-translation': 'translate',
  'calling-backup': 'backup',
  'more-languages': 'languages',
  retention: 'retention',
  'keys-and-order': 'keys',
  'at-least-once': 'twice',
  copies: 'copies',
  'machine-breaks': 'breaks',
  'risky-shortcut': 'risky',
  'no-spare-copy': 'spare',
};

/** Rooms drawn, the broken one (if any), and a mark for each rooms idea. */
const ROOMS: Record<RoomsIdea, { rooms: number; broken: number | null; mark: string | null }> = {
  copies: { rooms: 3, broken: null, mark: null },
  breaks: { rooms: 3, broken: 0, mark: null },
  risky: { rooms: 2, broken: 0, mark: 'acks=1' },
  spare: { rooms: 3, broken: 2, mark: '3/3' },
};

const isRooms = (idea: Idea): idea is RoomsIdea => Object.hasOwn(ROOMS, idea);

/** A machine per room, each holding a copy of the shelf; the first is the leader (full), a broken one faded. */
function Rooms({ idea }: { idea: RoomsIdea }) {
  const { rooms, broken, mark } = ROOMS[idea];
  const step = 78 / rooms;
  return (
    <>
      <Teacher x={22} y={50} />
      {Array.from({ length: rooms }, (_, i) => {
        const y = 6 + i * step;
        return (
          <g key={i} opacity={i === broken ? 0.35 : 1}>
            <rect x={46} y={y} width={64} height={step - 5} rx={3} className="pic__machine" />
            <Shelf x={52} y={y + (step - 5 - 9) / 2} cells={i === 0 ? 6 : 5} />
            {i === broken ? (
              <text x={100} y={y + step / 2 + 1} className="pic__mark">
                ×
              </text>
            ) : null}
          </g>
        );
      })}
      <Student x={134} y={44} />
      {mark ? (
        <text x={4} y={86} className="pic__mark">
          {mark}
        </text>
      ) : null}
    </>
  );
}

const KEY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2'];

function Teacher({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect x={x - 12} y={y - 26} width={24} height={16} rx={2} className="pic__board" />
      <circle cx={x} cy={y} r={5} className="pic__person" />
      <rect x={x - 5} y={y + 6} width={10} height={12} rx={3} className="pic__person" />
    </g>
  );
}

function Student({
  x,
  y,
  asleep = false,
  idle = false,
}: {
  x: number;
  y: number;
  asleep?: boolean;
  idle?: boolean;
}) {
  return (
    <g opacity={asleep || idle ? 0.45 : 1}>
      <circle cx={x} cy={y} r={4.5} className="pic__person" />
      <rect x={x - 9} y={y + 6} width={18} height={5} rx={1.5} className="pic__desk" />
      {asleep ? (
        <text x={x + 7} y={y - 4} className="pic__z">
          z
        </text>
      ) : null}
    </g>
  );
}

function Shelf({
  x,
  y,
  cells,
  faded = 0,
  colors,
}: {
  x: number;
  y: number;
  cells: number;
  faded?: number;
  colors?: string[];
}) {
  return (
    <g>
      {Array.from({ length: cells }, (_, i) => (
        <rect
          key={i}
          x={x + i * 8}
          y={y}
          width={6.5}
          height={9}
          rx={1}
          fill={colors ? colors[i % colors.length] : undefined}
          className={colors ? undefined : 'pic__note'}
          opacity={i < faded ? 0.25 : 1}
        />
      ))}
    </g>
  );
}

export function LessonPicture({ lessonId }: { lessonId: string }) {
  const idea = IDEAS[lessonId] ?? 'machine';
  if (isRooms(idea)) {
    return (
      <svg viewBox="0 0 160 90" className="pic" aria-hidden="true" focusable="false">
        <Rooms idea={idea} />
      </svg>
    );
  }
  const shelves =
    idea === 'backup'
      ? 4
      : idea === 'keys'
        ? 3
        : idea === 'machine' || idea === 'sleep' || idea === 'fast' || idea === 'retention'
          ? 1
          : 2;
  const students =
    idea === 'backup'
      ? 5
      : idea === 'languages'
        ? 3
        : idea === 'keys'
          ? 3
          : idea === 'twice' || idea === 'translate'
            ? 2
            : 1;
  const shelfTop = 40 - shelves * 7;
  return (
    <svg viewBox="0 0 160 90" className="pic" aria-hidden="true" focusable="false">
      <Teacher x={22} y={50} />
      <rect x={46} y={shelfTop - 6} width={64} height={shelves * 14 + 8} rx={4} className="pic__machine" />
      {Array.from({ length: shelves }, (_, i) => (
        <Shelf
          key={i}
          x={50}
          y={shelfTop + i * 14}
          cells={idea === 'fast' ? 7 : 6}
          faded={idea === 'retention' ? 3 : 0}
          colors={idea === 'keys' ? [KEY_COLORS[i]!] : undefined}
        />
      ))}
      {idea === 'translate' ? (
        <>
          <rect x={46} y={66} width={64} height={18} rx={4} className="pic__machine pic__machine--second" />
          <Shelf x={50} y={71} cells={5} />
        </>
      ) : null}
      {Array.from({ length: students }, (_, i) => (
        <Student
          key={i}
          x={idea === 'languages' ? 128 + (i % 2) * 18 : 134}
          y={students === 1 ? 44 : 14 + i * (66 / Math.max(1, students - 1))}
          asleep={idea === 'sleep' || (idea === 'retention' && i === 0)}
          idle={idea === 'backup' && i === students - 1}
        />
      ))}
      {idea === 'twice' ? (
        <text x={118} y={86} className="pic__mark">
          ×2
        </text>
      ) : null}
      {idea === 'fast' ? (
        <text x={10} y={84} className="pic__mark">
          3/s
        </text>
      ) : null}
    </svg>
  );
}
