// The on-page overlay: server ERRORs, asset failures and unknown tags, one entry per id.

export type Level = "error" | "warn";

interface Entry {
  id: string;
  message: string;
  detail: string | null;
  level: Level;
}

export class Overlay {
  private entries = new Map<string, Entry>();

  constructor(private root: HTMLElement) {}

  set(id: string, message: string, detail: string | null = null, level: Level = "error"): void {
    this.entries.set(id, { id, message, detail, level });
    this.render();
  }

  clear(id: string): void {
    if (id === "*") this.entries.clear();
    else this.entries.delete(id);
    this.render();
  }

  clearPrefix(prefix: string): void {
    let hit = false;
    for (const id of [...this.entries.keys()]) {
      if (id.startsWith(prefix)) {
        this.entries.delete(id);
        hit = true;
      }
    }
    if (hit) this.render();
  }

  list(): Entry[] {
    return [...this.entries.values()];
  }

  private render(): void {
    const root = this.root;
    root.replaceChildren();
    for (const e of this.entries.values()) {
      const div = document.createElement("div");
      div.className = `entry ${e.level}`;
      div.dataset.id = e.id;
      div.textContent = e.message;
      if (e.detail) {
        const d = document.createElement("div");
        d.className = "detail";
        d.textContent = e.detail;
        div.appendChild(d);
      }
      root.appendChild(div);
    }
    root.classList.toggle("visible", this.entries.size > 0);
  }
}
