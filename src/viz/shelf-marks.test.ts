import { describe, expect, it } from 'vitest';
import { marksForShelf, memberLag, shownActivity } from './shelf-marks';
import { group, member, snapshot } from '../../test/viz/fixtures';

describe('shelf marks', () => {
  const ana = member('ana', {
    assignment: [['notes', 0]],
    positions: [{ topic: 'notes', partition: 0, offset: 15 }],
  });
  const ben = member('ben', { activity: 'crashed', assignment: [['notes', 0]] });
  const g = group('class', [ana, ben], {
    offsets: [{ topic: 'notes', partition: 0, committed: 12, lag: 8, logEndOffset: 20, owner: 'ana' }],
  });
  const fresh = group('late', [], {
    offsets: [{ topic: 'notes', partition: 0, committed: null, lag: 20, logEndOffset: 20, owner: null }],
  });

  it("collects each group's bookmark and each reader's caret per shelf", () => {
    const marks = marksForShelf(snapshot({ groups: [g, fresh] }), 'notes', 0);
    expect(marks.bookmarks).toEqual([
      { group: 'class', committed: 12, from: 12 },
      { group: 'late', committed: null, from: 0 },
    ]);
    expect(marks.carets).toEqual([{ group: 'class', member: 'ana', position: 15 }]);
  });

  it("sums a member's lag over the partitions she owns", () => {
    expect(memberLag(g, 'ana')).toBe(8);
    expect(memberLag(g, 'ben')).toBe(0);
  });
});

describe('what a desk shows', () => {
  it('shows members with nothing in hand waiting during an eager rebalance, and says who is finishing', () => {
    const caughtUp = member('ana', { activity: 'waiting' });
    const finishing = member('carla', { activity: 'finishing' });
    const unaware = member('dani', { activity: 'processing' });
    const asleep = member('ben', { activity: 'asleep' });
    const g = group('class', [caughtUp, finishing, unaware, asleep], { state: 'PreparingRebalance' });
    expect(shownActivity(g, caughtUp)).toBe('rebalancing');
    // What the engine does: she finishes the batch in hand before rejoining, and the group waits for her.
    expect(shownActivity(g, finishing)).toBe('finishing');
    // Her next heartbeat has not told her of the rebalance yet: she is still processing.
    expect(shownActivity(g, unaware)).toBe('processing');
    expect(shownActivity(g, asleep)).toBe('asleep');
    expect(shownActivity({ ...g, state: 'Stable' }, caughtUp)).toBe('waiting');
    expect(shownActivity({ ...g, assignor: 'cooperative-sticky' }, caughtUp)).toBe('waiting');
  });
});
