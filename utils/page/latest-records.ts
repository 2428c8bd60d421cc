/**
 * The officer's records (manual entry, "4 xin") of the dossier the page shows, loaded from the session. Loads
 * overlap when the page changes quickly (an SPA navigation, a page cycling codes): only the records of the dossier
 * wanted last are ever applied, whatever order the loads finish in, so one dossier's entry never lands on another.
 */
export interface LatestRecords {
  /** Loads this dossier's records (null: none on the page) unless they are the ones wanted already. */
  want(key: string | null): Promise<void>;
  /** Another tab changed these records: loads them again if they are still the ones wanted. */
  reload(key: string): Promise<void>;
  /** Whether `key` is the dossier wanted last (a save that finishes late must not touch the next dossier). */
  isWanted(key: string | null): boolean;
}

export function latestRecords<R>(
  load: (key: string | null) => Promise<R>,
  apply: (key: string | null, records: R, fromElsewhere: boolean) => void,
): LatestRecords {
  // The store starts with no dossier's records: nothing to load for a page without one.
  let wanted: string | null = null;
  let turn = 0;
  const fetch = async (key: string | null, fromElsewhere: boolean) => {
    wanted = key;
    const mine = ++turn;
    const records = await load(key);
    if (mine === turn) apply(key, records, fromElsewhere);
  };
  return {
    want: (key) => (key === wanted ? Promise.resolve() : fetch(key, false)),
    reload: (key) => (key === wanted ? fetch(key, true) : Promise.resolve()),
    isWanted: (key) => key === wanted,
  };
}
