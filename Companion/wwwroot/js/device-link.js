// The Bluetooth link to one device through Web Bluetooth. What a page cannot do shapes it:
// - it cannot learn the MTU, so every frame fits MTU 23 (framing.js);
// - ATT error codes never reach JavaScript, so after a failed write it reads Status, whose
//   byte 1 keeps the protocol error (docs/provisioning-protocol.md §7);
// - notifications may not arrive (some stacks, the browser tests' emulation), so while the device
//   works on its own (states 2, 3, 4, 6) it also reads Status every 500 ms;
// - Chromium rejects a GATT operation started while another is pending, so every operation goes
//   through one queue.

import { BUSY_STATES, CHARACTERISTICS, ERROR, SERVICE_UUID, isProtocolError, parseChallenge, parseInfo, parseStatus } from './protocol.js';
import { MessageIds, frameMessage } from './framing.js';

const POLL_MS = 500;
// How long a failed operation waits for the disconnect event that may follow it.
const LINK_SETTLE_MS = 1000;
const CONNECT_TIMEOUT_MS = 15000;
// Long enough for the operating system's pairing prompt (the user types a passkey) during a write.
const OPERATION_TIMEOUT_MS = 90000;

// Errors a resend from the first frame (with a new message ID) repairs (§5.1).
const RESEND_ERRORS = [ERROR.FRAME_OUT_OF_ORDER, ERROR.LENGTH_MISMATCH, ERROR.CRC_MISMATCH, ERROR.MESSAGE_EXPIRED];
const MAX_RESENDS = 2;

/** The link dropped (or was never up) during an operation. */
export class LinkLostError extends Error {
  constructor() {
    super('the Bluetooth connection to the device was lost');
    this.name = 'LinkLostError';
  }
}

/** The device refused a write; code is the protocol error read back from Status. */
export class WriteRefusedError extends Error {
  constructor(code, key) {
    super('the device refused a write to ' + key + ' (0x' + code.toString(16) + ')');
    this.name = 'WriteRefusedError';
    this.code = code;
    this.key = key;
  }
}

/** A write failed and Status names no protocol error: the link's security (pairing) or the browser refused it. */
export class WriteFailedError extends Error {
  constructor(key, cause) {
    super('a write to ' + key + ' failed without a protocol error', { cause });
    this.name = 'WriteFailedError';
    this.key = key;
  }
}

/**
 * Events: "status" (detail: the decoded Status, after every read and notification) and
 * "disconnected" (the link dropped without close()).
 */
