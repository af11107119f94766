// The websocket: one binary frame = one msgpack map, both ways. Reconnects with backoff for as
// long as the page is open (upstream gives up after 5 tries).
import { decode, encode } from "@msgpack/msgpack";
import { nowSeconds } from "./util";

export type Frame = Record<string, any>;
export type ConnState = "connecting" | "connected" | "reconnecting";

const BACKOFF_START_MS = 250;
const BACKOFF_CAP_MS = 5000;

export class Connection {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private timer: number | null = null;
  private holdOff = false;
  state: ConnState = "connecting";
  onFrame: (f: Frame) => void = () => {};
  onOpen: () => void = () => {};
  onState: (s: ConnState, detail: string) => void = () => {};

  constructor(readonly url: string) {}

  start(): void {
    this.open();
  }

  /** Sends one client event. `ts` (float seconds) is added to every event, CAMERA_MOVE included. */
  send(event: Frame): boolean {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return false;
    const frame = { ts: nowSeconds(), ...event };
    ws.send(encode(frame, { ignoreUndefined: true }));
    return true;
  }

  /** The server ended this session (TERMINATE): drop the socket, retry after the longest delay. */
  terminate(): void {
    this.holdOff = true;
    this.ws?.close(1000, "terminated by server");
  }

  private setState(s: ConnState, detail = ""): void {
    this.state = s;
    this.onState(s, detail);
  }

  private open(): void {
    this.timer = null;
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.url);
    } catch (e) {
      console.error("vuer: bad websocket url", this.url, e);
      this.schedule();
      return;
    }
    ws.binaryType = "arraybuffer";
    this.ws = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this.holdOff = false;
      this.setState("connected");
      this.onOpen();
    };
    ws.onmessage = (ev) => {
      if (!(ev.data instanceof ArrayBuffer)) return; // upstream reads binary frames only
      let frame: unknown;
      try {
        frame = decode(new Uint8Array(ev.data));
      } catch (e) {
        console.error("vuer: undecodable frame", e);
        return;
      }
      if (frame && typeof frame === "object" && !Array.isArray(frame)) this.onFrame(frame as Frame);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.schedule();
    };
    ws.onerror = () => {
      /* onclose follows */
    };
  }

  private schedule(): void {
    if (this.timer !== null) return;
    const delay = this.holdOff ? BACKOFF_CAP_MS : Math.min(BACKOFF_START_MS * 2 ** this.attempt, BACKOFF_CAP_MS);
    this.attempt++;
    this.setState("reconnecting", `${(delay / 1000).toFixed(1)} s`);
    this.timer = window.setTimeout(() => this.open(), delay);
  }
}
