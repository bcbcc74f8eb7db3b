import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
  attachments: ParsedMail['attachments'];
  /** Every http(s) link of the HTML part, in order. */
  links: string[];
  /** A header's value as sent (mailparser folds some, e.g. List-*, into objects). */
  header(name: string): string | undefined;
  raw: ParsedMail;
}

/**
 * A real SMTP server in the test process (smtp-server), whose messages are parsed back with
 * mailparser the way a mail client would: tests read what a person would receive.
 */
export class MailCatcher {
  readonly messages: CaughtMail[] = [];
  /** Addresses the server refuses for now (a full mailbox, say), to test retries. */
  readonly refusing = new Set<string>();
  private waiters: Array<() => void> = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(): Promise<MailCatcher> {
    // The server's callbacks reach the catcher made just after it.
    const ref: { catcher?: MailCatcher } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (ref.catcher?.refusing.has(address.address.toLowerCase())) {
          callback(Object.assign(new Error('452 Mailbox full, try later'), { responseCode: 452 }));
        } else callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            ref.catcher!.receive(parsed);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    ref.catcher = new MailCatcher(server, `smtp://127.0.0.1:${port}`);
    return ref.catcher;
  }

  private receive(parsed: ParsedMail): void {
    const to = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
    const html = typeof parsed.html === 'string' ? parsed.html : '';
    const links = [...html.matchAll(/href="(https?:\/\/[^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
    this.messages.push({
      to,
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html,
      headers: parsed.headers,
      attachments: parsed.attachments,
      links,
      header: (name) => {
        const line = parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
        return line?.slice(line.indexOf(':') + 1).trim();
      },
      raw: parsed,
    });
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Messages to `address` so far. */
  to(address: string): CaughtMail[] {
    return this.messages.filter((m) => m.to.includes(address.trim().toLowerCase()));
  }

  /** Waits (up to 10 s) for the `count`-th message to `address` that matches, and returns it. */
  async next(address: string, match: (m: CaughtMail) => boolean = () => true, count = 1): Promise<CaughtMail> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = this.to(address).filter(match);
      const nth = found[count - 1];
      if (nth) return nth;
      if (Date.now() > deadline) {
        throw new Error(
          `No mail to ${address} matched; got: ${
            this.to(address)
              .map((m) => m.subject)
              .join(' | ') || 'none'
          }`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The first link of the newest message to `address` whose path starts with `pathPrefix`. */
  async link(address: string, pathPrefix: string, count = 1): Promise<URL> {
    const message = await this.next(
      address,
      (m) => m.links.some((l) => new URL(l).pathname.startsWith(pathPrefix)),
      count,
    );
    return new URL(message.links.find((l) => new URL(l).pathname.startsWith(pathPrefix))!);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
