// The companion page's flow: find the device, sign in with Amazon, Wi-Fi, send, progress, done; and
// one plain action for every failure. Protocol and Bluetooth details live in the other modules.
// The authorization code and the Wi-Fi password stay in this module's memory only: never logged,
// stored or put in a URL, and dropped once the device is set up.

import { DeviceLink, LinkLostError, WriteFailedError, WriteRefusedError } from './device-link.js';
import { LwaError, LwaSignIn, PopupBlockedError } from './lwa.js';
import { ConfigError, loadConfig } from './config.js';
import { COMMAND, ERROR, FLOW, ProtocolFormatError, RECEIVED, STATE, SUPPORTED_VERSIONS } from './protocol.js';
import { asciiBytes, passwordProblem, ssidProblem, utf8Bytes } from './fields.js';
import { FAILURE, TEXT, lwaFailure, outcomeFailure } from './messages.js';
import * as view from './view.js';
import { WindowClock } from './window-clock.js';

const RECONNECT_TRIES = 3;
const RECONNECT_PAUSE_MS = 2000;
// §8.3: a device may stop BLE while it exchanges the code; it is back within its HTTPS timeout.
const EXCHANGE_RECONNECT_MS = 60000;
const RESET_WAIT_MS = 30000;
// The order of §8.1: Wi-Fi first, so pairing (asked by the password write) comes early.
const FIELD_ORDER = ['ssid', 'password', 'code', 'redirectUri', 'clientId'];

const $ = id => document.getElementById(id);

const session = {
  config: null,
  link: null,
  info: null,
  challenge: null,
  status: null,
  webApp: false,
  code: null,
  codeAttempt: 0,
  // Values the device took from this page in this window (key -> text): only changed or missing ones are sent again.
  sent: new Map(),
  // connecting | idle | sending | working | reconnecting | done | ended
  phase: 'ended',
  failureSource: null,
  generation: 0,
  recovery: null,
};
const signIn = new LwaSignIn();
const windowClock = new WindowClock(
  minutes => view.setWindowTime(minutes > 0 ? TEXT.windowLeft(minutes) : ''),
  // Time is up by the page's count: ask the device (a closed window then shows its message).
  () => session.phase === 'idle' && session.link?.connected && session.link.readStatus().catch(() => undefined));

start();

async function start() {
  $('find-button').addEventListener('click', onFind);
  $('signin-button').addEventListener('click', onSignIn);
  $('wifi-form').addEventListener('submit', onSend);
  $('show-password').addEventListener('change', event => {
    $('wifi-password').type = event.target.checked ? 'text' : 'password';
  });
  $('wifi-ssid').addEventListener('input', () => view.setFieldError('wifi-ssid', null));
  $('wifi-password').addEventListener('input', () => view.setFieldError('wifi-password', null));
  $('retry-wifi-button').addEventListener('click', onRetryWifi);
  $('start-over-button').addEventListener('click', onStartOver);
  $('retry-button').addEventListener('click', onRetry);
  view.showStep('find', { focus: false });

  // At once, before anything loads: the user needs another browser, nothing else helps.
  if (!DeviceLink.supported) {
    view.showUnsupported();
    view.setStatus(TEXT.unsupported);
  }

  try {
    session.config = await loadConfig(location.origin);
  } catch (error) {
    view.showConfigError(error instanceof ConfigError ? error.message : 'The page could not read its settings.');
    view.setStatus('The page cannot start: see the message above.');
    return;
  }
  if (!DeviceLink.supported) {
    return;
  }
  $('find-button').disabled = false;
  view.setStatus(TEXT.ready);
  try {
    if (!(await navigator.bluetooth.getAvailability()) && view.currentStep() === 'find' && session.phase === 'ended') {
      view.setStatus(TEXT.bluetoothOff);
    }
  } catch {
    // Availability is only a hint; requestDevice says the rest.
  }
}

// ---- Find ----