export class DeviceLink extends EventTarget {
  #device = null;
  #characteristics = new Map();
  #queue = Promise.resolve();
  #ids = new MessageIds();
  #pollTimer = 0;
  #closing = false;
  // Rejected when this connection drops: an operation still pending then fails at once instead of hanging.
  #lost = null;
  #loseLink = () => undefined;
  #onValue = event => {
    try {
      this.#statusFrom(event.target.value);
    } catch {
      // A value this page cannot decode: the next read says more (and reports the mismatch).
    }
  };
  #onDisconnect = () => this.#disconnected();

  static get supported() {
    return typeof navigator !== 'undefined' && 'bluetooth' in navigator && !!navigator.bluetooth;
  }

  get name() {
    return this.#device?.name || 'your device';
  }

  get connected() {
    return !!this.#device?.gatt?.connected && this.#characteristics.size > 0;
  }

  /** Opens the browser's chooser, filtered on the provisioning service. Call from a click handler. */
  async choose() {
    const device = await navigator.bluetooth.requestDevice({ filters: [{ services: [SERVICE_UUID] }] });
    this.#device = device;
    device.addEventListener('gattserverdisconnected', this.#onDisconnect);
  }

  /** Connects (or reconnects), finds the characteristics and subscribes to Status. */
  async connect() {
    if (!this.#device) {
      throw new LinkLostError();
    }
    this.#closing = false;
    this.#characteristics.clear();
    const gatt = this.#device.gatt;
    const server = await withTimeout(gatt.connect(), CONNECT_TIMEOUT_MS, () => gatt.disconnect());
    const service = await server.getPrimaryService(SERVICE_UUID);
    const found = new Map();
    for (const characteristic of await service.getCharacteristics()) {
      found.set(characteristic.uuid, characteristic);
    }
    for (const [key, uuid] of Object.entries(CHARACTERISTICS)) {
      if (!found.has(uuid)) {
        throw new Error('the device has no ' + key + ' characteristic');
      }
    }
    this.#characteristics = found;
    // A new queue per connection: an operation of the dropped link must not hold up the new one.
    this.#queue = Promise.resolve();
    this.#lost = new Promise((_, reject) => {
      this.#loseLink = () => reject(new LinkLostError());
    });
    this.#lost.catch(() => undefined);

    const status = this.#get('status');
    // The same listener object each time, so a reconnection never adds a second one.
    status.addEventListener('characteristicvaluechanged', this.#onValue);
    try {
      await this.#run(() => status.startNotifications());
    } catch (error) {
      if (!this.connected) {
        throw new LinkLostError();
      }
      // Without notifications the page still works: it reads Status at every decision and polls while the device is busy.
    }
  }

  /** Disconnects on purpose: no "disconnected" event. */
  close() {
    this.#closing = true;
    this.#stopPolling();
    this.#characteristics.clear();
    this.#loseLink();
    if (this.#device?.gatt?.connected) {
      this.#device.gatt.disconnect();
    }
  }

  /** Forgets the device entirely (a new Find). */
  forget() {
    this.close();
    this.#device?.removeEventListener('gattserverdisconnected', this.#onDisconnect);
    this.#device = null;
  }

  async readStatus() {
    const value = await this.#read('status');
    return this.#statusFrom(value);
  }

  async readInfo() {
    return parseInfo(bytesOf(await this.#read('info')));
  }

  async readChallenge() {
    return parseChallenge(bytesOf(await this.#read('challenge')));
  }

  /**
   * Writes one message as frames, one write with response at a time. A frame the device already took
   * (FRAME_DUPLICATE) is skipped; a broken message is resent from its first frame with a new ID.
   * onFrame(sent, total) reports progress.
   */
  async writeMessage(key, message, onFrame) {
    for (let resend = 0; ; resend++) {
      const frames = frameMessage(this.#ids.next(key), message);
      try {
        for (let i = 0; i < frames.length; i++) {
          await this.#writeFrame(key, frames[i]);
          onFrame?.(i + 1, frames.length);
        }
        return;
      } catch (error) {
        if (!(error instanceof WriteRefusedError) || !RESEND_ERRORS.includes(error.code) || resend >= MAX_RESENDS) {
          throw error;
        }
      } finally {
        // The frames hold secrets (password, code): do not keep them around longer than needed.
        for (const frame of frames) {
          frame.fill(0);
        }
      }
    }
  }

  async #writeFrame(key, frame) {
    const characteristic = this.#get(key);
    try {
      await this.#run(() => characteristic.writeValueWithResponse(frame));
      return;
    } catch (error) {
      if (!this.connected) {
        throw new LinkLostError();
      }
      // ATT errors never reach JavaScript: the device keeps the protocol error of a refused write in Status.
      let status;
      try {
        status = await this.readStatus();
      } catch {
        // A write and the read after it both failing is how a dropping link often starts: the
        // disconnect event can follow a moment later. Wait for it before calling this a refusal.
        await this.#settle(LINK_SETTLE_MS);
        throw this.connected ? new WriteFailedError(key, error) : new LinkLostError();
      }
      if (status.error === ERROR.FRAME_DUPLICATE) {
        return; // The device had this frame already (a lost write response): go on with the next one.
      }
      if (isProtocolError(status.error)) {
        throw new WriteRefusedError(status.error, key);
      }
      throw new WriteFailedError(key, error);
    }
  }

  async #read(key) {
    const characteristic = this.#get(key);
    try {
      return await this.#run(() => characteristic.readValue());
    } catch (error) {
      throw this.connected ? error : new LinkLostError();
    }
  }

  #get(key) {
    const characteristic = this.#characteristics.get(CHARACTERISTICS[key]);
    if (!characteristic || !this.#device?.gatt?.connected) {
      throw new LinkLostError();
    }
    return characteristic;
  }

  // One GATT operation at a time; a failed one does not block the next. An operation ends with the link
  // at the latest, or after OPERATION_TIMEOUT_MS (then the link is reset: the caller reconnects).
  #run(operation) {
    const lost = this.#lost ?? new Promise(() => undefined);
    const guarded = () => withTimeout(Promise.race([operation(), lost]), OPERATION_TIMEOUT_MS, () => this.#device?.gatt?.disconnect());
    const result = this.#queue.then(guarded, guarded);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  // Resolves when the link drops or after ms, whichever comes first.
  #settle(ms) {
    const lost = this.#lost ?? new Promise(() => undefined);
    return Promise.race([lost.catch(() => undefined), new Promise(resolve => setTimeout(resolve, ms))]);
  }

  #statusFrom(dataView) {
    const status = parseStatus(bytesOf(dataView));
    if (BUSY_STATES.includes(status.state)) {
      this.#startPolling();
    } else {
      this.#stopPolling();
    }
    this.dispatchEvent(new CustomEvent('status', { detail: status }));
    return status;
  }

  #startPolling() {
    if (this.#pollTimer) {
      return;
    }
    this.#pollTimer = setTimeout(async () => {
      this.#pollTimer = 0;
      if (!this.connected) {
        return;
      }
      try {
        await this.readStatus(); // Restarts the timer while the device stays busy.
      } catch {
        // A failed poll is retried by the next status, or ends with the disconnect event.
        if (this.connected) {
          this.#startPolling();
        }
      }
    }, POLL_MS);
  }

  #stopPolling() {
    clearTimeout(this.#pollTimer);
    this.#pollTimer = 0;
  }

  #disconnected() {
    this.#stopPolling();
    this.#characteristics.clear();
    this.#loseLink();
    if (!this.#closing) {
      this.dispatchEvent(new Event('disconnected'));
    }
  }
}

function bytesOf(dataView) {
  return new Uint8Array(dataView.buffer, dataView.byteOffset, dataView.byteLength);
}

// gatt.connect() can wait very long for a device that does not answer; give up and cancel it.
function withTimeout(promise, ms, onTimeout) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new LinkLostError());
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
