import type { Logger } from "probot";

export interface LogLine {
  level: "trace" | "debug" | "info" | "warn" | "error" | "fatal";
  message: string;
}

/**
 * A logger for Probot that keeps every line, so tests can check what the App said (one clear line
 * for broken settings, never a stack trace). Only the methods Probot and the App call exist.
 */
export function recordingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const record =
    (level: LogLine["level"]) =>
    (first: unknown, second?: unknown): void => {
      const message = typeof first === "string" ? first : typeof second === "string" ? second : first instanceof Error ? first.message : "";
      lines.push({ level, message });
    };
  const logger: Record<string, unknown> = {
    level: "trace",
    trace: record("trace"),
    debug: record("debug"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
    fatal: record("fatal"),
    child: () => logger,
  };
  return { logger: logger as unknown as Logger, lines };
}
