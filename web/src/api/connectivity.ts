/**
 * Whether the till can reach the server: the browser's own online flag, corrected by what
 * requests do (a LAN without internet, a stopped server). While unreachable, `/ping` is tried
 * every few seconds so the till notices the way back without waiting for a sale.
 */
type Listener = (online: boolean) => void;

class Connectivity {
  private failing = false;
  private readonly listeners = new Set<Listener>();
  private probe: ReturnType<typeof setInterval> | undefined;

  constructor() {
    if (typeof window === 'undefined') return;
    window.addEventListener('online', () => {
      this.failing = false;
      this.emit();
    });
    window.addEventListener('offline', () => this.emit());
  }

  get online(): boolean {
    return (typeof navigator === 'undefined' || navigator.onLine) && !this.failing;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  reachable() {
    if (!this.failing) return;
    this.failing = false;
    clearInterval(this.probe);
    this.probe = undefined;
    this.emit();
  }

  unreachable() {
    if (this.failing) return;
    this.failing = true;
    this.emit();
    this.probe ??= setInterval(() => {
      if (!navigator.onLine) return;
      fetch('/ping', { cache: 'no-store' }).then(
        (r) => r.ok && this.reachable(),
        () => undefined,
      );
    }, 5_000);
  }

  private emit() {
    const online = this.online;
    for (const l of this.listeners) l(online);
  }
}

export const connectivity = new Connectivity();