async function onFind() {
  const generation = ++session.generation;
  view.hideError();
  signIn.cancel();
  session.link?.forget();
  resetSession();
  view.hideDevice();
  view.showStep('find', { focus: false });
  view.setBusy('find-button', true);

  const link = new DeviceLink();
  session.link = link;
  link.addEventListener('status', event => generation === session.generation && onStatus(event.detail));
  link.addEventListener('disconnected', () => generation === session.generation && onDisconnected());
  session.phase = 'connecting';
  try {
    view.setStatus(TEXT.choosing);
    try {
      await link.choose();
    } catch (error) {
      fail(error?.name === 'NotFoundError' ? FAILURE.noDeviceChosen : FAILURE.bluetoothFailed);
      return;
    }
    view.setStatus(TEXT.connecting(link.name));
    try {
      await link.connect();
    } catch {
      if (generation === session.generation) {
        fail(FAILURE.connectFailed);
      }
      return;
    }
    view.setStatus(TEXT.reading);
    const status = await link.readStatus();
    const info = await link.readInfo();
    if (generation !== session.generation) {
      return;
    }
    if (!SUPPORTED_VERSIONS.includes(info.version)) {
      fail(FAILURE.unsupportedVersion(info.version));
      return;
    }
    if (info.flow !== FLOW.companion && info.flow !== FLOW.webApp) {
      fail(FAILURE.notThisDevice);
      return;
    }
    session.info = info;
    session.webApp = info.flow === FLOW.webApp;
    view.showDevice(info);
    view.setFlow(session.webApp);
    if (session.webApp && !session.config.webAppUrl) {
      fail(FAILURE.webAppNotConfigured);
      return;
    }
    await afterConnect(status, generation);
  } catch (error) {
    if (generation === session.generation) {
      fail(failureOf(error));
    }
  } finally {
    view.setBusy('find-button', false);
  }
}

/** Where a freshly connected device stands decides the next step. */
async function afterConnect(status, generation) {
  if (status.state === STATE.RESETTING) {
    view.setStatus(TEXT.waitingForDevice);
    status = await waitForStatus(s => s.state !== STATE.RESETTING, RESET_WAIT_MS);
    if (generation !== session.generation) {
      return;
    }
  }
  switch (status.state) {
    case STATE.CLOSED:
      fail(status.error === ERROR.DEVICE_FAULT ? outcomeFailure(ERROR.DEVICE_FAULT) : FAILURE.windowClosed);
      return;
    case STATE.PROVISIONED:
      finish();
      return;
    case STATE.JOINING_WIFI:
    case STATE.SYNCING_TIME:
    case STATE.EXCHANGING_CODE:
      // Another session's commit is running (e.g. this page was reloaded): follow it.
      session.phase = 'working';
      view.showStep('sending');
      onStatus(status);
      return;
    case STATE.WAITING_FOR_INPUT:
      break;
    default:
      fail(FAILURE.notThisDevice);
      return;
  }
  session.challenge = await session.link.readChallenge();
  if (generation !== session.generation) {
    return;
  }
  session.phase = 'idle';
  if (session.webApp) {
    view.showStep('wifi');
    view.setStatus(TEXT.connectedWifi);
  } else {
    view.showStep('signin');
    view.setStatus(TEXT.connectedSignIn);
  }
}

// ---- Sign in ----

