/**
 * What share links and class files say when they refuse something, in every language. Refusals carry a
 * `Say` (the message in a language, built when shown) so a page can switch language after the refusal.
 */

import { formatFixed } from '../../shared/format-number';
import { catalogue, type Lang } from '../../shared/lang';

/** A message in any language. */
export type Say = (lang: Lang) => string;

/** Where content came from, as messages name it. */
export type Source = 'the link' | 'the file';

/** What the caller's checks look at. */
export type Thing = 'scenario' | 'lesson';

const NOUN_ES: Record<Source, string> = { 'the link': 'enlace', 'the file': 'archivo' };
const el = (w: Source): string => `el ${NOUN_ES[w]}`;
const del = (w: Source): string => `del ${NOUN_ES[w]}`;
const THING_ES: Record<Thing, readonly [string, string]> = {
  scenario: ['la configuración', 'una configuración'],
  lesson: ['la lección', 'una lección'],
};

interface ShareText {
  tooBigText: (w: Source, size: string) => string;
  isEmpty: (w: Source) => string;
  tooDeep: (w: Source, max: number) => string;
  notJson: (w: Source) => string;
  linkEmpty: string;
  linkTooLong: (size: string, max: string) => string;
  linkForeign: (char: string) => string;
  linkTooBig: string;
  linkNotDecompressed: string;
  unreadable: (w: Source) => string;
  notChecked: (w: Source, thing: Thing) => string;
  notValid: (thing: Thing) => string;
  holdsProblems: (w: Source, thing: Thing, summary: string) => string;
  actionsNotList: (w: Source) => string;
  tooManyActions: (w: Source, n: string, max: string) => string;
  entryShape: string;
  unknownField: string;
  earlier: string;
  commandShape: string;
  timeRule: (max: string) => string;
  actionsProblems: (w: Source, summary: string) => string;
  unknownFields: (w: Source, n: number, shown: string, more: number) => string;
  noVersion: (w: Source) => string;
  newer: (w: Source, v: number, ours: number) => string;
  unknownVersion: (w: Source, ours: number) => string;
  noClass: (w: Source) => string;
  noScenario: (w: Source) => string;
  badMoment: (w: Source, rule: string) => string;
  badWords: (w: Source) => string;
  shareTooManyActions: (n: string, max: string) => string;
  past24h: string;
  shareTooBig: (size: string) => string;
  shareTooBigPacked: (size: string) => string;
  problems: (n: number, lines: string) => string;
  andMore: (n: number) => string;
  characters: string;
}

