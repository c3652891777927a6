/**
 * The one ordering every sync output uses. Case-insensitive first, so "api" and "API" sit together the
 * way a reader scans a list, then by code unit so the order never depends on the machine's locale data.
 */
export function compareText(a: string, b: string): number {
  const folded = a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
  if (folded !== 0) return folded;
  return a < b ? -1 : a > b ? 1 : 0;
}
