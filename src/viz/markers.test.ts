import { describe, expect, it } from 'vitest';
import { caretX, ribbons, RIBBON_W, stripes } from './markers';
import { SHELF } from './test-fixtures';

describe('bookmarks, backlog and carets', () => {
  it('stands a bookmark on the boundary before the committed offset', () => {
    const [r] = ribbons(SHELF, 20, [{ group: 'class', committed: 18, from: 18 }]);
    expect(r!.poleX).toBe(250);
    expect(r!.x).toBe(250);
    expect(r!.inPile).toBe(false);
  });

  it('moves apart bookmarks of groups at the same place, keeping their order', () => {
    const rs = ribbons(SHELF, 20, [
      { group: 'a', committed: 18, from: 18 },
      { group: 'b', committed: 18, from: 18 },
      { group: 'c', committed: 19, from: 19 },
    ]);
    for (let i = 1; i < rs.length; i++) expect(rs[i]!.x - rs[i - 1]!.x).toBeGreaterThanOrEqual(RIBBON_W);
    expect(rs.map((r) => r.poleX)).toEqual([250, 250, 300]);
  });

  it('sticks a bookmark further back than the drawn cells out of the pile', () => {
    const [r] = ribbons(SHELF, 20, [{ group: 'class', committed: 3, from: 3 }]);
    expect(r!.inPile).toBe(true);
    expect(r!.poleX).toBe(SHELF.tape.x);
  });

  it('draws no bookmark before the first commit, but still the backlog', () => {
    const marks = [{ group: 'class', committed: null, from: 0 }];
    expect(ribbons(SHELF, 20, marks)).toEqual([]);
    expect(stripes(SHELF, 20, 20, marks)[0]).toMatchObject({ x0: SHELF.tape.x, x1: 350 });
  });

  it('runs the backlog from the bookmark to the log end, one lane per group', () => {
    const [s] = stripes(SHELF, 20, 20, [{ group: 'class', committed: 17, from: 17 }]);
    expect(s).toEqual({ group: 'class', x0: 200, x1: 350, y: SHELF.stripeY });
  });

  it('puts a reader caret at her position', () => {
    expect(caretX(SHELF, 20, 19)).toBe(300);
  });
});
