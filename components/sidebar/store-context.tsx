import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { SidebarState, SidebarStore } from '@/utils/store/sidebar-store';

const StoreContext = createContext<SidebarStore | null>(null);

export function SidebarStoreProvider({ store, children }: { store: SidebarStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Select one field at a time so a change elsewhere does not re-render the component. */
export function useSidebar<T>(selector: (state: SidebarState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useSidebar outside SidebarStoreProvider');
  return useStore(store, selector);
}
