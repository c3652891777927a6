import { open } from "node:fs/promises";
import { extname } from "node:path";

export type SurveyFormat = "csv" | "json" | "jsonl";

export interface DetectedFormat {
  format: SurveyFormat;
  /** The CSV field delimiter; always "," for JSON formats. */
  delimiter: string;
  /** False when the file holds nothing but whitespace (and perhaps a byte-order mark). */
  hasContent: boolean;
}

const SNIFF_BYTES = 64 * 1024;

/**
 * Works out how to read an export: by extension (`.csv`, `.tsv`, `.json`, `.jsonl`, `.ndjson`), else by
 * its first character (`[` JSON, `{` JSON Lines, anything else CSV). A CSV's delimiter is the most
 * frequent of comma, semicolon and tab outside quotes in its first line, since spreadsheet exports in
 * some locales use semicolons.
 */
export async function detectSurveyFormat(path: string): Promise<DetectedFormat> {
  const head = await readHead(path);
  const text = head.replace(/^\uFEFF/, "");
  const hasContent = text.trim() !== "";
  const extension = extname(path).toLowerCase();
  const first = text.trimStart().charAt(0);
  if (extension === ".json" || (extension !== ".csv" && extension !== ".tsv" && first === "[")) {
    return { format: first === "{" ? "jsonl" : "json", delimiter: ",", hasContent };
  }
  if (extension === ".jsonl" || extension === ".ndjson" || (extension !== ".csv" && extension !== ".tsv" && first === "{")) {
    return { format: "jsonl", delimiter: ",", hasContent };
  }
  return { format: "csv", delimiter: extension === ".tsv" ? "\t" : sniffDelimiter(text), hasContent };
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    // A multi-byte character cut at the end decodes to U+FFFD, which sniffing ignores.
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0]]);
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === "\n" || character === "\r")) break;
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}