function onSignIn() {
  const { config, info, challenge } = session;
  if (!info || !challenge || !isWaitingForUser()) {
    return;
  }
  view.hideError();
  const generation = session.generation;
  const attempt = challenge.attempt;
  let answer;
  try {
    // Synchronously in the click handler: a popup opened later would be blocked.
    answer = signIn.begin(config, { model: info.model, serial: info.serial, challenge: challenge.challenge, method: challenge.method },
      () => view.setStatus(TEXT.signInWindowGone));
  } catch (error) {
    view.showError(error instanceof PopupBlockedError ? FAILURE.popupBlocked : FAILURE.generic);
    return;
  }
  view.setStatus(TEXT.signingIn);
  answer.then(code => {
    if (generation !== session.generation) {
      return;
    }
    if (code.length > 512 || !/^[\x20-\x7e]+$/.test(code)) {
      session.failureSource = 'lwa';
      view.showError(lwaFailure('invalid_code'));
      return;
    }
    session.code = code;
    session.codeAttempt = attempt;
    if (session.sent.has('ssid') && session.sent.has('password')) {
      // Signing in again after the device rejected a code: it still holds the Wi-Fi values, no need to retype them.
      view.markProgressFailed(false);
      view.setProgress(0);
      view.showStep('sending');
      sendAndCommit({ ssid: session.sent.get('ssid'), password: session.sent.get('password') });
      return;
    }
    view.showStep('wifi');
    view.setStatus(TEXT.signedIn);
  }, error => {
    if (generation !== session.generation) {
      return;
    }
    session.failureSource = 'lwa';
    view.showError(error instanceof LwaError ? lwaFailure(error.error) : FAILURE.generic);
  });
}

// ---- Wi-Fi and send ----

function onSend(event) {
  event.preventDefault();
  const ssid = $('wifi-ssid').value;
  const password = $('wifi-password').value;
  const ssidError = ssidProblem(ssid);
  const passwordError = passwordProblem(password);
  view.setFieldError('wifi-ssid', ssidError);
  view.setFieldError('wifi-password', passwordError);
  if (ssidError || passwordError) {
    $(ssidError ? 'wifi-ssid' : 'wifi-password').focus();
    return;
  }
  if (!isWaitingForUser()) {
    return;
  }
  if (!session.webApp && !session.code) {
    // The code was dropped meanwhile (the device made a new challenge): sign in first.
    view.showStep('signin');
    view.setStatus(TEXT.newChallenge);
    return;
  }
  view.hideError();
  view.markProgressFailed(false);
  view.setProgress(0);
  view.showStep('sending');
  sendAndCommit({ ssid, password });
}

/**
 * Writes what the device lacks (or holds from before with another value), then COMMIT. A lost link is
 * reconnected (3 tries) and the writes resume from what Status byte 3 says arrived.
 */
async function sendAndCommit(wifi) {
  const generation = session.generation;
  if (session.recovery) {
    await session.recovery;
  }
  if (generation !== session.generation || session.phase === 'ended' || session.phase === 'done') {
    return;
  }
  session.phase = 'sending';
  let losses = 0;
  let missingRetries = 0;
  for (;;) {
    try {
      if (!session.link.connected) {
        view.setStatus(TEXT.reconnecting);
        if (!(await reconnect({ tries: RECONNECT_TRIES }))) {
          fail(FAILURE.deviceLost);
          return;
        }
      }
      let status = await session.link.readStatus();
      if (status.state === STATE.RESETTING) {
        view.setStatus(TEXT.waitingForDevice);
        status = await waitForStatus(s => s.state !== STATE.RESETTING, RESET_WAIT_MS);
      }
      if (status.state !== STATE.WAITING_FOR_INPUT) {
        // Closed, provisioned, or already working on this page's commit (the link dropped after it went through).
        session.phase = 'working';
        onStatus(status);
        return;
      }
      const attempt = session.webApp ? status.attempt : session.codeAttempt;
      if (!session.webApp && status.attempt !== session.codeAttempt) {
        session.phase = 'idle';
        showFailure(FAILURE.staleChallenge, 'device');
        return;
      }
      await writeValues(status, valuesToSend(wifi));
      view.setStatus(TEXT.committing);
      await session.link.writeMessage('command', COMMAND.commit(attempt));
      session.phase = 'working';
      view.setProgress(STATE.JOINING_WIFI);
      view.setStatus(TEXT.progress[STATE.JOINING_WIFI]);
      // The first read starts polling while the device works; a lost link here is the disconnect handler's.
      session.link.readStatus().catch(() => {
        if (!session.link.connected) {
          onDisconnected();
        }
      });
      return;
    } catch (error) {
      if (generation !== session.generation || session.phase === 'ended') {
        return;
      }
      if (error instanceof LinkLostError && ++losses <= RECONNECT_TRIES) {
        continue;
      }
      if (error instanceof WriteRefusedError && error.code === ERROR.FIELDS_MISSING && ++missingRetries <= 1) {
        continue;
      }
      session.phase = 'idle';
      sendFailed(error);
      return;
    }
  }
}

