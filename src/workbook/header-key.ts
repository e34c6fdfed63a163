/** Header text compared loosely: full-width brackets, spaces and line breaks do not matter. */
export const headerKey = (text: string): string => text.normalize("NFKC").replace(/\s+/gu, "");