export const shareText = catalogue<ShareText>({
  en: {
    tooBigText: (w, size) => `${w} is too big (${size}): it may hold at most 1 MB of text`,
    isEmpty: (w) => `${w} is empty`,
    tooDeep: (w, max) => `${w} is nested too deeply (more than ${max} levels of [ and {)`,
    notJson: (w) => `${w} is not valid JSON (check for a missing comma, quote or bracket)`,
    linkEmpty: 'the link is empty: it holds no class',
    linkTooLong: (size, max) => `the link is too long (${size}): a share link holds at most ${max}`,
    linkForeign: (char) => `the link is damaged (it holds ${char}, a character share links never have)`,
    linkTooBig: 'the link is too big: it unpacks to more than 1 MB of text',
    linkNotDecompressed: 'the link is damaged (it could not be decompressed)',
    unreadable: (w) => `${w} could not be read`,
    notChecked: (w, thing) => `${w}'s ${thing} could not be checked`,
    notValid: (thing) => `the ${thing} is not valid`,
    holdsProblems: (w, thing, summary) => `${w} holds a ${thing} with ${summary}`,
    actionsNotList: (w) => `${w}'s actions are damaged (commands must be a list)`,
    tooManyActions: (w, n, max) => `${w} holds ${n} actions, more than the ${max} a class may share`,
    entryShape: 'must be an object with timeMs and command',
    unknownField: 'unknown field',
    earlier: 'must not be earlier than the action before it',
    commandShape: 'must be an object describing a command',
    timeRule: (max) => `must be a whole number of milliseconds from 0 to ${max} (24 hours)`,
    actionsProblems: (w, summary) => `${w}'s actions have ${summary}`,
    unknownFields: (w, n, shown, more) =>
      `${w} holds ${n === 1 ? 'an unknown field' : 'unknown fields'} ${shown}${more > 0 ? ` and ${more} more` : ''}`,
    noVersion: (w) => `${w} is damaged (it has no format version)`,
    newer: (w, v, ours) =>
      `${w} was made by a newer Kafka Classroom (format ${v}); this one reads format ${ours}: reload the page to update it`,
    unknownVersion: (w, ours) => `${w} has an unknown format version (v must be ${ours})`,
    noClass: (w) => `${w} is damaged (it does not hold a class)`,
    noScenario: (w) => `${w} holds no scenario`,
    badMoment: (w, rule) => `${w}'s moment (timeMs) ${rule}`,
    badWords: (w) => `${w}'s words must be "classroom" or "kafka"`,
    shareTooManyActions: (n, max) => `this class has ${n} actions: a link holds at most ${max}`,
    past24h:
      'this class has run past 24 hours of simulated time: a link holds at most 24 hours (rewind, or reset and share sooner)',
    shareTooBig: (size) => `this class is too big to share as a link (${size}; at most 1 MB)`,
    shareTooBigPacked: (size) => `this class is too big to share as a link (${size} once packed)`,
    problems: (n, lines) => `${n} ${n === 1 ? 'problem' : 'problems'}: ${lines}`,
    andMore: (n) => `...and ${n} more`,
    characters: 'characters',
  },
  es: {
    tooBigText: (w, size) =>
      `${el(w)} es demasiado grande (${size}): puede contener como mucho 1 MB de texto`,
    isEmpty: (w) => `${el(w)} está vacío`,
    tooDeep: (w, max) => `${el(w)} anida demasiado (más de ${max} niveles de [ y {)`,
    notJson: (w) => `${el(w)} no es JSON válido (revisa si falta una coma, unas comillas o un corchete)`,
    linkEmpty: 'el enlace está vacío: no contiene ninguna clase',
    linkTooLong: (size, max) =>
      `el enlace es demasiado largo (${size}): un enlace para compartir admite como mucho ${max}`,
    linkForeign: (char) =>
      `el enlace está dañado (contiene ${char}, un carácter que nunca aparece en los enlaces para compartir)`,
    linkTooBig: 'el enlace es demasiado grande: descomprimido ocupa más de 1 MB de texto',
    linkNotDecompressed: 'el enlace está dañado (no se pudo descomprimir)',
    unreadable: (w) => `no se pudo leer ${el(w)}`,
    notChecked: (w, thing) => `no se pudo comprobar ${THING_ES[thing][0]} ${del(w)}`,
    notValid: (thing) => `${THING_ES[thing][0]} no es válida`,
    holdsProblems: (w, thing, summary) => `${el(w)} contiene ${THING_ES[thing][1]} con ${summary}`,
    actionsNotList: (w) => `las acciones ${del(w)} están dañadas (commands debe ser una lista)`,
    tooManyActions: (w, n, max) =>
      `${el(w)} contiene ${n} acciones, más de las ${max} que puede compartir una clase`,
    entryShape: 'debe ser un objeto con timeMs y command',
    unknownField: 'campo desconocido',
    earlier: 'no puede ser anterior a la acción de antes',
    commandShape: 'debe ser un objeto que describa una orden',
    timeRule: (max) => `debe ser un número entero de milisegundos de 0 a ${max} (24 horas)`,
    actionsProblems: (w, summary) => `las acciones ${del(w)} tienen ${summary}`,
    unknownFields: (w, n, shown, more) =>
      `${el(w)} contiene ${n === 1 ? 'un campo desconocido' : 'campos desconocidos'} ${shown}${more > 0 ? ` y ${more} más` : ''}`,
    noVersion: (w) => `${el(w)} está dañado (no tiene versión de formato)`,
    newer: (w, v, ours) =>
      `${el(w)} se hizo con un Kafka Classroom más nuevo (formato ${v}); este lee el formato ${ours}: recarga la página para actualizarlo`,
    unknownVersion: (w, ours) => `${el(w)} tiene una versión de formato desconocida (v debe ser ${ours})`,
    noClass: (w) => `${el(w)} está dañado (no contiene una clase)`,
    noScenario: (w) => `${el(w)} no contiene ninguna configuración (scenario)`,
    badMoment: (w, rule) => `el momento (timeMs) ${del(w)} ${rule}`,
    badWords: (w) => `las palabras (words) ${del(w)} deben ser "classroom" o "kafka"`,
    shareTooManyActions: (n, max) => `esta clase tiene ${n} acciones: un enlace admite como mucho ${max}`,
    past24h:
      'esta clase ha pasado de 24 horas de tiempo simulado: un enlace admite como mucho 24 horas (rebobina, o reinicia y comparte antes)',
    shareTooBig: (size) =>
      `esta clase es demasiado grande para compartirla con un enlace (${size}; como mucho 1 MB)`,
    shareTooBigPacked: (size) =>
      `esta clase es demasiado grande para compartirla con un enlace (${size} una vez comprimida)`,
    problems: (n, lines) => `${n} ${n === 1 ? 'problema' : 'problemas'}: ${lines}`,
    andMore: (n) => `...y ${n} más`,
    characters: 'caracteres',
  },
});

/** 2300000 -> `2.3 MB` / `2,3 MB`, 1200 -> `1.2 KB`, 500 -> `500 characters` (or `bytes`). */
export function sizeIn(lang: Lang, chars: number, unit?: string): string {
  if (chars >= 1_000_000) return `${formatFixed(lang, chars / 1_000_000, 1)} MB`;
  if (chars >= 1_000) return `${formatFixed(lang, chars / 1_000, 1)} KB`;
  return `${chars} ${unit ?? shareText(lang).characters}`;
}
