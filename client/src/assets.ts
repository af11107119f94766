// Tracks asset loads (models, images, fonts) so that SCENE_READY is only reported once every
// load triggered by a scene change has settled, and so that failures show in the overlay.
import { Overlay } from "./overlay";
import { errorMessage } from "./util";

interface Pending {
  key: string;
  url: string;
}

export class AssetTracker {
  private pending = new Map<number, Pending>();
  private failed = new Map<string, Map<string, string>>(); // node key → url → message
  private nextId = 1;
  /** Called whenever the last pending load settles. */
  onIdle: () => void = () => {};

  constructor(private overlay: Overlay) {}

  get pendingCount(): number {
    return this.pending.size;
  }

  /** Starts a fresh load cycle for a node: forgets its earlier failures. */
  begin(key: string): void {
    this.failed.delete(key);
    this.overlay.clearPrefix(`asset:${key}:`);
  }

  /** Registers a load; resolves to the value, or null on failure (already reported). */
  track<T>(key: string, url: string, promise: Promise<T>): Promise<T | null> {
    const id = this.nextId++;
    this.pending.set(id, { key, url });
    return promise.then(
      (v) => {
        this.settle(id);
        return v;
      },
      (e) => {
        if (this.pending.has(id)) this.fail(key, url, errorMessage(e));
        this.settle(id);
        return null;
      },
    );
  }

  /** Records a failure that did not go through track() (e.g. a URDF mesh). */
  fail(key: string, url: string, message: string): void {
    let m = this.failed.get(key);
    if (!m) this.failed.set(key, (m = new Map()));
    m.set(url, message);
    const short = url.startsWith("data:") ? url.slice(0, 40) + "…" : url;
    this.overlay.set(`asset:${key}:${url}`, `failed to load ${short} (key ${key})`, message);
    console.warn(`vuer: failed to load ${url} for ${key}: ${message}`);
  }

  /** A node went away: its pending loads no longer hold readiness, its failures are cleared. */
  drop(key: string): void {
    for (const [id, p] of this.pending) if (p.key === key) this.pending.delete(id);
    this.failed.delete(key);
    this.overlay.clearPrefix(`asset:${key}:`);
    if (this.pending.size === 0) this.onIdle();
  }

  isLive(key: string): boolean {
    for (const p of this.pending.values()) if (p.key === key) return true;
    return false;
  }

  failedUrls(): string[] {
    const out: string[] = [];
    for (const m of this.failed.values()) for (const url of m.keys()) out.push(url);
    return out;
  }

  private settle(id: number): void {
    if (!this.pending.delete(id)) return;
    if (this.pending.size === 0) this.onIdle();
  }
}
