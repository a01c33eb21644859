// The provisioning protocol's vocabulary (docs/provisioning-protocol.md): UUIDs (§2), the TLV values
// Info and Challenge (§3.1, §3.2), the 6-byte Status (§3.3), commands (§4.2), states (§6), errors (§7).
// Only decoding and naming: no Bluetooth here.

export const SERVICE_UUID = 'b179c7c4-33ba-4158-96a5-0a2277b46456';

export const CHARACTERISTICS = Object.freeze({
  info: 'b6a26d7a-d794-4387-9390-86ef5cc6799f',
  challenge: '13068650-e6b2-4c36-bda5-c8e55987d2bf',
  status: '6519a60f-78de-473f-9486-a4643da6801a',
  ssid: '7e442684-645e-4fe0-b382-bfe39e3b843b',
  password: 'a26fc506-66d0-4d77-ac8c-49db269b222e',
  code: '90d7df4f-5b8a-44e0-b68e-8a1b04a8f9b3',
  redirectUri: '2a439fac-709c-4999-9ed6-4960922815fa',
  clientId: '86f86994-7d02-4204-a66c-a1b891a9ebe7',
  command: 'a567a0fd-2dcc-4837-ba16-2c9a0c4fb81f',
});

/** Status byte 3: which values the device holds (§3.3). */
export const RECEIVED = Object.freeze({ ssid: 0x01, password: 0x02, code: 0x04, redirectUri: 0x08, clientId: 0x10 });

/** Versions this page speaks (Info tag 0x01). Any other: refuse to write (§11). */
export const SUPPORTED_VERSIONS = Object.freeze([1, 2]);

/** Info tag 0x06 (version 2): who exchanges the sign-in. */
export const FLOW = Object.freeze({ companion: 0, webApp: 1 });

export const STATE = Object.freeze({
  CLOSED: 0,
  WAITING_FOR_INPUT: 1,
  JOINING_WIFI: 2,
  SYNCING_TIME: 3,
  EXCHANGING_CODE: 4,
  PROVISIONED: 5,
  RESETTING: 6,
});

/** States in which the device works on its own and the page polls Status (notifications may not arrive). */
export const BUSY_STATES = Object.freeze([STATE.JOINING_WIFI, STATE.SYNCING_TIME, STATE.EXCHANGING_CODE, STATE.RESETTING]);

export const ERROR = Object.freeze({
  NONE: 0x00,
  WIFI_WRONG_PASSWORD: 0x01,
  WIFI_NETWORK_NOT_FOUND: 0x02,
  WIFI_NO_IP_ADDRESS: 0x03,
  WIFI_FAILED: 0x04,
  TIME_SYNC_FAILED: 0x05,
  CODE_REJECTED: 0x06,
  CLIENT_REJECTED: 0x07,
  LWA_UNREACHABLE: 0x08,
  EXCHANGE_FAILED: 0x09,
  WINDOW_TIMED_OUT: 0x0a,
  DEVICE_FAULT: 0x0b,
  DRS_REFUSED: 0x0c,
  CLOUD_UNREACHABLE: 0x0d,
  DEVICE_REJECTED: 0x0e,
  FRAME_MALFORMED: 0x80,
  FRAME_OUT_OF_ORDER: 0x81,
  FRAME_DUPLICATE: 0x82,
  LENGTH_MISMATCH: 0x83,
  CRC_MISMATCH: 0x84,
  VALUE_TOO_LONG: 0x85,
  VALUE_INVALID: 0x86,
  BUSY: 0x87,
  NOT_ACCEPTING: 0x88,
  ENCRYPTION_REQUIRED: 0x89,
  UNKNOWN_COMMAND: 0x8a,
  FIELDS_MISSING: 0x8b,
  STALE_CHALLENGE: 0x8c,
  MESSAGE_EXPIRED: 0x8d,
  AUTHENTICATION_REQUIRED: 0x8e,
  NOT_IN_THIS_FLOW: 0x8f,
});

const ERROR_NAMES = new Map(Object.entries(ERROR).map(([name, code]) => [code, name]));

/** "WIFI_WRONG_PASSWORD", or "0x42" for a code this page does not know. */
export function errorName(code) {
  return ERROR_NAMES.get(code) ?? '0x' + code.toString(16).padStart(2, '0');
}

/** Protocol errors (0x80-0x9F) are the answer to a write; 0x01-0x7F are outcomes of a commit (§7). */
export function isProtocolError(code) {
  return code >= 0x80 && code <= 0x9f;
}

export const COMMAND = Object.freeze({
  commit: attempt => Uint8Array.of(0x01, attempt),
  startOver: () => Uint8Array.of(0x02),
});

/** The TLV items of a value, tag -> bytes; unknown tags are kept (and ignored by callers). */
export function parseTlv(bytes) {
  const items = new Map();
  let i = 0;
  while (i < bytes.length) {
    if (i + 2 > bytes.length || i + 2 + bytes[i + 1] > bytes.length) {
      throw new ProtocolFormatError('a TLV item runs past the end of the value');
    }
    const tag = bytes[i];
    const length = bytes[i + 1];
    if (!items.has(tag)) {
      items.set(tag, bytes.subarray(i + 2, i + 2 + length));
    }
    i += 2 + length;
  }
  return items;
}

/** Info (§3.1): version, model, serial, firmware, pairing (0 Just Works, 1 passkey), flow (version 2). */
export function parseInfo(bytes) {
  const items = parseTlv(bytes);
  const version = byteOf(items, 0x01);
  if (version === undefined) {
    throw new ProtocolFormatError('Info has no protocol version');
  }
  return {
    version,
    model: asciiOf(items, 0x02),
    serial: asciiOf(items, 0x03),
    firmware: asciiOf(items, 0x04),
    pairing: byteOf(items, 0x05) ?? 0,
    // Version 1 knows only the companion flow; tag 0x06 appears with version 2.
    flow: version >= 2 ? (byteOf(items, 0x06) ?? FLOW.companion) : FLOW.companion,
  };
}

/** Challenge (§3.2): attempt (0 = none now), method and challenge (absent in the web-app flow). */
export function parseChallenge(bytes) {
  const items = parseTlv(bytes);
  return {
    attempt: byteOf(items, 0x10) ?? 0,
    method: asciiOf(items, 0x11),
    challenge: asciiOf(items, 0x12),
  };
}

/** Status (§3.3): 6 bytes; later versions may append bytes, which are ignored. */
export function parseStatus(bytes) {
  if (bytes.length < 6) {
    throw new ProtocolFormatError('Status has ' + bytes.length + ' bytes, 6 expected');
  }
  return {
    state: bytes[0],
    error: bytes[1],
    attempt: bytes[2],
    received: bytes[3],
    secondsLeft: bytes[4] | (bytes[5] << 8),
  };
}

/** The device sent something this page cannot read: a firmware/page mismatch. */
export class ProtocolFormatError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ProtocolFormatError';
  }
}

function byteOf(items, tag) {
  const value = items.get(tag);
  return value && value.length >= 1 ? value[0] : undefined;
}

function asciiOf(items, tag) {
  const value = items.get(tag);
  return value ? String.fromCharCode(...value) : '';
}
