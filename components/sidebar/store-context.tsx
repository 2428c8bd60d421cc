import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { SidebarActions } from '@/utils/page/sidebar-actions';
import type { SidebarState, SidebarStore } from '@/utils/store/sidebar-store';

const StoreContext = createContext<SidebarStore | null>(null);
const ActionsContext = createContext<SidebarActions | null>(null);

export function SidebarStoreProvider({
  store,
  actions,
  children,
}: {
  store: SidebarStore;
  actions: SidebarActions;
  children: ReactNode;
}) {
  return (
    <StoreContext.Provider value={store}>
      <ActionsContext.Provider value={actions}>{children}</ActionsContext.Provider>
    </StoreContext.Provider>
  );
}

/** What the sidebar asks of the content script (storage, the background), without passing it down every level. */
export function useSidebarActions(): SidebarActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useSidebarActions outside SidebarStoreProvider');
  return actions;
}

/** Select one field at a time so a change elsewhere does not re-render the component. */
export function useSidebar<T>(selector: (state: SidebarState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useSidebar outside SidebarStoreProvider');
  return useStore(store, selector);
}
