import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { AppMessages } from './messages';
import './error-boundary.css';

interface Props {
  /** What to offer instead of the broken view: reload this lesson step, this class... */
  reloadLabel: string;
  /** The crash page's texts, in the app's language. */
  messages: AppMessages;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * A crash in one view must never blank the page in front of a class: this shows what failed and a way
 * back, and leaves the rest of the app alone.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the page itself explains the problem in plain words.
    console.warn('A view failed:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const m = this.props.messages;
    return (
      <main className="crash" role="alert">
        <h1>{m.crashTitle}</h1>
        <p>{m.crashLead}</p>
        <pre className="crash__message">{error.message}</pre>
        <p className="crash__actions">
          <button type="button" onClick={() => window.location.reload()}>
            {this.props.reloadLabel}
          </button>
          <a href="#/">{m.backHome}</a>
        </p>
      </main>
    );
  }
}
