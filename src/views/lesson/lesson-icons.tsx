/** Small icons for the step buttons: decoration only (the buttons carry the names). */
const common = {
  width: '1.15em',
  height: '1.15em',
  viewBox: '0 0 24 24',
  'aria-hidden': true,
  focusable: false,
} as const;

export function PreviousIcon() {
  return (
    <svg {...common}>
      <path
        d="M15 5l-7 7 7 7"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function NextIcon() {
  return (
    <svg {...common}>
      <path
        d="M9 5l7 7-7 7"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The presenter view: a second window, with the speaker's notes as lines. */
export function PresenterViewIcon() {
  return (
    <svg {...common}>
      <rect
        x="2.5"
        y="4"
        width="19"
        height="14"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
      />
      <path d="M6.5 9h11M6.5 13h7M9 21h6" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

/** Replaying a step is resetting it: the same circular arrow as the player's Reset. */
export { ResetIcon as ReplayIcon } from '../ui/icons';
