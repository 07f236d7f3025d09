import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';
import { messages } from './messages';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error('boom');
}

describe('ErrorBoundary', () => {
  it('explains a crash in the app language', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const m = messages('es');
    render(
      <ErrorBoundary reloadLabel={m.reloadClass} messages={m}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Algo falló en esta vista' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Recargar esta clase' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Volver a la página de inicio' })).toBeTruthy();
    expect(screen.getByText('boom')).toBeTruthy();
  });
});
