import './home-link.css';

/**
 * The way back to the home page, named after the app. Under 1180 px (a 1024 projector) the name gives way
 * to a house, so the page's title keeps its room beside the language and theme switches; the name stays
 * the link's accessible name and tooltip.
 */
export function HomeLink({ className }: { className: string }) {
  return (
    <a className={`home-link ${className}`} href="#/" title="Kafka Classroom">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M3 11l9-7 9 7M6 9v11h12V9"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.4"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="home-link__text">Kafka Classroom</span>
    </a>
  );
}
