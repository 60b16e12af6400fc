import { type Agent, request } from 'node:http';

export interface KeepAliveAnswer {
  status: number;
  /** The `connection` header of the answer. */
  connection: string | undefined;
  /** True when the agent sent this request on a socket an earlier request used. */
  reusedSocket: boolean;
  body: string;
}

/**
 * POSTs a body through a keep-alive agent (tests give it `maxSockets: 1`, so consecutive requests
 * share a socket while the server keeps it open); fails when no answer comes within `timeoutMs`.
 */
export function postThrough(
  agent: Agent,
  url: string,
  body: string,
  timeoutMs = 5000,
): Promise<KeepAliveAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            connection: res.headers.connection,
            reusedSocket: req.reusedSocket,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('error', reject);
    req.end(body);
  });
}
