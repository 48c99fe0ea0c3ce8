// `npm run bench:tel`: only the throttled-phone part of `npm run bench`, on the current dist/
// (run `npm run build` first): how soon / and /ho-tro/ show a tappable emergency number.
// BENCH_PORT (4390) and BENCH_TEL_RUNS (3, the median is shown) change the defaults.
import { join } from 'node:path';
import { startNginx } from './browser/nginx.ts';
import { printTelTable } from './bench/tel-timing.ts';

const nginx = await startNginx(join(import.meta.dirname, '..', 'dist'), Number(process.env.BENCH_PORT ?? 4390));
try {
  await printTelTable(nginx.baseUrl, Number(process.env.BENCH_TEL_RUNS ?? 3));
} finally {
  nginx.stop();
}
