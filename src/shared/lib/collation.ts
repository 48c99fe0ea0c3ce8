// Alphabetical order as Vietnamese readers expect it (a, ă, â, b, … đ after d; tone marks after the bare letter).
const vietnamese = new Intl.Collator('vi');

/** Compares two texts in Vietnamese alphabetical order, for sort(). */
export const compareVietnamese = (a: string, b: string): number => vietnamese.compare(a, b);
