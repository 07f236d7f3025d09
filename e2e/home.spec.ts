import { COURSE_PARTS } from '../src/lessons/course';
import { test, expect } from './fixtures';

test('the home page lists the course and the free-play classes', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Kafka Classroom', level: 1 })).toBeVisible();
  const course = page.getByRole('region', { name: 'The course, step by step' });
  await expect(course.getByRole('link')).toHaveCount(13);
  // Two parts, each its own list, numbered on: the distributed half starts at lesson 10.
  for (const [name, n] of [
    ['One classroom', COURSE_PARTS[0]!.lessons.length],
    ['When a machine breaks: copies in several rooms', COURSE_PARTS[1]!.lessons.length],
  ] as const) {
    await expect(course.getByRole('list', { name }).getByRole('link')).toHaveCount(n);
  }
  await expect(course.getByRole('link', { name: /Lesson 10.*Copies in every room/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What is Kafka, in plain words?' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Play freely' })
    .getByRole('link', { name: 'The sleepy student' })
    .click();
  await expect(page).toHaveURL(/#\/play\/sleepy-student$/);
  await expect(page.getByRole('heading', { name: 'The sleepy student' })).toBeVisible();
});

test('a lesson opens from the course list at its first step', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: /Lesson 2.*The sleepy student/ }).click();
  await expect(page).toHaveURL(/#\/lesson\/sleepy-student\/1$/);
});

test('an unknown class says so and offers the list', async ({ page }) => {
  await page.goto('./#/play/no-such-class');
  await expect(page.getByRole('alert')).toContainText('no-such-class');
  await expect(page.getByRole('link', { name: /The sleepy student/ }).first()).toBeVisible();
});
