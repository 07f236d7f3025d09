import type { Page } from '@playwright/test';

/**
 * What the end-to-end tests of issue 12 read of a page's slices (runtime/page-work.ts, exposed as
 * `kafkaClassroomOpening`): how many ran, the most engine work one did, and when the latest ones ended.
 */
export interface Slices {
  count: number;
  maxWork: number;
  endedAt: number[];
}

export const slices = (page: Page): Promise<Slices> =>
  page.evaluate(() => (window as unknown as { kafkaClassroomOpening: Slices }).kafkaClassroomOpening);
