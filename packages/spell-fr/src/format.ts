// The layout of `data/fr.dawg`, shared by the builder and the reader (see the
// README for the byte layout).

/** Magic number at byte 0 of the data file: `FRDW` little-endian. */
export const MAGIC = 0x57445246
/** Bumped whenever the layout below changes. */
export const FORMAT_VERSION = 1
/** Header size in 32-bit words (magic, version, alphabet size, arc count, word count, root). */
export const HEADER_WORDS = 6

/** Bit layout of one arc. */
export const Arc = {
  labelMask: 0xff,
  last: 1 << 8,
  final: 1 << 9,
  /** The `WordFlag` bits (expand.ts) of the word ending here, shifted by 10. */
  flagShift: 10,
  flagMask: 0b11 << 10,
  targetShift: 12,
  maxTarget: (1 << 20) - 1,
} as const
