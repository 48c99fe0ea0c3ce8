// Reads the lines nginx writes in the private log format (deploy/log-format.conf):
// 203.0.113.0 [2027-01-05T08:30:00+07:00] "GET /ho-tro/" 200 5120 "document" "Mozilla/5.0 …"

/** One request as the private log records it: no full IP, no query string. */
export interface LogEntry {
  /** The client's network (IPv4 /24, IPv6 /48), never a full address. */
  network: string;
  /** When, in milliseconds since 1970 (for the reload window). */
  time: number;
  /** The day as the server wrote it, YYYY-MM-DD (the server's own time zone). */
  day: string;
  method: string;
  /** The path without its query string. */
  path: string;
  status: number;
  /** The Sec-Fetch-Dest header: "document" for a page the reader opened; "" when the browser sent none. */
  dest: string;
  /** The user agent; "" when none was sent. */
  userAgent: string;
}

const LINE = /^(\S+) \[(\d{4}-\d{2}-\d{2})T([^\]]+)\] "(\S+) (\S*)" (\d{3}) \d+ "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)"$/;

/** nginx writes "-" for a header the request did not carry. */
const header = (value: string) => (value === '-' ? '' : value);

/** Parses one log line; null for a line in another format (e.g. an old combined log). */
export function parseLogLine(line: string): LogEntry | null {
  const match = LINE.exec(line.trimEnd());
  if (!match) return null;
  const [, network, day, clock, method, path, status, dest, userAgent] = match as unknown as string[];
  const time = Date.parse(`${day}T${clock}`);
  if (Number.isNaN(time)) return null;
  return { network: network!, time, day: day!, method: method!, path: path!, status: Number(status), dest: header(dest!), userAgent: header(userAgent!) };
}

/** Parses a whole log, oldest request first; lines in another format are counted, not thrown. */
export function parseLog(text: string): { entries: LogEntry[]; unreadable: number } {
  const entries: LogEntry[] = [];
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const entry = parseLogLine(line);
    if (entry) entries.push(entry);
    else unreadable++;
  }
  return { entries, unreadable };
}
