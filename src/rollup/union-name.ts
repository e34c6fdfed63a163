/**
 * A union's name as two files of the same union may spell it: the clerk of one year writes "…工会", the next
 * "…工会委员会" (the committee that runs it); full-width letters and stray spaces are typing, not the name.
 */
const SUFFIX = /工会(?:委员会)?$/u;

/** The name without its 工会 / 工会委员会 ending: what a table of unions needs to show ("第一分厂"). */
export const withoutUnionSuffix = (name: string): string => {
  const short = name.trim().replace(SUFFIX, "");
  // A name that is nothing but the ending ("工会") keeps it: an empty cell names nobody.
  return short === "" ? name.trim() : short;
};

/** The name as compared: width folded (NFKC), white space removed, the ending set aside. */
export const unionNameKey = (name: string): string => withoutUnionSuffix(name.normalize("NFKC").replace(/\s+/gu, ""));

/** True when two names are the same union's, spelled alike up to width, spaces and the 工会 ending. */
export const sameUnionName = (a: string, b: string): boolean => unionNameKey(a) === unionNameKey(b);
