/** The address of a share link, and a one-line summary of a class for the sandbox and shared pages. */

import type { Scenario } from '../../engine';

/** `#/share/<encoded>` on this page's own address (any host, or a file:// page). */
export function shareUrl(encoded: string): string {
  const { origin, pathname, search, protocol, href } = window.location;
  const base =
    protocol === 'file:' || origin === 'null' ? href.split('#')[0]! : `${origin}${pathname}${search}`;
  return `${base}#/share/${encoded}`;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "1 topic (3 shelves), 1 teacher, 1 study group (2 students)". */
export function describeScenario(s: Scenario): string {
  const shelves = s.topics.reduce((n, t) => n + t.partitions, 0);
  const students = s.groups.reduce((n, g) => n + g.members.length, 0);
  return [
    `${count(s.topics.length, 'topic', 'topics')} (${count(shelves, 'shelf', 'shelves')})`,
    count(s.producers.length, 'teacher', 'teachers'),
    `${count(s.groups.length, 'study group', 'study groups')} (${count(students, 'student', 'students')})`,
  ].join(', ');
}
