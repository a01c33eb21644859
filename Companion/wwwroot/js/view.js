// The page's DOM: which step shows, the status line, the error box with its one action, the device
// card and the progress list. No protocol and no Bluetooth here.

const $ = id => document.getElementById(id);

const ACTION_BUTTONS = Object.freeze({
  'retry-wifi': 'retry-wifi-button',
  'start-over': 'start-over-button',
  retry: 'retry-button',
});

/** Shows one step (section[data-step]), mirrors it on body[data-step] and moves focus to its heading. */
export function showStep(name, { focus = true } = {}) {
  for (const section of document.querySelectorAll('section[data-step]')) {
    section.hidden = section.dataset.step !== name;
  }
  const changed = document.body.dataset.step !== name;
  document.body.dataset.step = name;
  if (focus && changed) {
    // Keyboard and screen reader users continue where the new step starts.
    document.querySelector(`section[data-step="${name}"] h2`)?.focus();
  }
}

export function currentStep() {
  return document.body.dataset.step;
}

export function setStatus(text) {
  const status = $('status');
  if (status.textContent !== text) {
    status.textContent = text;
  }
}

/** Shows a failure: its text and its one action ("find" shows the find step, whose button is the action). */
export function showError(failure) {
  for (const id of Object.values(ACTION_BUTTONS)) {
    $(id).hidden = true;
  }
  if (failure.action === 'find') {
    showStep('find', { focus: false });
    $('find-button').disabled = false;
  }
  // The status line follows: it must never still claim progress next to a failure.
  setStatus(failure.action === 'find' ? 'Not connected to a device.' : 'Stopped: see the message above.');
  const box = $('error');
  box.hidden = false;
  // Filled after unhiding, so screen readers announce the alert.
  $('error-text').textContent = failure.text;
  const button = ACTION_BUTTONS[failure.action] ? $(ACTION_BUTTONS[failure.action]) : null;
  if (button) {
    button.hidden = false;
    button.focus();
  } else if (failure.action === 'find') {
    $('find-button').focus();
  }
}

export function hideError() {
  $('error').hidden = true;
  $('error-text').textContent = '';
}

export function showConfigError(text) {
  const box = $('config-error');
  box.hidden = false;
  box.textContent = text;
  $('find-button').disabled = true;
}

export function showUnsupported() {
  $('unsupported').hidden = false;
  $('find-button').disabled = true;
}

/** Fills the device card from Info; the passkey note shows only for passkey pairing. */
export function showDevice(info) {
  $('device-model').textContent = info.model;
  $('device-serial').textContent = info.serial;
  $('device-firmware').textContent = info.firmware;
  $('passkey-note').hidden = info.pairing !== 1;
  $('device-card').hidden = false;
}

export function hideDevice() {
  $('device-card').hidden = true;
  $('passkey-note').hidden = true;
  for (const id of ['device-model', 'device-serial', 'device-firmware', 'window-time']) {
    $(id).textContent = '';
  }
}

export function setWindowTime(text) {
  $('window-time').textContent = text;
}

/** Web-app devices (protocol version 2, flow 1): no sign-in step, and state 4 contacts the maker's service instead of Amazon. */
export function setFlow(webApp) {
  $('progress-exchange').textContent = webApp ? "Contacting the maker's service" : 'Signing the device in';
  $('wifi-number').textContent = webApp ? '2' : '3';
  $('sending-number').textContent = webApp ? '3' : '4';
  $('done-detail').textContent = webApp
    ? "It is on your Wi-Fi. Finish by registering it on the maker's website."
    : 'It is on your Wi-Fi and linked to your Amazon account. You can close this page.';
}

/** Marks the states before `state` done and `state` current; 0 clears the list. */
export function setProgress(state) {
  for (const item of document.querySelectorAll('#progress [data-state]')) {
    const itemState = Number(item.dataset.state);
    const done = state > itemState;
    item.classList.toggle('done', done);
    item.dataset.done = String(done);
    item.querySelector('.progress-done').textContent = done ? ' (done)' : '';
    if (itemState === state) {
      item.setAttribute('aria-current', 'step');
    } else {
      item.removeAttribute('aria-current');
    }
  }
}

/** A failed step stays visible as failed until the next try. */
export function markProgressFailed(failed) {
  for (const item of document.querySelectorAll('#progress [data-state]')) {
    item.classList.toggle('failed', failed && item.hasAttribute('aria-current'));
  }
}

export function showDone(registerUrl) {
  const link = $('register-link');
  if (registerUrl) {
    link.href = registerUrl;
    link.hidden = false;
  } else {
    link.hidden = true;
    link.removeAttribute('href');
  }
  showStep('done');
}

/** Shows the device's refusal reason next to a Wi-Fi field. */
export function setFieldError(id, text) {
  const input = $(id);
  const message = $(id + '-error');
  message.textContent = text || '';
  message.hidden = !text;
  if (text) {
    input.setAttribute('aria-invalid', 'true');
  } else {
    input.removeAttribute('aria-invalid');
  }
}

export function setBusy(id, busy) {
  const button = $(id);
  button.disabled = busy;
  button.setAttribute('aria-busy', String(busy));
}