function valuesToSend(wifi) {
  const values = { ssid: wifi.ssid, password: wifi.password };
  if (!session.webApp) {
    values.code = session.code;
    values.redirectUri = session.config.returnUrl;
    values.clientId = session.config.clientId;
  }
  return values;
}

/** Writes each value whose bit is missing from Status byte 3, or that this page has not sent with this value. */
async function writeValues(status, values) {
  const plan = FIELD_ORDER.filter(key => key in values && ((status.received & RECEIVED[key]) === 0 || session.sent.get(key) !== values[key]));
  for (let i = 0; i < plan.length; i++) {
    const key = plan[i];
    const text = values[key];
    const bytes = key === 'ssid' ? utf8Bytes(text) : asciiBytes(text);
    const what = TEXT.fieldNames[key];
    const pairing = key === 'password' && !session.sent.has('password') ? ' ' + TEXT.pairingHint(session.info?.pairing === 1) : '';
    view.setStatus(TEXT.sendingField(what, i + 1, plan.length) + pairing);
    try {
      await session.link.writeMessage(key, bytes);
    } finally {
      bytes.fill(0);
    }
    session.sent.set(key, text);
  }
}

function sendFailed(error) {
  if (error instanceof LinkLostError) {
    fail(FAILURE.deviceLost);
    return;
  }
  if (error instanceof WriteRefusedError) {
    switch (error.code) {
      case ERROR.NOT_ACCEPTING:
        fail(FAILURE.windowClosed);
        return;
      case ERROR.BUSY:
        showFailure(FAILURE.busy, 'device');
        return;
      case ERROR.STALE_CHALLENGE:
        showFailure(FAILURE.staleChallenge, 'device');
        return;
      case ERROR.ENCRYPTION_REQUIRED:
      case ERROR.AUTHENTICATION_REQUIRED:
        showFailure(FAILURE.pairing(session.info?.pairing === 1), 'device');
        return;
      case ERROR.NOT_IN_THIS_FLOW:
        fail(FAILURE.notThisDevice);
        return;
      case ERROR.VALUE_INVALID:
      case ERROR.VALUE_TOO_LONG:
        if (error.key === 'ssid' || error.key === 'password') {
          const field = error.key === 'ssid' ? 'wifi-ssid' : 'wifi-password';
          view.showStep('wifi');
          view.setFieldError(field, 'The device did not accept this value. Check it and try again.');
          $(field).focus();
          return;
        }
        if (error.key === 'code') {
          showFailure(outcomeFailure(ERROR.CODE_REJECTED), 'device');
          return;
        }
        showFailure(FAILURE.configRefused(error.key), 'device');
        return;
      default:
        showFailure(FAILURE.generic, 'device');
        return;
    }
  }
  if (error instanceof WriteFailedError && ['password', 'code', 'command'].includes(error.key)) {
    showFailure(FAILURE.pairing(session.info?.pairing === 1), 'device');
    return;
  }
  showFailure(failureOf(error), 'device');
}

// ---- Status and progress ----

function onStatus(status) {
  session.status = status;
  trackWindow(status);
  if (session.phase === 'working') {
    onWorkingStatus(status);
  } else if (session.phase === 'idle') {
    onIdleStatus(status);
  }
}

function onWorkingStatus(status) {
  switch (status.state) {
    case STATE.JOINING_WIFI:
    case STATE.SYNCING_TIME:
    case STATE.EXCHANGING_CODE:
      view.setProgress(status.state);
      view.setStatus(status.state === STATE.EXCHANGING_CODE && session.webApp ? TEXT.progressWebApp4 : TEXT.progress[status.state]);
      return;
    case STATE.PROVISIONED:
      finish();
      return;
    case STATE.WAITING_FOR_INPUT:
      // Back to waiting after a commit: Status byte 1 is the outcome.
      session.phase = 'idle';
      view.markProgressFailed(true);
      showFailure(outcomeFailure(status.error), 'device');
      return;
    case STATE.CLOSED:
      fail(status.error === ERROR.DEVICE_FAULT ? outcomeFailure(ERROR.DEVICE_FAULT) : FAILURE.windowClosed);
      return;
    default:
      return; // RESETTING: polled until it ends.
  }
}

