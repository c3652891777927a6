import type { ConditionalFile, FileContent, RepositoryGateway } from "../gateway.js";
import { mapWithConcurrency } from "../map-with-concurrency.js";
import type { ApiContext } from "./api-context.js";
import { listTree } from "./list-tree.js";
import { isHttpFailure } from "./request-error.js";

/** Parallel reads allowed at once: enough to hide latency, few enough to stay clear of abuse limits. */
const READ_CONCURRENCY = 6;

export function createRepositoryApi(context: ApiContext): RepositoryGateway {
  return {
    getRepository: () => context.repository(),
    getFile: (path, ref) => getFile(context, path, ref),
    getFileIfChanged: (path, etag, ref) => getFileIfChanged(context, path, etag, ref),
    listTree: (ref) => listTree(context, ref),
    listPaths: async (ref) => (await listTree(context, ref)).map((file) => file.path),
    readFiles: (paths, ref) => readFiles(context, paths, ref),
    readBlob: (sha, path) => readBlob(context, sha, path),
  };
}

async function getFile(context: ApiContext, path: string, ref?: string): Promise<FileContent | undefined> {
  try {
    const { data } = await context.client.request("GET /repos/{owner}/{repo}/contents/{path}", { ...context.repo, path, ...(ref ? { ref } : {}) });
    return await toFileContent(context, data, path);
  } catch (error) {
    if (await context.isMissingResource(error)) return undefined;
    throw error;
  }
}

async function getFileIfChanged(context: ApiContext, path: string, etag: string | undefined, ref?: string): Promise<ConditionalFile> {
  try {
    const response = await context.client.request("GET /repos/{owner}/{repo}/contents/{path}", {
      ...context.repo,
      path,
      ...(ref ? { ref } : {}),
      ...(etag ? { headers: { "if-none-match": etag } } : {}),
    });
    const file = await toFileContent(context, response.data, path);
    return file === undefined ? { status: "missing" } : { status: "changed", file, etag: response.headers.etag };
  } catch (error) {
    if (isHttpFailure(error) && error.status === 304) return { status: "unchanged" };
    if (await context.isMissingResource(error)) return { status: "missing" };
    throw error;
  }
}

/** A contents-API answer → file, or undefined for a directory, symbolic link or submodule. */
async function toFileContent(context: ApiContext, data: unknown, path: string): Promise<FileContent | undefined> {
  if (Array.isArray(data) || typeof data !== "object" || data === null) return undefined;
  const entry = data as { type?: string; sha?: string; content?: string; encoding?: string };
  if (entry.type !== "file" || typeof entry.sha !== "string") return undefined;
  // Files over 1 MB come back without content; the blob endpoint serves them up to 100 MB.
  if (entry.encoding !== "base64" || entry.content === undefined) return readBlob(context, entry.sha, path);
  return fileContent(path, entry.sha, Buffer.from(entry.content, "base64"));
}

async function readBlob({ client, repo }: ApiContext, sha: string, path: string): Promise<FileContent> {
  const { data } = await client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { ...repo, file_sha: sha });
  const bytes = data.encoding === "base64" ? Buffer.from(data.content, "base64") : Buffer.from(data.content, "utf8");
  return fileContent(path, sha, bytes);
}

async function readFiles(context: ApiContext, paths: readonly string[], ref?: string): Promise<Map<string, FileContent>> {
  const files = await mapWithConcurrency(paths, READ_CONCURRENCY, (path) => getFile(context, path, ref));
  return new Map(files.flatMap((file) => (file === undefined ? [] : [[file.path, file] as const])));
}

function fileContent(path: string, sha: string, bytes: Uint8Array): FileContent {
  return { path, sha, bytes, text: new TextDecoder().decode(bytes) };
}
