import { describe, expect, it } from 'vitest';
import type { Voice } from '../../shared/lang';
import { machineName, sentLabel, shelfA11yName, shortRateLabel, thrownAwayLabel } from './messages';

const classroom: Voice = { lang: 'en', words: 'classroom' };
const kafka: Voice = { lang: 'en', words: 'kafka' };
const clase: Voice = { lang: 'es', words: 'classroom' };
const kafkaEs: Voice = { lang: 'es', words: 'kafka' };

describe('stage furniture phrases', () => {
  it('names a machine with its shelves counted', () => {
    expect(machineName(classroom, 'notes', 3)).toBe('note-taking machine notes, 3 shelves');
    expect(machineName(kafka, 'notes', 1)).toBe('topic notes, 1 partition');
    expect(machineName(clase, 'notas', 2)).toBe('máquina de apuntes notas, 2 estantes');
    expect(machineName(kafkaEs, 'notes', 12)).toBe('topic notes, 12 particiones');
  });

  it('names a shelf', () => {
    expect(shelfA11yName(classroom, 'shelf 0', 'notes')).toBe('shelf 0 of the note-taking machine notes');
    expect(shelfA11yName(kafka, 'notes-0', 'notes')).toBe('partition notes-0');
    expect(shelfA11yName(clase, 'estante 0', 'notes')).toBe('estante 0 de la máquina de apuntes notes');
    expect(shelfA11yName(kafkaEs, 'notes-0', 'notes')).toBe('partición notes-0');
  });

  it('counts what was sent and thrown away, numbers in the language', () => {
    expect(sentLabel(classroom, 12345)).toBe('12,345 notes sent');
    expect(sentLabel(kafkaEs, 12345)).toBe('12.345 registros enviados');
    expect(thrownAwayLabel(kafka, 40)).toBe('40 records thrown away');
    expect(thrownAwayLabel(clase, 40)).toBe('40 apuntes tirados');
    expect(thrownAwayLabel(kafkaEs, 40)).toBe('40 registros borrados');
  });

  it('keeps desk labels short', () => {
    expect(shortRateLabel(classroom, 0.25)).toBe('0.25/s');
    expect(shortRateLabel(clase, 0.25)).toBe('0,25/s');
  });
});
