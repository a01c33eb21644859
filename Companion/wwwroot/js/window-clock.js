// The device's pairing window, counted down on the page from Status bytes 4-5, so the user sees how
// long is left without the page reading Status again. When it runs out, onExpired asks the device.

const TICK_MS = 15000;

export class WindowClock {
  #deadline = 0;
  #timer = 0;
  #render;
  #onExpired;

  /** render(minutesLeft or 0 to clear); onExpired() once when the time is up. */
  constructor(render, onExpired) {
    this.#render = render;
    this.#onExpired = onExpired;
  }

  /** Restarts the count from a Status reading. */
  set(secondsLeft) {
    this.#deadline = Date.now() + secondsLeft * 1000;
    this.#tick();
    if (!this.#timer) {
      this.#timer = setInterval(() => this.#tick(), TICK_MS);
    }
  }

  stop() {
    clearInterval(this.#timer);
    this.#timer = 0;
    this.#render(0);
  }

  #tick() {
    const left = this.#deadline - Date.now();
    if (left <= 0) {
      this.stop();
      this.#onExpired();
      return;
    }
    this.#render(Math.ceil(left / 60000));
  }
}
