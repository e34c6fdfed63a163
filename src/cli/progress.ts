/**
 * A progress line on stderr that appears only when a job takes more than a second and stderr is a
 * terminal: quick runs stay quiet, and scripts reading stderr get exactly the one message of cli.md.
 */
export class Progress {
  readonly #stream: NodeJS.WriteStream;
  readonly #label: string;
  #stage = "";
  #shown = false;
  #frame = 0;
  #timer: NodeJS.Timeout | undefined;
  readonly #started = Date.now();

  constructor(label: string, stream: NodeJS.WriteStream = process.stderr) {
    this.#stream = stream;
    this.#label = label;
    this.#timer = setInterval(() => this.#tick(), 250);
    this.#timer.unref();
  }

  stage(name: string): void {
    this.#stage = name;
  }

  #tick(): void {
    if (Date.now() - this.#started < 1000 || !this.#stream.isTTY) return;
    this.#shown = true;
    const spinner = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
    const secs = ((Date.now() - this.#started) / 1000).toFixed(0);
    this.#stream.write(
      `\r${spinner[this.#frame++ % spinner.length]} ${this.#label}：${this.#stage}（${secs}秒）\x1b[K`,
    );
  }

  done(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#shown && this.#stream.isTTY) this.#stream.write("\r\x1b[K");
  }
}
