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

export function ReplayIcon() {
  return (
    <svg {...common}>
      <path
        d="M5.5 12a6.5 6.5 0 1 0 2-4.7"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
      <path d="M4 3.5v6h6z" fill="currentColor" />
    </svg>
  );
}
