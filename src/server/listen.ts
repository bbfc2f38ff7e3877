import type { Server } from 'node:http';

/** What a failed listen means, and what to do, by the system's error code. */
const LISTEN_ADVICE: Record<string, (port: number, host: string) => string> = {
  EADDRINUSE: (port) => `--port ${port}: the port is already in use (another whosaid?); stop that server or pick another port, e.g. --port ${port + 1} (--port 0 takes any free one)`,
  EACCES: (port) => `--port ${port}: not allowed to listen on this port (ports below 1024 need privileges); use e.g. --port 4000`,
  EADDRNOTAVAIL: (_port, host) => `--host ${host}: not an address of this machine; use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)`,
  ENOTFOUND: (_port, host) => `--host ${host}: no such host name; use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)`,
};

/** Listens on `port` and `host`, or fails with a message that names the flag to change when the user can fix it. */
export function listenOrExplain(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => {
      const advice = error.code ? LISTEN_ADVICE[error.code] : undefined;
      reject(advice ? new Error(advice(port, host)) : error);
    };
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
}
