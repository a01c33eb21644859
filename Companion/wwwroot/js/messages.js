// What the page tells the user, in plain words, and which single action each failure offers:
// "retry-wifi" (retype Wi-Fi, keep the sign-in), "start-over" (sign in again), "retry" (commit again),
// "find" (open the pairing window and find the device again), or "none".

import { ERROR, errorName } from './protocol.js';

const HOLD_BUTTON = "Hold the device's button for 5 seconds to open its pairing window, then select \u201cFind your device\u201d again.";

export const TEXT = Object.freeze({
  unsupported: 'This browser cannot use Bluetooth devices: open this page in Chrome or Edge (see above).',
  bluetoothOff: 'Bluetooth seems to be off or missing on this computer or phone. Turn it on, then select \u201cFind your device\u201d.',
  ready: 'Make sure the device is near and its pairing window is open, then select \u201cFind your device\u201d.',
  choosing: "Choose your device in the browser's list (its name starts with DRS-).",
  connecting: name => `Connecting to ${name}\u2026`,
  reading: 'Reading the device\u2026',
  connectedSignIn: 'Connected. Sign in with Amazon to link the device to your account.',
  connectedWifi: 'Connected. Enter your Wi-Fi network.',
  signingIn: 'Sign in with Amazon in the new window. This page waits for you.',
  signInWindowGone: 'The sign-in window was closed before it finished. Select \u201cSign in with Amazon\u201d to try again.',
  signedIn: 'Signed in. Now enter your Wi-Fi network.',
  newChallenge: 'The device asked for a new sign-in. Sign in with Amazon again.',
  waitingForDevice: 'The device is busy; waiting for it\u2026',
  sendingField: (what, sent, total) => `Sending the ${what} to the device (${sent} of ${total})\u2026`,
  pairingHint: passkey => passkey
    ? 'When the browser asks for a passkey, type the one printed on the device.'
    : 'Your browser may ask to pair with the device: accept it.',
  committing: 'Asking the device to start\u2026',
  reconnecting: 'The connection to the device dropped. Reconnecting\u2026',
  exchangeReconnect: 'The device is signing in. It may drop the Bluetooth connection for a moment; this page reconnects by itself.',
  done: 'Your device is set up and connected to your Wi-Fi and Amazon account.',
  doneWebApp: "Your device is set up and connected to your Wi-Fi. Register it on the maker's website to finish.",
  windowLeft: minutes => minutes <= 1 ? "The device's pairing window closes in less than a minute." : `The device's pairing window closes in about ${minutes} minutes.`,
  progress: Object.freeze({
    2: 'The device is joining your Wi-Fi network\u2026',
    3: 'The device is setting its clock\u2026',
    4: 'The device is signing in to Amazon\u2026',
  }),
  progressWebApp4: "The device is contacting the maker's service\u2026",
  fieldNames: Object.freeze({ ssid: 'Wi-Fi name', password: 'Wi-Fi password', code: 'sign-in', redirectUri: 'return address', clientId: 'app ID', command: 'start command' }),
});

/** A failure the user can act on: { text, action }. */
function failure(text, action) {
  return Object.freeze({ text, action });
}

