/** Flat player icons: decoration only (the buttons carry the names), sized by the surrounding font. */
const common = {
  width: '1.4em',
  height: '1.4em',
  viewBox: '0 0 24 24',
  'aria-hidden': true,
  focusable: false,
} as const;

export function PlayIcon() {
  return (
    <svg {...common}>
      <path d="M7 4.5v15l12.5-7.5z" fill="currentColor" />
    </svg>
  );
}

export function PauseIcon() {
  return (
    <svg {...common}>
      <rect x="6" y="4.5" width="4.2" height="15" rx="1" fill="currentColor" />
      <rect x="13.8" y="4.5" width="4.2" height="15" rx="1" fill="currentColor" />
    </svg>
  );
}

export function StepBackIcon() {
  return (
    <svg {...common}>
      <rect x="5" y="5" width="3" height="14" rx="1" fill="currentColor" />
      <path d="M19 5v14L9 12z" fill="currentColor" />
    </svg>
  );
}

export function StepForwardIcon() {
  return (
    <svg {...common}>
      <path d="M5 5v14l10-7z" fill="currentColor" />
      <rect x="16" y="5" width="3" height="14" rx="1" fill="currentColor" />
    </svg>
  );
}

export function ResetIcon() {
  return (
    <svg {...common}>
      <path
        d="M5.5 12a6.5 6.5 0 1 0 2-4.7"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
      />
      <path d="M4 3.5v6h6z" fill="currentColor" />
    </svg>
  );
}
