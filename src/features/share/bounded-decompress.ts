// The URI-safe alphabet of lz-string's compressToEncodedURIComponent: six bits per character.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const values = new Map([...alphabet].map((character, index) => [character, index]));

/** What `decompressBounded` gives: the text, `damaged` for data that is not lz-string's, or `too-large`. */
export type BoundedDecompression =
  | { ok: true; text: string }
  | { ok: false; reason: 'damaged' | 'too-large' };

/**
 * lz-string's `decompressFromEncodedURIComponent`, stopping as soon as the output would pass `maxLength` characters.
 * lz-string itself has no cap, and its dictionary lets a few kilobytes of link unpack to tens of millions of
 * characters (the whole tab freezes, then crashes), so the same algorithm is run here with the count checked at every
 * step. It decodes exactly what lz-string decodes (tested against it).
 */
export function decompressBounded(input: string, maxLength: number): BoundedDecompression {
  const data = input.replace(/ /g, '+');
  const length = data.length;
  if (length === 0) return { ok: false, reason: 'damaged' };
  let index = 0;
  let value = 0;
  let position = 0;
  const nextValue = (): number => {
    const found = values.get(data.charAt(index++));
    // lz-string reads a missing character as 0; reading past the end is handled by the length check below.
    return found ?? 0;
  };
  value = nextValue();
  position = 32;
  const readBits = (count: number): number => {
    let bits = 0;
    let power = 1;
    const max = 2 ** count;
    while (power !== max) {
      const bit = value & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        value = nextValue();
      }
      if (bit > 0) bits |= power;
      power <<= 1;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  let first: string;
  switch (readBits(2)) {
    case 0:
      first = String.fromCharCode(readBits(8));
      break;
    case 1:
      first = String.fromCharCode(readBits(16));
      break;
    default:
      return { ok: false, reason: 'damaged' };
  }
  dictionary[3] = first;
  let w = first;
  const result: string[] = [first];
  let total = first.length;
  for (;;) {
    if (index > length) return { ok: false, reason: 'damaged' };
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      code = dictSize - 1;
      enlargeIn -= 1;
    } else if (code === 2) {
      return { ok: true, text: result.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
    let entry: string;
    const known = dictionary[code];
    if (known) entry = known;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return { ok: false, reason: 'damaged' };
    total += entry.length;
    if (total > maxLength) return { ok: false, reason: 'too-large' };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn -= 1;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
}
