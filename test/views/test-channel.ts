import type { ChannelPort, OpenPort } from '../../src/pages/lesson/presenter-channel';

/**
 * For tests: an in-memory stand-in for BroadcastChannel. Ports opened with the same name hear each other
 * (never themselves), at once, and every message sent is kept in `sent` for a look afterwards.
 */
export function createTestChannels(): { open: OpenPort; sent: unknown[]; ports: () => number } {
  const listeners = new Map<string, Set<{ from: object; onData: (data: unknown) => void }>>();
  const sent: unknown[] = [];
  let open = 0;
  const openPort: OpenPort = (name) => {
    const self = {};
    let closed = false;
    open++;
    const port: ChannelPort = {
      post: (data) => {
        if (closed) return;
        sent.push(data);
        // A structured clone, as a real channel makes one.
        const copy: unknown = JSON.parse(JSON.stringify(data));
        for (const l of [...(listeners.get(name) ?? [])]) if (l.from !== self) l.onData(copy);
      },
      listen: (onData) => {
        const entry = { from: self, onData };
        const set = listeners.get(name) ?? new Set();
        set.add(entry);
        listeners.set(name, set);
        return () => set.delete(entry);
      },
      close: () => {
        if (closed) return;
        closed = true;
        open--;
        for (const l of [...(listeners.get(name) ?? [])]) if (l.from === self) listeners.get(name)!.delete(l);
      },
    };
    return port;
  };
  return { open: openPort, sent, ports: () => open };
}
