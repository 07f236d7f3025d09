import type { Voice } from './lang';

/**
 * How the story's characters, groups and subjects are called in each language. The engine, the addresses
 * and the files keep their ids ("teacher", "class", "history"); only what is shown follows the language,
 * so a Spanish class reads "profesora", "clase" and "historia" (in Kafka's words, the ids). Students' first names stay as they are
 * (Ana is Ana in both languages). An id not listed (one a teacher typed in the sandbox) is shown as typed.
 * The Spanish names are those the Spanish lessons already use ("la profesora", "el grupo de inglés").
 */
export type NamedKind = 'producer' | 'group' | 'key';

const SPANISH: Record<NamedKind, Readonly<Record<string, string>>> = {
  producer: { teacher: 'profesora' },
  group: {
    class: 'clase',
    translators: 'traductores',
    english: 'inglés',
    spanish: 'español',
    french: 'francés',
    german: 'alemán',
    italian: 'italiano',
    japanese: 'japonés',
    hindi: 'hindi',
    swahili: 'suajili',
    portuguese: 'portugués',
    arabic: 'árabe',
    korean: 'coreano',
    dutch: 'neerlandés',
  },
  key: {
    // "Mates", as Spanish students say it (the RAE has it): "matemáticas" would not fit the legend's column.
    math: 'mates',
    music: 'música',
    history: 'historia',
    art: 'arte',
    latin: 'latín',
    science: 'ciencias',
    sport: 'deporte',
    physics: 'física',
  },
};

/**
 * The name shown for a producer, group or key id: the story's name in classroom words; in Kafka's words
 * the id itself, as Kafka's tools print it (a group.id is "class" in any language).
 */
export function shownName(voice: Voice, kind: NamedKind, id: string): string {
  if (voice.lang === 'en' || voice.words === 'kafka') return id;
  return Object.hasOwn(SPANISH[kind], id) ? SPANISH[kind][id]! : id;
}

/** The longest of an id's names in every language: the room the stage keeps, so nothing moves on a switch. */
export function widestName(kind: NamedKind, id: string): string {
  const es = shownName({ lang: 'es', words: 'classroom' }, kind, id);
  return es.length > id.length ? es : id;
}

/**
 * Which pronoun the story uses for a character. English needs it ("Her shelves", "He has gone home");
 * Spanish possessives do not mark it ("Sus estantes") but its adjectives do, so the Spanish texts that
 * use it pick a form by it. Characters not listed (numbered students of the busy school, names typed in
 * the sandbox) are "they": the story never guesses.
 */
export type Pronoun = 'she' | 'he' | 'they';

const PRONOUNS: Readonly<Record<string, Pronoun>> = {
  teacher: 'she',
  // The students of the built-in classes.
  ana: 'she',
  ben: 'he',
  carla: 'she',
  emma: 'she',
  lucia: 'she',
  marta: 'she',
  nico: 'he',
  olga: 'she',
  pablo: 'he',
  pia: 'she',
  // The names given to students called in as backup (lessons/friendly-names.ts).
  dev: 'he',
  eva: 'she',
  farid: 'he',
  gus: 'he',
  hana: 'she',
  ivan: 'he',
  julia: 'she',
  kofi: 'he',
  lena: 'she',
  mateo: 'he',
  nora: 'she',
  omar: 'he',
  priya: 'she',
  rosa: 'she',
  tara: 'she',
  umar: 'he',
  vera: 'she',
  yara: 'she',
  zoe: 'she',
};

export function pronounOf(id: string): Pronoun {
  // "ana2" is another Ana, called in when the first one was taken.
  const name = id.replace(/\d+$/, '');
  return Object.hasOwn(PRONOUNS, name) ? PRONOUNS[name]! : 'they';
}