export const FAILURE = Object.freeze({
  noDeviceChosen: failure('No device was chosen. If your device is not in the list, it is not ready: ' + HOLD_BUTTON, 'find'),
  windowClosed: failure("The device's pairing window has closed. " + HOLD_BUTTON, 'find'),
  deviceLost: failure('The page lost the connection to the device (it may be out of range or switched off). Move closer to it. ' + HOLD_BUTTON, 'find'),
  connectFailed: failure('The page could not connect to the device. Move closer to it. ' + HOLD_BUTTON, 'find'),
  bluetoothFailed: failure('Bluetooth is not available right now. Check that Bluetooth is on and that this site may use it, then select \u201cFind your device\u201d again.', 'find'),
  unsupportedVersion: version => failure(`This device uses a setup protocol version (${version}) that this page does not know. Nothing was sent to it. Update the page: reload it, or ask the maker for the current version.`, 'find'),
  notThisDevice: failure('This device answered in a way this page does not understand, so nothing was sent to it. Update the page: reload it, or ask the maker for the current version.', 'find'),
  webAppNotConfigured: failure("This device registers through the maker's web application, but this page's settings do not name it (webAppUrl). Nothing was sent to the device. Tell the maker.", 'find'),
  popupBlocked: failure('The browser blocked the sign-in window. Allow pop-ups for this site, then select \u201cSign in with Amazon\u201d again.', 'none'),
  pairing: passkey => failure(passkey
    ? 'The device needs a secure connection. When the browser asks, type the 6-digit passkey printed on the device. If it keeps failing, remove the device in your Bluetooth settings, then try again.'
    : 'The device needs a secure connection, and pairing did not work. Accept the pairing request when the browser asks. If it keeps failing, remove the device in your Bluetooth settings, then try again.', 'retry'),
  busy: failure('The device is busy with something else. Wait a moment, then try again.', 'retry'),
  staleChallenge: failure('The sign-in no longer matches the device (it started a new setup). Sign in with Amazon again.', 'start-over'),
  configRefused: key => failure(`The device refused this page's ${TEXT.fieldNames[key] ?? key}. The page's settings may be wrong: tell the maker.`, 'none'),
  generic: failure('Something went wrong while talking to the device. Try again.', 'retry'),
});

/** The failure for an LWA error in the popup (access_denied, ...): always sign in again. */
export function lwaFailure(error) {
  if (error === 'access_denied') {
    return failure('Amazon sign-in was cancelled, so the device was not linked to your account. Select \u201cSign in with Amazon\u201d to try again.', 'start-over');
  }
  return failure(`Amazon sign-in did not work (${error}). Select \u201cSign in with Amazon\u201d to try again. If it keeps failing, tell the maker.`, 'start-over');
}

/** The failure for a commit's outcome (Status byte 1 back in state 1), or for the window closing. */
export function outcomeFailure(code) {
  switch (code) {
    case ERROR.WIFI_WRONG_PASSWORD:
      return failure('The Wi-Fi network did not accept the password. Check it and enter it again. If you are sure it is right, move the device closer to the router and try again.', 'retry-wifi');
    case ERROR.WIFI_NETWORK_NOT_FOUND:
      return failure('The device did not find that Wi-Fi network. Check the name; the device only sees 2.4 GHz networks.', 'retry-wifi');
    case ERROR.WIFI_NO_IP_ADDRESS:
      return failure('The device joined the Wi-Fi network but got no address from the router. Try again, or use another network.', 'retry');
    case ERROR.WIFI_FAILED:
      return failure('The device could not join the Wi-Fi network. Try again.', 'retry');
    case ERROR.TIME_SYNC_FAILED:
      return failure('The device joined the Wi-Fi network but cannot reach the internet. Check that the network is online (some networks need a login page first), then try again.', 'retry');
    case ERROR.LWA_UNREACHABLE:
      return failure('The device could not reach Amazon to finish signing in. Try again now (within a few minutes).', 'retry');
    case ERROR.CLOUD_UNREACHABLE:
      return failure("The device could not reach the maker's service. Check that the network is online, then try again.", 'retry');
    case ERROR.CODE_REJECTED:
      return failure('Amazon did not accept the sign-in (it expired or was already used). Sign in with Amazon again.', 'start-over');
    case ERROR.CLIENT_REJECTED:
      return failure("Amazon did not accept this app's settings. Sign in again; if it happens again, tell the maker (LWA security profile).", 'start-over');
    case ERROR.EXCHANGE_FAILED:
      return failure('Signing the device in to Amazon failed. Sign in with Amazon again.', 'start-over');
    case ERROR.WINDOW_TIMED_OUT:
      return FAILURE.windowClosed;
    case ERROR.DEVICE_FAULT:
      return failure('The device reported an internal problem. Unplug it and plug it in again, then select \u201cFind your device\u201d.', 'find');
    case ERROR.DEVICE_REJECTED:
      return failure("The maker's service did not accept this device. Trying again will not help: contact the maker's support.", 'none');
    case ERROR.DRS_REFUSED:
      return failure("The device cannot reach Amazon's replenishment service (a network login page or filter may block it). Check the network, then try again.", 'retry');
    default:
      return failure(`The device could not finish the setup (${errorName(code)}). Try again.`, 'retry');
  }
}
