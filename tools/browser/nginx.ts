// Starts Debian's nginx on loopback with the production site.conf, serving a built folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningNginx {
  baseUrl: string;
  /** nginx's error log, to check what it records. */
  errorLog: string;
  /**
   * Resolves once every request answered so far has its line in the access log. nginx writes a
   * request's line just after sending its last byte, so a client can read the answer first; with one
   * worker, it writes that line before it reads the next request. This one is never logged itself:
   * deploy/log-format.conf leaves out /pagefind/, and a missing file is not written to the error log.
   */
  logWritten: () => Promise<void>;
  stop: () => void;
}

/** Extra directives for a test: at http level, and in the server block (e.g. a second `listen`). */
export interface NginxExtra {
  http?: string;
  server?: string;
}

/**
 * Writes a throw-away nginx.conf that includes deploy/site.conf, and starts nginx in the foreground.
 * With `accessLog`, requests are logged to that file in the production's private format; it is empty
 * when nginx is returned, the start-up request's line written and dropped.
 */
export async function startNginx(root: string, port: number, accessLog?: string, extra: NginxExtra = {}): Promise<RunningNginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const config = join(prefix, 'nginx.conf');
  writeFileSync(
    config,
    `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  types { application/manifest+json webmanifest; text/calendar ics; text/csv csv; }
  include ${resolve('deploy/log-format.conf')};
  access_log ${accessLog ? `${resolve(accessLog)} private if=$log_request` : 'off'};
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  ${extra.http ?? ''}
  server {
    listen 127.0.0.1:${port};
    ${extra.server ?? ''}
    root ${resolve(root)};
    include ${resolve('deploy/site.conf')};
  }
}
`,
  );
  const nginx: ChildProcess = spawn(process.env.NGINX_PATH ?? '/usr/sbin/nginx', ['-p', prefix, '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (chunk) => (stderr += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null) throw new Error(`nginx dừng: ${stderr}`);
    try {
      await fetch(`${baseUrl}/`);
      const logWritten = async () => void (await (await fetch(`${baseUrl}/pagefind/log-written`)).arrayBuffer());
      if (accessLog) {
        await logWritten();
        writeFileSync(accessLog, ''); // the log starts empty: without the line of the request above
      }
      return { baseUrl, errorLog: join(prefix, 'logs', 'error.log'), logWritten, stop: () => nginx.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  nginx.kill();
  throw new Error(`nginx không phản hồi tại ${baseUrl}: ${stderr}`);
}
