// The LWA return page, opened in the sign-in popup: hands the result to the page that opened it and
// closes. The code is in the URL only until this script runs: the query is dropped from history at once,
// nothing is stored or logged, and the page sends no Referer.

const CHANNEL_NAME = 'drs-companion-lwa';
const MESSAGE_TYPE = 'drs-companion-lwa';

const params = new URLSearchParams(location.search);
history.replaceState(null, '', location.pathname);

const text = document.getElementById('callback-text');
if (!params.has('state') || (!params.has('code') && !params.has('error'))) {
  text.textContent = 'There is no sign-in result here. You can close this window.';
} else {
  let answer = {
    type: MESSAGE_TYPE,
    state: params.get('state'),
    code: params.get('code'),
    error: params.get('error'),
    errorDescription: params.get('error_description'),
  };
  let delivered = false;
  try {
    // Only a window on this same origin receives it.
    if (window.opener && !window.opener.closed) {
      window.opener.postMessage(answer, location.origin);
      delivered = true;
    }
  } catch {
    delivered = false;
  }
  if (!delivered) {
    // No opener (the sign-in pages cut it): the companion page listens on this origin's channel too.
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.postMessage(answer);
    channel.close();
  }
  answer = null;
  text.textContent = params.has('code')
    ? 'Signed in. You can close this window and go back to the setup page.'
    : 'Sign-in was not completed. You can close this window and go back to the setup page.';
  window.close();
}