function onIdleStatus(status) {
  if (status.state === STATE.CLOSED) {
    fail(status.error === ERROR.DEVICE_FAULT ? outcomeFailure(ERROR.DEVICE_FAULT) : FAILURE.windowClosed);
    return;
  }
  if (status.state === STATE.WAITING_FOR_INPUT && session.challenge && status.attempt !== session.challenge.attempt) {
    refreshChallenge().catch(() => undefined);
  }
}

/** The device made a new challenge (a code it rejected, a start over elsewhere): a code for the old one is useless. */
async function refreshChallenge() {
  const generation = session.generation;
  const challenge = await session.link.readChallenge();
  if (generation !== session.generation) {
    return;
  }
  session.challenge = challenge;
  if (session.code && session.codeAttempt !== challenge.attempt) {
    session.code = null;
    if (view.currentStep() === 'wifi' && $('error').hidden && !session.webApp) {
      view.showStep('signin');
      view.setStatus(TEXT.newChallenge);
    }
  }
}

function finish() {
  session.phase = 'done';
  view.setProgress(STATE.PROVISIONED);
  // The secrets are not needed any more: drop them from the field and from memory.
  $('wifi-password').value = '';
  $('wifi-password').type = 'password';
  $('show-password').checked = false;
  session.code = null;
  session.sent.clear();
  windowClock.stop();
  signIn.cancel();
  session.link?.close();
  view.showDone(session.webApp && session.config.webAppUrl ? session.config.webAppUrl + '/register' : null);
  view.setStatus(session.webApp ? TEXT.doneWebApp : TEXT.done);
}

// ---- Connection loss ----

function onDisconnected() {
  if (session.recovery || !['idle', 'working'].includes(session.phase)) {
    // Sending: the send loop reconnects itself. Connecting: the find flow reports it. Done/ended: nothing to do.
    return;
  }
  session.recovery = recoverLink().finally(() => {
    session.recovery = null;
  });
}

async function recoverLink() {
  const generation = session.generation;
  const exchanging = session.phase === 'working' && session.status?.state === STATE.EXCHANGING_CODE;
  view.setStatus(exchanging ? TEXT.exchangeReconnect : TEXT.reconnecting);
  const ok = exchanging
    ? await reconnect({ until: Date.now() + EXCHANGE_RECONNECT_MS })
    : await reconnect({ tries: RECONNECT_TRIES });
  if (generation !== session.generation || session.phase === 'ended' || session.phase === 'done') {
    return;
  }
  if (!ok) {
    fail(FAILURE.deviceLost);
    return;
  }
  try {
    // A new link gets no notification of what happened meanwhile: read the outcome.
    const status = await session.link.readStatus();
    if (session.phase === 'idle' && status.state === STATE.WAITING_FOR_INPUT && $('error').hidden) {
      view.setStatus(view.currentStep() === 'wifi' ? TEXT.connectedWifi : TEXT.connectedSignIn);
    }
  } catch {
    fail(FAILURE.deviceLost);
  }
}

/** Reconnects, retrying every 2 s: a number of tries, or until a time. The phase is kept. */
async function reconnect({ tries = Infinity, until = Infinity }) {
  const generation = session.generation;
  const phase = session.phase;
  session.phase = 'reconnecting';
  try {
    for (let i = 1; ; i++) {
      try {
        await session.link.connect();
        return true;
      } catch {
        if (generation !== session.generation || i >= tries || Date.now() + RECONNECT_PAUSE_MS > until) {
          return false;
        }
      }
      await sleep(RECONNECT_PAUSE_MS);
    }
  } finally {
    if (generation === session.generation && session.phase === 'reconnecting') {
      session.phase = phase;
    }
  }
}

