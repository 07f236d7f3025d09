/** The address of a share link, and a one-line summary of a class for the sandbox and shared pages. */

import type { Scenario } from '../../engine';
import { formatCount } from '../../shared/format-number';
import type { Lang } from '../../shared/lang';
import { messages } from './messages';

/** `#/share/<encoded>` on this page's own address (any host, or a file:// page). */
export function shareUrl(encoded: string): string {
  const { origin, pathname, search, protocol, href } = window.location;
  const base =
    protocol === 'file:' || origin === 'null' ? href.split('#')[0]! : `${origin}${pathname}${search}`;
  return `${base}#/share/${encoded}`;
}

/**
 * "1 topic (3 shelves), 1 teacher, 1 study group (2 students)", in the reader's language; with several
 * brokers it starts with them: "3 rooms, 1 topic (3 shelves)...".
 */
export function describeScenario(lang: Lang, s: Scenario): string {
  const m = messages(lang);
  const shelves = s.topics.reduce((n, t) => n + t.partitions, 0);
  const students = s.groups.reduce((n, g) => n + g.members.length, 0);
  const count = (say: (n: string, one: boolean) => string, n: number): string =>
    say(formatCount(lang, n), n === 1);
  const brokers = s.brokers ?? 1;
  return [
    ...(brokers > 1 ? [count(m.rooms, brokers)] : []),
    `${count(m.topics, s.topics.length)} (${count(m.shelves, shelves)})`,
    count(m.teachers, s.producers.length),
    `${count(m.groups, s.groups.length)} (${count(m.students, students)})`,
  ].join(', ');
}
