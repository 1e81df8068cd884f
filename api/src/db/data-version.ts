/** Which rows a write touched; a write that cannot say (undefined) invalidates everything. */
export interface DataChange {
  participants?: number[];
  companies?: number[];
  gaps?: boolean;
}

const notes = new WeakMap<object, DataChange>();

/**
 * Called inside a write's transaction to say what it touched, so derived figures can be patched
 * instead of rebuilt. `em` is the transaction's entity manager.
 */
export function noteChange(em: object, change: DataChange): void {
  const noted = notes.get(em) ?? {};
  notes.set(em, {
    participants: [...(noted.participants ?? []), ...(change.participants ?? [])],
    companies: [...(noted.companies ?? []), ...(change.companies ?? [])],
    gaps: Boolean(noted.gaps || change.gaps),
  });
}

export const notedChange = (em: object): DataChange | undefined => notes.get(em);

/**
 * A counter bumped after every committed write to the project data. Caches of derived figures
 * (indicators) key on it, so a write invalidates them without anyone having to know who caches what.
 */
export class DataVersion {
  private version = 0;
  private readonly listeners = new Set<(version: number, change: DataChange | undefined, auditIds: string[]) => void>();

  get current(): number {
    return this.version;
  }

  /** `auditIds`: the audit entries the write made, so they are not mistaken for another process's. */
  bump(change?: DataChange, auditIds: string[] = []): void {
    this.version += 1;
    for (const listener of this.listeners) listener(this.version, change, auditIds);
  }

  onChange(listener: (version: number, change: DataChange | undefined, auditIds: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
