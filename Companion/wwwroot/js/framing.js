// Framing of docs/provisioning-protocol.md §5: a message M is sent as the stream M + CRC-32(M),
// cut into frames of at most 20 bytes. A page cannot learn the ATT MTU, so it assumes the smallest
// (23, i.e. 20 bytes per write): the first frame carries 15 stream bytes, every other one 17.

const FRAME_BYTES = 20;
const FIRST = 0x01;
const LAST = 0x02;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 IEEE 802.3 (zlib, PNG): reflected 0xEDB88320, initial value and final XOR 0xFFFFFFFF. */
export function crc32(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The frames (Uint8Array each, at most 20 bytes) of one message with this message ID. */
export function frameMessage(messageId, message) {
  if (message.length < 1 || message.length > 0xffff) {
    throw new RangeError('a message has 1 to 65535 bytes');
  }
  const crc = crc32(message);
  const stream = new Uint8Array(message.length + 4);
  stream.set(message, 0);
  new DataView(stream.buffer).setUint32(message.length, crc, true);

  const frames = [];
  let offset = 0;
  for (let sequence = 0; offset < stream.length; sequence++) {
    const header = sequence === 0 ? 5 : 3;
    const take = Math.min(FRAME_BYTES - header, stream.length - offset);
    const frame = new Uint8Array(header + take);
    const last = offset + take === stream.length;
    frame[0] = messageId & 0xff;
    frame[1] = (sequence === 0 ? FIRST : 0) | (last ? LAST : 0);
    frame[2] = sequence & 0xff;
    if (sequence === 0) {
      frame[3] = message.length & 0xff;
      frame[4] = message.length >>> 8;
    }
    frame.set(stream.subarray(offset, offset + take), header);
    frames.push(frame);
    offset += take;
  }
  return frames;
}

/**
 * Message IDs per characteristic: a random start, then +1 modulo 256 per message, so consecutive
 * messages on one characteristic always differ (§5) and a retry after a lost response is never
 * mistaken for an older message.
 */
export class MessageIds {
  #next = new Map();

  next(key) {
    let id = this.#next.get(key);
    if (id === undefined) {
      id = crypto.getRandomValues(new Uint8Array(1))[0];
    }
    this.#next.set(key, (id + 1) & 0xff);
    return id;
  }
}
