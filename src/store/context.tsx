import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Words } from '../shared/words-mode';
import { selectWords } from './selectors';
import type { SimulatorState, SimulatorStore } from './simulator-store';

const SimulatorContext = createContext<SimulatorStore | null>(null);

export function SimulatorProvider({ store, children }: { store: SimulatorStore; children: ReactNode }) {
  return <SimulatorContext.Provider value={store}>{children}</SimulatorContext.Provider>;
}

export function useSimulatorStore(): SimulatorStore {
  const store = useContext(SimulatorContext);
  if (store === null) throw new Error('useSimulator must be used inside a SimulatorProvider');
  return store;
}

/** Reads from the nearest simulator's store; pass a module-level selector (see selectors.ts). */
export function useSimulator<T>(selector: (state: SimulatorState) => T): T {
  return useStore(useSimulatorStore(), selector);
}

/** The word mode of a class's store from outside its provider (a page's header above the class's stage). */
export function useWordsOf(store: SimulatorStore): Words {
  return useStore(store, selectWords);
}
