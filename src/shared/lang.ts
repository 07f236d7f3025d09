import type { Words } from './words-mode';

/** The languages the app speaks. English is the default; Spanish fits the story's translator. */
export type Lang = 'en' | 'es';

/**
 * What every label is written in: a language and a vocabulary. They are independent: a Spanish class can
 * read the stage in Kafka's own words ("consumidor ana, dormido, lag 40"), where the terms Kafka's tools
 * print stay as they are.
 */
export interface Voice {
  readonly lang: Lang;
  readonly words: Words;
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'es';
}

/**
 * The first of the browser's preferred languages that the app speaks ("es-MX" is Spanish), else English.
 * Takes `navigator.languages` so it can be tested without a browser.
 */
export function detectLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

/**
 * A catalogue of one view's messages in every language: the English shape is the contract and the
 * Spanish one must have the same keys and the same parameters, so a message missing in one language is a
 * type error, not a blank on the projector.
 */
export interface Catalogue<T> {
  readonly en: T;
  readonly es: NoInfer<T>;
}

export function catalogue<T>(messages: Catalogue<T>): (lang: Lang) => T {
  return (lang) => messages[lang];
}
