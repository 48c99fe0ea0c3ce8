// The W3C Nu HTML Checker (vnu.jar from the npm package vnu-jar) over many HTML files in ONE Java process.
// It parses like a browser, so it catches what html-validate lets through, e.g. a <script> written after </html>
// ("Stray start tag script"). It needs Java 11 or newer; vnu-jar is pinned at 25.11.25, the last release whose
// npm package runs no install script (later ones download a JDK from GitHub when Java is missing).
import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

/** One message of `vnu --format json`. Lines and columns are 1-based; firstLine is left out when it equals lastLine. */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  firstLine?: number;
  firstColumn?: number;
  lastLine?: number;
  lastColumn?: number;
  extract?: string;
}

/**
 * Errors of vnu 25.11.25 on valid markup, each with why it is wrong and where it is allowed. Both are fixed in
 * vnu 26 (checked by running its vnu.jar on the same markup), which this project cannot pin (see above).
 * Everything else, warnings included, fails the check.
 */
export const NU_FALSE_POSITIVES = [
  {
    // CSP Level 3 keyword Pagefind's WebAssembly needs; vnu's CSP parser stops at it (so the rest of the
    // <meta> CSP goes unchecked by vnu; the browser tests catch CSP violations).
    why: "'wasm-unsafe-eval' in script-src (CSP Level 3, unknown to vnu 25's CSP parser)",
    matches: (message: NuMessage) =>
      /^Bad value .* for attribute “content” on element “meta”: Expecting source-expression but found "'wasm-unsafe-eval'"\.\s*$/.test(message.message),
  },
  {
    // The critical CSS opens the header menu on wide screens only where the browser supports ::details-content,
    // inside @supports selector(…) (CSS Conditional Rules 4); vnu 25's CSS parser knows neither.
    why: 'CSS errors inside the critical style’s @supports selector(::details-content) block (CSS Conditional 4, unknown to vnu 25)',
    matches: (message: NuMessage, html: string) =>
      message.message.startsWith('CSS: ') && insideBlock(html, offsetOf(html, message), '@supports selector(::details-content)'),
  },
] as const;

/** The offset in `html` of the last character a message points at, or -1 when it has no position. */
export function offsetOf(html: string, message: Pick<NuMessage, 'lastLine' | 'lastColumn'>): number {
  if (!message.lastLine || !message.lastColumn) return -1;
  let start = 0;
  for (let line = 1; line < message.lastLine; line++) {
    start = html.indexOf('\n', start) + 1;
    if (start === 0) return -1;
  }
  return start + message.lastColumn - 1;
}

/** Whether `offset` lies in a CSS block opened by `prelude` (from the prelude to its closing brace, both included). */
export function insideBlock(html: string, offset: number, prelude: string): boolean {
  if (offset < 0) return false;
  for (let start = html.indexOf(prelude); start !== -1; start = html.indexOf(prelude, start + 1)) {
    let depth = 0;
    for (let i = html.indexOf('{', start); i !== -1 && i < html.length; i++) {
      if (html[i] === '{') depth++;
      else if (html[i] === '}' && --depth === 0) {
        if (offset >= start && offset <= i) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * The problems of each file, as "line:column message": every error and warning except the false positives above.
 * `fileOf` maps a message's url to the key it is reported under; `htmlOf` gives that file's text.
 */
export function nuProblems(messages: readonly NuMessage[], fileOf: (url: string) => string, htmlOf: (file: string) => string): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  for (const message of messages) {
    if (message.type === 'info' && message.subType !== 'warning') continue;
    const file = fileOf(message.url ?? '');
    if (NU_FALSE_POSITIVES.some((allowed) => allowed.matches(message, htmlOf(file)))) continue;
    const kind = message.type === 'info' ? 'warning' : message.subType === 'fatal' ? 'fatal error' : message.type;
    const line = `${message.lastLine ?? '?'}:${message.firstColumn ?? message.lastColumn ?? '?'} ${kind}: ${message.message.trim()}`;
    problems.set(file, [...(problems.get(file) ?? []), message.extract ? `${line} near ${JSON.stringify(message.extract)}` : line]);
  }
  return problems;
}

const JAVA_MISSING =
  'The Nu HTML Checker (vnu.jar) needs Java 11 or newer and no `java` was found (JAVA_HOME/bin/java or PATH). ' +
  'Install a Java runtime, e.g. on Debian or Ubuntu: `sudo apt-get install --no-install-recommends default-jre-headless` ' +
  '(.ci/run does this when java is missing).';

/** The java command to run: $JAVA_HOME/bin/java, else java on the PATH. Throws, saying how to install Java, when neither runs. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  for (const java of [env.JAVA_HOME ? `${env.JAVA_HOME}/bin/java` : null, 'java']) {
    if (java && spawnSync(java, ['-version'], { stdio: 'ignore', env }).status === 0) return java;
  }
  throw new Error(JAVA_MISSING);
}

/**
 * Runs vnu.jar once over the HTML `files` (a folder would add a warning for each file of another kind). Returns
 * the files it read (its --verbose list, on stdout) and its messages (JSON, on stderr after anything the JVM
 * itself prints there).
 */
export async function runNu(files: readonly string[]): Promise<{ checked: string[]; messages: NuMessage[] }> {
  const jar = createRequire(import.meta.url)('vnu-jar') as string;
  // A short run: the quick JIT compiler alone and the serial collector less than halve its CPU time
  // (99 pages: 8.5 s instead of 19.4 s of user time, 350 MB instead of 490 MB of memory).
  const args = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', jar, '--format', 'json', '--verbose', '--exit-zero-always', ...files];
  const { stdout, stderr } = await promisify(execFile)(findJava(), args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const start = stderr.indexOf('{"');
  if (start === -1) throw new Error(`vnu.jar wrote no report: ${stderr}`);
  return { checked: stdout.split('\n').filter(Boolean), messages: (JSON.parse(stderr.slice(start)) as { messages: NuMessage[] }).messages };
}
