import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { RawText } from "./handler-types.js";
import type { IncomingRequest, Reply } from "./http-types.js";
import type { Json } from "./openapi/json.js";

/** Turns a parsed request into a reply; the HTTP details stay in this file. */
export type Dispatch = (req: IncomingRequest) => Promise<Reply> | Reply;

/** Starts an HTTP server on 127.0.0.1 with a random port. */
export async function listen(dispatch: Dispatch): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    void serve(req, res, dispatch, baseOf(server));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return { server, url: baseOf(server) };
}

/** Stops the server, dropping idle keep-alive connections so close does not wait for them. */
export async function stop(server: Server): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

function baseOf(server: Server): string {
  const address = server.address() as AddressInfo | null;
  return `http://127.0.0.1:${address?.port ?? 0}`;
}

async function serve(req: IncomingMessage, res: ServerResponse, dispatch: Dispatch, base: string): Promise<void> {
  try {
    const incoming = await readRequest(req, base);
    const reply = await dispatch(incoming);
    const empty = reply.body === undefined || reply.status === 204 || reply.status === 304;
    const raw = reply.body instanceof RawText ? reply.body : undefined;
    const text = empty ? "" : raw ? raw.text : JSON.stringify(reply.body);
    const contentType = empty ? {} : { "content-type": raw ? raw.contentType : "application/json; charset=utf-8" };
    res.writeHead(reply.status, { ...standardHeaders(), ...reply.headers, ...contentType });
    res.end(req.method === "HEAD" ? undefined : text);
  } catch (error) {
    // Only reading the request can fail here (the fake records its own crashes); the client may be gone.
    if (res.headersSent) return;
    res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ message: `fake GitHub crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` }));
  }
}

async function readRequest(req: IncomingMessage, base: string): Promise<IncomingRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  const url = new URL(req.url ?? "/", base);
  let body: Json | undefined;
  let bodyError: string | undefined;
  if (text.trim() !== "") {
    try {
      body = JSON.parse(text) as Json;
    } catch (error) {
      bodyError = `request body is not JSON: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const auth = req.headers.authorization;
  const token = auth === undefined ? undefined : auth.replace(/^(token|bearer)\s+/i, "");
  return {
    method: (req.method ?? "GET").toUpperCase(),
    url,
    // GHES serves REST under /api/v3 and GraphQL at /api/graphql; the fake answers both layouts.
    rawPath: url.pathname.replace(/^\/api\/v3(?=\/)/, "").replace(/^\/api\/graphql$/, "/graphql"),
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body,
    bodyError,
    token,
  };
}

function standardHeaders(): Record<string, string> {
  return {
    "x-github-media-type": "github.v3; format=json",
    "x-github-api-version-selected": "2022-11-28",
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "4999",
    "x-ratelimit-used": "1",
    "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 3600),
    "x-ratelimit-resource": "core",
    "x-github-request-id": "FAKE:0000:0000",
  };
}
