/**
 * A counter bumped after every committed write to the project data. Caches of derived figures
 * (indicators) key on it, so a write invalidates them without anyone having to know who caches what.
 */
export class DataVersion {
  private version = 0;
  private readonly listeners = new Set<(version: number) => void>();

  get current(): number {
    return this.version;
  }

  bump(): void {
    this.version += 1;
    for (const listener of this.listeners) listener(this.version);
  }

  onChange(listener: (version: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
