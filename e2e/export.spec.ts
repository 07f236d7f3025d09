import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';

/** "Run this on real Kafka" downloads a zip holding the class, the Java player and the predictions. */

async function download(
  page: Page,
  name: RegExp,
): Promise<{ file: string; entries: Record<string, Uint8Array> }> {
  const [zip]: [Download, unknown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { file: zip.suggestedFilename(), entries: unzipSync(await readFile((await zip.path())!)) };
}

/** Every Java source of the player goes into the zip: read from the folder, since a list written here went stale when Brokers.java joined. */
const PLAYER_SOURCES = readdirSync(resolve('kafka/player/src/main/java/classroom')).filter((f) =>
  f.endsWith('.java'),
);

const expectedFiles = (name: string): string[] =>
  [
    'README.md',
    `create-topics-${name}.sh`,
    `run-${name}.sh`,
    `${name}.scenario.json`,
    `${name}.commands.json`,
    `PREDICTIONS-${name}.md`,
    `predictions-${name}.json`,
    'player/pom.xml',
    ...PLAYER_SOURCES.map((c) => `player/src/main/java/classroom/${c}`),
  ]
    .map((f) => `${name}-on-kafka/${f}`)
    .sort();

test('a built-in class on the play page downloads as a zip with its topics, player and predictions', async ({
  page,
}) => {
  await page.goto('./#/play/keys-and-order?t=4000');
  const { file, entries } = await download(page, /on real Kafka/);
  expect(file).toBe('keys-and-order-on-kafka.zip');
  expect(Object.keys(entries).sort()).toEqual(expectedFiles('keys-and-order'));
  const predictions = JSON.parse(
    strFromU8(entries['keys-and-order-on-kafka/predictions-keys-and-order.json']!),
  ) as {
    placements: { key: string; partition: number }[];
    untilMs: number;
  };
  expect(predictions.placements.length).toBe(6);
  expect(predictions.untilMs).toBe(20_000);
  await expect(page.getByRole('status').filter({ hasText: 'keys-and-order-on-kafka.zip' })).toBeVisible();
  // The note that says what the zip holds passes axe too, and closes.
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'keys-and-order-on-kafka.zip' })).toHaveCount(0);
});

test("a lesson's class downloads in Spanish with the lesson's whole script", async ({ page }) => {
  await page.goto('./#/lesson/sleepy-student/2');
  await page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'Español' }).click();
  const { file, entries } = await download(page, /en Kafka real/);
  expect(file).toBe('sleepy-student-on-kafka.zip');
  expect(Object.keys(entries).sort()).toEqual(expectedFiles('sleepy-student'));
  const readme = strFromU8(entries['sleepy-student-on-kafka/README.md']!);
  expect(readme).toMatch(/^# «.+» en Apache Kafka real/);
  const commands = JSON.parse(
    strFromU8(entries['sleepy-student-on-kafka/sleepy-student.commands.json']!),
  ) as {
    command: { type: string };
  }[];
  expect(commands.map((c) => c.command.type)).toEqual(['sleep', 'wake']);
});

test('a class made in the sandbox downloads with the actions taken', async ({ page }) => {
  await page.goto('./#/sandbox');
  const { file, entries } = await download(page, /on real Kafka/);
  expect(file).toBe('sandbox-class-on-kafka.zip');
  expect(Object.keys(entries).sort()).toEqual(expectedFiles('sandbox-class'));
});

test('the single-file build makes the zip from file:// with no network', async ({ page, context }) => {
  await context.route(/^https?:/, (route) => route.abort());
  await page.goto(`${pathToFileURL(resolve('dist-single/index.html')).href}#/play/sleepy-student`);
  const { file, entries } = await download(page, /on real Kafka/);
  expect(file).toBe('sleepy-student-on-kafka.zip');
  expect(Object.keys(entries).sort()).toEqual(expectedFiles('sleepy-student'));
});
