/**
 * A tiny static server on 127.0.0.1 (random port) for browser tests: a fixed table of paths → bodies,
 * 404 for anything else. Nothing leaves the machine.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Route {
  readonly body: string | Uint8Array;
  readonly type: string;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  /** Paths requested so far (to assert the page really fetched something). */
  readonly requested: string[];
  close(): Promise<void>;
}

export async function serveStatic(routes: Readonly<Record<string, Route>>): Promise<StaticServer> {
  const requested: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    requested.push(path);
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${path}`);
      return;
    }
    res.writeHead(200, { "content-type": route.type, "cache-control": "no-store" }).end(route.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requested,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