// ---- Failure actions ----

function onRetryWifi() {
  view.hideError();
  view.markProgressFailed(false);
  view.setProgress(0);
  view.showStep('wifi');
  const wrongPassword = session.status?.error === ERROR.WIFI_WRONG_PASSWORD;
  view.setStatus(wrongPassword ? 'Enter the Wi-Fi password again.' : 'Check the Wi-Fi network name.');
  const field = $(wrongPassword ? 'wifi-password' : 'wifi-ssid');
  field.focus();
  field.select();
}

async function onStartOver() {
  view.hideError();
  view.markProgressFailed(false);
  view.setProgress(0);
  session.code = null;
  const fromDevice = session.failureSource === 'device';
  view.showStep('signin');
  view.setStatus(TEXT.connectedSignIn);
  if (!fromDevice) {
    return; // An LWA error: the device's challenge is still good.
  }
  // The device already made a new challenge for the next sign-in: read it.
  try {
    if (!session.link.connected && !(await reconnect({ tries: RECONNECT_TRIES }))) {
      fail(FAILURE.deviceLost);
      return;
    }
    const generation = session.generation;
    const challenge = await session.link.readChallenge();
    if (generation === session.generation) {
      session.challenge = challenge;
    }
  } catch (error) {
    fail(failureOf(error));
  }
}

function onRetry() {
  view.hideError();
  view.markProgressFailed(false);
  view.setProgress(0);
  view.showStep('sending');
  sendAndCommit({ ssid: $('wifi-ssid').value, password: session.sent.get('password') ?? $('wifi-password').value });
}

/** A failure that ends this connection: "find" again. */
function fail(failure) {
  if (failure.action === 'find') {
    session.phase = 'ended';
    signIn.cancel();
    session.link?.forget();
    windowClock.stop();
    view.hideDevice();
  }
  session.failureSource = 'device';
  view.showError(failure);
}

/** A failure the user fixes with its action while the connection stays. */
function showFailure(failure, source) {
  if (failure.action === 'find') {
    fail(failure);
    return;
  }
  session.failureSource = source;
  view.showError(failure);
}

function failureOf(error) {
  if (error instanceof LinkLostError) {
    return FAILURE.deviceLost;
  }
  if (error instanceof ProtocolFormatError) {
    return FAILURE.notThisDevice;
  }
  return FAILURE.generic;
}

// ---- Helpers ----

/** The user may act (sign in, send): connected and waiting, or a quiet reconnection in progress. */
function isWaitingForUser() {
  return session.phase === 'idle' || (session.phase === 'reconnecting' && !!session.recovery);
}

function resetSession() {
  session.info = null;
  session.challenge = null;
  session.status = null;
  session.webApp = false;
  session.code = null;
  session.codeAttempt = 0;
  session.sent.clear();
  session.failureSource = null;
  session.recovery = null;
  session.phase = 'ended';
  windowClock.stop();
  view.setFlow(false);
  view.setProgress(0);
  view.markProgressFailed(false);
}

/** Resolves with the first Status (notified or polled) that satisfies the predicate. */
function waitForStatus(predicate, timeoutMs) {
  return new Promise((resolve, reject) => {
    const link = session.link;
    const timer = setTimeout(() => {
      link.removeEventListener('status', listener);
      reject(new Error('the device did not finish in time'));
    }, timeoutMs);
    const listener = event => {
      if (predicate(event.detail)) {
        clearTimeout(timer);
        link.removeEventListener('status', listener);
        resolve(event.detail);
      }
    };
    link.addEventListener('status', listener);
  });
}

/** Follows the pairing window's time left from every Status; none once closed or done. */
function trackWindow(status) {
  if (session.phase === 'done' || status.state === STATE.CLOSED || status.state === STATE.PROVISIONED) {
    windowClock.stop();
  } else {
    windowClock.set(status.secondsLeft);
  }
}

function sleep(ms) {
  return new Promise(resolve => setTimeout(resolve, ms));
}
