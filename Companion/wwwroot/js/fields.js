// The device's rules for the values a page writes (docs/provisioning-protocol.md §4.1), checked
// before sending so the user gets a message next to the field instead of a refused write.

const utf8 = new TextEncoder();

/** The bytes of a value as the device receives them. */
export function utf8Bytes(text) {
  return utf8.encode(text);
}

/** ASCII text (one byte per character); callers check the characters first. */
export function asciiBytes(text) {
  return Uint8Array.from(text, ch => ch.charCodeAt(0));
}

/** A reason the SSID would be refused, or null: 1..32 bytes of UTF-8 without control characters. */
export function ssidProblem(ssid) {
  if (ssid.length === 0) {
    return 'Enter the name of your Wi-Fi network.';
  }
  // A lone surrogate would be sent as U+FFFD: not the name the user typed.
  if (typeof ssid.isWellFormed === 'function' && !ssid.isWellFormed()) {
    return 'The network name contains a character that cannot be sent.';
  }
  if (/[\u0000-\u001f\u007f]/.test(ssid)) {
    return 'The network name cannot contain control characters.';
  }
  const bytes = utf8.encode(ssid).length;
  if (bytes > 32) {
    return 'Wi-Fi network names have at most 32 bytes; this one has ' + bytes + '. Check the name.';
  }
  return null;
}

/** A reason the password would be refused, or null: 8..63 printable ASCII characters, or 64 hex digits. */
export function passwordProblem(password) {
  if (password.length === 0) {
    return 'Enter the Wi-Fi password (open networks without a password are not supported).';
  }
  if (password.length === 64) {
    return /^[0-9a-fA-F]{64}$/.test(password) ? null : 'A 64-character password must be a hexadecimal key (0-9, a-f). Check the password.';
  }
  if (!/^[\x20-\x7e]*$/.test(password)) {
    return 'The password can only contain letters, digits, spaces and the symbols of an English keyboard.';
  }
  if (password.length < 8 || password.length > 63) {
    return 'Wi-Fi passwords have 8 to 63 characters; this one has ' + password.length + '.';
  }
  return null;
}

/** True when every character is printable ASCII without blanks (client ID, redirect URI, code). */
export function isAsciiWithoutBlanks(text) {
  return /^[\x21-\x7e]+$/.test(text);
}
