/** Orders strings by UTF-16 code units: unlike localeCompare, the same on every machine and locale. */
export const compareStrings = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
