import { describe, expect, it } from 'vitest';
import { flowKey, layoutOverview, OVERVIEW } from './overview-layout';

describe('layoutOverview', () => {
  it('on a 1024x768 projector stacks a few topics and groups right of the chart, names over 20 px', () => {
    const l = layoutOverview(1, 3, { widthPx: 1024, heightPx: 556 }, { w: 282, h: 224 });
    expect(l.topicsHeader.x).toBe(l.groupsHeader.x);
    expect(l.summary.x * l.zoom).toBeGreaterThanOrEqual(282);
    expect(OVERVIEW.small * l.zoom).toBeGreaterThanOrEqual(20);
  });

  it('puts many topics and groups side by side, names at 20 px', () => {
    const l = layoutOverview(16, 16, { widthPx: 1024, heightPx: 556 }, { w: 282, h: 224 });
    expect(l.topicsHeader.y).toBe(l.groupsHeader.y);
    expect(l.groupsHeader.x).toBeGreaterThan(l.topicsHeader.x + l.topicsHeader.w);
    expect(l.summaryColumns).toBe(1);
    expect(OVERVIEW.name * l.zoom).toBeGreaterThanOrEqual(20);
  });

  it('on a phone stacks the summary, the topics and the groups, large enough to read', () => {
    const l = layoutOverview(1, 3, { widthPx: 390, heightPx: 420 }, null);
    expect(l.summaryColumns).toBe(2);
    expect(l.topicsHeader.x).toBe(l.groupsHeader.x);
    expect(l.topicsHeader.y).toBeGreaterThanOrEqual(l.summary.y + l.summary.h);
    expect(l.groupsHeader.y).toBeGreaterThanOrEqual(l.topicRows.at(-1)!.y + OVERVIEW.rowH);
    // Every part inside the viewBox.
    for (const b of [l.summary, l.topicsHeader, ...l.topicRows, l.groupsHeader, ...l.groupRows]) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(l.width + 1e-9);
      expect(b.y + b.h).toBeLessThanOrEqual(l.height + 1e-9);
    }
    // Small print at 16 px, names at 20 px (the side-by-side tables drew them at 8).
    expect(OVERVIEW.small * l.zoom).toBeGreaterThanOrEqual(15.9);
  });

  it('keys the activity bar under the groups where there is room, never at the cost of print under 16 px', () => {
    const entries = [80, 175, 195, 190];
    // A projector: room for the key, under the groups' rows, inside the viewBox, names still over 20 px.
    const wide = layoutOverview(1, 3, { widthPx: 1024, heightPx: 556 }, { w: 282, h: 224 }, 44, entries);
    expect(wide.key.w).toBeGreaterThan(0);
    expect(wide.key.y).toBeGreaterThanOrEqual(wide.groupRows.at(-1)!.y + OVERVIEW.rowH);
    expect(wide.key.y + wide.key.h).toBeLessThanOrEqual(wide.height + 1e-9);
    expect(wide.key.h).toBe(3 * OVERVIEW.keyLine);
    expect(OVERVIEW.small * wide.zoom).toBeGreaterThanOrEqual(16);
    expect(OVERVIEW.name * wide.zoom).toBeGreaterThanOrEqual(20);
    // A phone is bound by its width at 16.1 px: a key would push print under 16, so there is none.
    const phone = layoutOverview(1, 3, { widthPx: 390, heightPx: 420 }, null, 0, entries);
    expect(phone.key.h).toBe(0);
    expect(phone.zoom).toBe(layoutOverview(1, 3, { widthPx: 390, heightPx: 420 }, null).zoom);
    // Many groups side by side: the key under the groups' column.
    const many = layoutOverview(16, 16, { widthPx: 2400, heightPx: 1400 }, { w: 282, h: 224 }, 0, entries);
    expect(many.key.x).toBe(many.groupsHeader.x);
    expect(many.key.y + many.key.h).toBeLessThanOrEqual(many.height + 1e-9);
  });

  it("leaves the chart's corner out where print beside it would be under 16 px and over the whole stage is not", () => {
    // The sandbox's stage beside its form at 1024x768: beside the chart its small print was 14 px.
    const sandbox = layoutOverview(1, 3, { widthPx: 608, heightPx: 463 }, { w: 282, h: 224 }, 44, [80, 175]);
    expect(sandbox.dropsChart).toBe(true);
    expect(sandbox.corner.w).toBe(0);
    expect(OVERVIEW.small * sandbox.zoom).toBeGreaterThanOrEqual(16);
    // A projector keeps its corner.
    const projector = layoutOverview(1, 3, { widthPx: 1024, heightPx: 556 }, { w: 282, h: 224 }, 44);
    expect(projector.dropsChart).toBe(false);
    expect(projector.corner.w * projector.zoom).toBeCloseTo(282, 5);
    // Where the whole stage reads no larger (short and wide), the chart stays.
    const short = layoutOverview(1, 3, { widthPx: 864, heightPx: 420 }, { w: 282, h: 224 }, 44);
    expect(short.dropsChart).toBe(false);
  });

  it('flows the key in lines as wide as the table', () => {
    expect(flowKey([80, 175, 195, 190], 364)).toEqual({
      at: [
        { x: 0, line: 0 },
        { x: 80 + OVERVIEW.keyGap, line: 0 },
        { x: 0, line: 1 },
        { x: 0, line: 2 },
      ],
      lines: 3,
    });
    expect(flowKey([], 364).lines).toBe(0);
    expect(flowKey([500], 364)).toEqual({ at: [{ x: 0, line: 0 }], lines: 1 });
  });

  it("keeps a strip along the top free, the corner at the bottom, the aspect ratio the viewport's", () => {
    const vp = { widthPx: 1000, heightPx: 560 };
    const l = layoutOverview(1, 3, vp, { w: 282, h: 224 }, 44);
    const parts = [l.summary, l.topicsHeader, ...l.topicRows, l.groupsHeader, ...l.groupRows];
    for (const b of parts) expect(b.y * l.zoom).toBeGreaterThanOrEqual(44);
    expect((l.corner.y + l.corner.h) * l.zoom).toBeCloseTo(560, 5);
    expect(l.width / l.height).toBeCloseTo(1000 / 560, 9);
  });
});
