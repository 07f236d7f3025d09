import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';

/**
 * Issue 14's controls: a class of three rooms (brokers) set up in the sandbox, played, and a room's
 * machine broken from the inspector; the inspector shows the new leader and the under-replicated shelf.
 */

async function threeRooms(page: Page): Promise<void> {
  await page.goto('./#/sandbox');
  await page
    .getByRole('region', { name: 'Rooms (brokers)' })
    .getByLabel('How many rooms (brokers)')
    .fill('3');
  const topic = page.getByRole('group', { name: /^Topic 1/ });
  await topic.getByLabel('Copies of each shelf (replication factor)').fill('3');
  await topic.getByLabel('Copies a note needs (min.insync.replicas)').fill('2');
  await expect(page.getByTestId('sandbox-running')).toHaveText(
    'Running: 3 rooms, 1 note-taking machine (3 shelves), 1 teacher, 1 study group (2 students)',
  );
}

/** The cells of a table's rows, header row left out. */
async function rows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
    );
}

test("a three-room class from the sandbox: break the leader copy's machine, a new leader takes over and the shelf has copies missing", async ({
  page,
}) => {
  await threeRooms(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1500);
  const stage = page.getByRole('region', { name: 'Stage' });
  await stage.getByRole('button', { name: /^note-taking machine notes/ }).click();
  const copies = await rows(page, 'Copies of each shelf');
  expect(copies).toHaveLength(3);
  expect(copies.every((r) => r[6] === 'ok')).toBe(true);
  const leader = copies[0]![1]!;
  expect(['1', '2', '3']).toContain(leader);

  await page
    .getByRole('table', { name: 'Rooms' })
    .getByRole('button', { name: `room ${leader}` })
    .click();
  await expect(page.getByRole('heading', { name: `Room ${leader}` })).toBeFocused();
  await page.getByRole('button', { name: 'Switch it off properly' }).click();
  await expect(page.getByText('the machine is broken')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Repair the machine' })).toBeVisible();

  // Back to the shelf: its leader copy moved to another room, and it lacks a copy in step.
  await page
    .getByRole('table', { name: 'Shelves with a copy here' })
    .getByRole('button', { name: 'notes shelf 0' })
    .click();
  await expect(page.getByText('Copies: copies missing')).toBeVisible();
  const replicas = await rows(page, 'Copies in');
  const broken = replicas.find((r) => r[0] === `room ${leader}`)!;
  expect(broken.slice(1, 4)).toEqual(['broken', 'copy', 'broken']);
  const newLeader = replicas.find((r) => r[2] === 'original')!;
  expect(newLeader[0]).not.toBe(`room ${leader}`);
  expect(await seriousViolations(page)).toEqual([]);

  // Repaired with the keyboard: the room comes back and its copy catches up.
  // Exact: the stage's shelves name their copies ("...; copies: room 1, broken, ...") too.
  await page
    .getByRole('button', { name: `room ${leader}`, exact: true })
    .first()
    .click();
  await page.getByRole('button', { name: 'Repair the machine' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('the machine works')).toBeVisible();
});

test('in Kafka words a crash leaves the partition offline until the controller fences the broker', async ({
  page,
}) => {
  await threeRooms(page);
  await page.getByRole('group', { name: 'Words' }).getByRole('radio', { name: 'Kafka' }).click();
  const stage = page.getByRole('region', { name: 'Stage' });
  await stage.getByRole('button', { name: /^topic notes/ }).click();
  const leader = (await rows(page, 'Partitions and replicas'))[0]![1]!;
  await page
    .getByRole('table', { name: 'Brokers' })
    .getByRole('button', { name: `broker ${leader}` })
    .click();
  await page.getByRole('button', { name: 'Crash broker' }).click();
  await expect(page.getByRole('complementary').getByText('down', { exact: true })).toBeVisible();
  await page
    .getByRole('table', { name: 'Replicas on this broker' })
    .getByRole('button', { name: 'notes-0' })
    .click();
  await expect(page.getByText('State: offline')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('"Run this on real Kafka" refuses a class of three rooms by name, since its zip plays on one broker', async ({
  page,
}) => {
  await threeRooms(page);
  await page.getByRole('button', { name: 'Run this on real Kafka' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be made' })).toContainText(
    'this class has 3 brokers (rooms), and the zip plays on a single Kafka broker',
  );
});
