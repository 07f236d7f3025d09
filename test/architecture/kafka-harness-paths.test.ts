/**
 * The Kafka suite runs last in CI and writes its figure into the app; a file moved in the app must not be
 * found missing only after the broker has run for minutes (it was: src/views -> src/pages).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { APP_SUMMARY } from '../../kafka/harness/truth-table';

describe('files the Kafka harness writes into the app', () => {
  it('the simplifications page keeps the TRUTH_TABLE line the harness replaces', () => {
    const text = readFileSync(APP_SUMMARY, 'utf8');
    expect(text).toMatch(/^export const TRUTH_TABLE: TruthTable \| null = [^;]*;$/m);
  });
});
