import { fileURLToPath } from 'node:url';
import type { HttpRoute } from '@pos/kit';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./app.ts', import.meta.url));

/** The explorer's page: its script and style are served by the gateway itself, no CDN. */
const HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>POS supergraph · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/app.css" />
  <style>body { margin: 0; } #graphiql { height: 100dvh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script type="module" src="/graphiql/app.js"></script>
</body>
</html>
`;

interface Bundle {
  js: Uint8Array;
  css: Uint8Array;
}

/** Bundles GraphiQL, React and graphql-ws from node_modules (once, on first use; ~1 s). */
async function bundle(): Promise<Bundle> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outdir: 'graphiql',
    entryNames: 'app',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
  if (!js || !css) throw new Error('the GraphiQL bundle has no script or style');
  return { js: js.contents, css: css.contents };
}

/**
 * GraphiQL at `/graphiql`, for development: unlike Apollo Sandbox (loaded from Apollo's CDN) it
 * works on a machine without internet, subscriptions included.
 */
export function graphiqlRoute(): HttpRoute {
  let built: Promise<Bundle> | undefined;
  const assets = () => {
    built ??= bundle().catch((err: unknown) => {
      built = undefined;
      throw err;
    });
    return built;
  };
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET' }).end();
      return;
    }
    const send = (type: string, body: string | Uint8Array) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    switch (url.pathname) {
      case '/graphiql':
      case '/graphiql/':
        void assets().catch(() => undefined);
        return send('text/html; charset=utf-8', HTML);
      case '/graphiql/app.js':
        return send('text/javascript; charset=utf-8', (await assets()).js);
      case '/graphiql/app.css':
        return send('text/css; charset=utf-8', (await assets()).css);
      default:
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: 'not found' }));
    }
  };
}
