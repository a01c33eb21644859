// Login with Amazon in a popup (authorization code grant with the device's PKCE challenge; the
// verifier never leaves the device). The popup comes back to callback.html on this origin, which hands
// { code, state } or { error, error_description, state } to this page with postMessage, or through a
// BroadcastChannel when the browser cut the popup from its opener (a Cross-Origin-Opener-Policy on the
// sign-in pages does that). The answer is taken only from the expected origin and popup, with our state.

export const CHANNEL_NAME = 'drs-companion-lwa';
export const MESSAGE_TYPE = 'drs-companion-lwa';
const SCOPE = 'dash:replenish';
const CLOSED_POLL_MS = 500;
// The callback posts its answer and then closes: give the answer time to arrive before calling the window closed.
const CLOSED_GRACE_MS = 1500;

/** LWA sent the user back with an error (access_denied, invalid_request, ...). */
export class LwaError extends Error {
  constructor(error, description) {
    super('LWA answered ' + error);
    this.name = 'LwaError';
    this.error = error;
    this.description = description || '';
  }
}

/** The browser did not open the popup (a pop-up blocker). */
export class PopupBlockedError extends Error {
  constructor() {
    super('the sign-in window was blocked');
    this.name = 'PopupBlockedError';
  }
}

/** 32 random bytes, base64url: the state that ties the answer to this request (RFC 6749 §10.12). */
export function newState() {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The authorization request: the device's model, serial, challenge and method; our client, return URL and state. */
export function authorizeUrl(config, device, state) {
  const url = new URL(config.authorizeUrl);
  const scopeData = { [SCOPE]: { device_model: device.model, serial: device.serial, is_test_device: config.testDevice } };
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', config.returnUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', SCOPE);
  url.searchParams.set('scope_data', JSON.stringify(scopeData));
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', device.challenge);
  url.searchParams.set('code_challenge_method', device.method);
  return url.href;
}

/**
 * One sign-in at a time. begin() must run inside the click handler (a popup needs the user's gesture);
 * it returns a promise of the code. onWindowGone is called when the popup closed without an answer:
 * the sign-in stays pending, since a popup cut from its opener also looks closed while the user signs in.
 */
export class LwaSignIn {
  #pending = null;

  begin(config, device, onWindowGone) {
    this.cancel();
    const state = newState();
    const popup = window.open(authorizeUrl(config, device, state), 'drs-companion-lwa', 'popup,width=500,height=720');
    if (!popup) {
      throw new PopupBlockedError();
    }

    const returnOrigin = new URL(config.returnUrl).origin;
    return new Promise((resolve, reject) => {
      const pending = { state, popup, resolve, reject, channel: null, timer: 0, graceTimer: 0, onMessage: null };
      const accept = data => {
        if (!data || data.type !== MESSAGE_TYPE || data.state !== state || this.#pending !== pending) {
          return;
        }
        this.#finish();
        if (typeof data.code === 'string' && data.code.length > 0) {
          resolve(data.code);
        } else {
          reject(new LwaError(typeof data.error === 'string' && data.error ? data.error : 'no_code', data.errorDescription));
        }
      };
      pending.onMessage = event => {
        if (event.origin === returnOrigin && event.source === popup) {
          accept(event.data);
        }
      };
      window.addEventListener('message', pending.onMessage);
      pending.channel = new BroadcastChannel(CHANNEL_NAME);
      pending.channel.onmessage = event => accept(event.data);
      pending.timer = setInterval(() => {
        if (popup.closed && !pending.graceTimer) {
          pending.graceTimer = setTimeout(() => {
            if (this.#pending === pending) {
              onWindowGone?.();
            }
          }, CLOSED_GRACE_MS);
        }
      }, CLOSED_POLL_MS);
      this.#pending = pending;
    });
  }

  /** Drops a pending sign-in (its answer is ignored from now on) and closes its window. */
  cancel() {
    const pending = this.#pending;
    if (!pending) {
      return;
    }
    this.#finish();
    try {
      pending.popup.close();
    } catch {
      // A window cut from its opener cannot be closed from here.
    }
  }

  #finish() {
    const pending = this.#pending;
    this.#pending = null;
    clearInterval(pending.timer);
    clearTimeout(pending.graceTimer);
    window.removeEventListener('message', pending.onMessage);
    pending.channel.close();
  }
}
