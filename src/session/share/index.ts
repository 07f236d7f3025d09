/** Share links and class files: encoding, and decoding that trusts nothing. Framework-free. */
export {
  decodeClassFile,
  decodeShare,
  encodeShare,
  holdsProblems,
  isSharedLesson,
  readPayload,
  SHARE_FORMAT,
  SHARE_LIMITS,
  type Checked,
  type ClassFile,
  type ShareChecks,
  type SharedClass,
  type SharedCommand,
  type SharedLesson,
  type SharePayload,
} from './share-link';
export {
  isShareError,
  localProblem,
  problemIn,
  problemLine,
  ShareError,
  type ShareErrorReason,
  type ShareProblem,
} from './share-error';
export { shareText, sizeIn, type Say, type Source } from './share-text';
export { formatCount, isPlainObject, MAX_DEPTH, MAX_TEXT_CHARS, parseUntrustedJson } from './safe-json';
