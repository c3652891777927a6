/**
 * CSV as RFC 4180 writes it: CRLF between records, a field quoted when it holds a comma, a quote, a
 * line break or leading/trailing spaces (which some importers trim), and quotes doubled inside it.
 * Fields starting with `=`, `+`, `-` or `@` are left as they are: they are question texts for import,
 * and a leading apostrophe would change the text a respondent sees.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCsvField).join(",")).join("\r\n") + "\r\n";
}

/** One field, quoted only when RFC 4180 needs it (or when spaces at its edges would be lost). */
export function quoteCsvField(value: string): string {
  if (!/[",\r\n]/.test(value) && value.trim() === value) return value;
  return `"${value.replace(/"/g, '""')}"`;
}
