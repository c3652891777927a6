import { open, readdir } from "node:fs/promises";

/**
 * The little of a file system that reading a checkout needs, so tests can hand in a fake one.
 */
export interface DirEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface LocalFiles {
  list(directory: string): Promise<DirEntry[]>;
  /** Reads at most `maxBytes` bytes of a file; undefined when it does not exist or cannot be read. */
  read(path: string, maxBytes: number): Promise<Uint8Array | undefined>;
}

export const nodeFiles: LocalFiles = {
  list: (directory) => readdir(directory, { withFileTypes: true }),
  async read(path, maxBytes) {
    let handle;
    try {
      handle = await open(path, "r");
    } catch {
      return undefined;
    }
    try {
      const { size } = await handle.stat();
      if (!Number.isFinite(size)) return undefined;
      const buffer = new Uint8Array(Math.min(size, maxBytes));
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === buffer.length ? buffer : buffer.subarray(0, filled);
    } catch {
      return undefined;
    } finally {
      await handle.close();
    }
  },
};
