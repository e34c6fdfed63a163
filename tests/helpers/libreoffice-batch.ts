/**
 * The LibreOffice conversions of a run (libreoffice-jobs.ts), run by the global setup
 * (libreoffice-setup.ts) as a child process of its own, so that building the inputs and waiting
 * for LibreOffice take nothing from vitest's main process:
 *
 *   node --import tsx tests/helpers/libreoffice-batch.ts RUN_DIR CACHE_DIR JOB_ID…
 *
 * Builds each job's file, looks its conversions up in the cache (by the file's content and
 * LibreOffice's version), converts the rest in one LibreOffice start per target format, and
 * reports each conversion in RUN_DIR (libreoffice-run.ts) as soon as it is done or has failed.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, utimes } from "node:fs/promises";
import { extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { libreOfficeEncrypt } from "../fixtures-hand/libreoffice-office-files.js";
import { libreOfficeConvertAll, libreOfficeVersion } from "./libreoffice.js";
import { ENCRYPTION_PASSWORD, LIBREOFFICE_JOBS, type JobTarget, type LibreOfficeJob } from "./libreoffice-jobs.js";
import { conversionPath, writeOnce, type Conversion } from "./libreoffice-run.js";

/** Changes when what the cache holds changes meaning. */
const CACHE_FORMAT = "1";
/** One LibreOffice start each, in this order. */
const TARGETS = ["xlsx", "pdf", "xls", "encrypted"] as const satisfies readonly JobTarget[];

interface Pending {
  readonly id: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly input: string;
  readonly output: string;
}

async function convertJobs(
  dir: string,
  cache: string,
  jobs: readonly (readonly [string, LibreOfficeJob])[],
): Promise<void> {
  const started = Date.now();
  const report = (id: string, to: JobTarget, c: Conversion): Promise<void> =>
    writeOnce(conversionPath(dir, id, to), JSON.stringify(c));
  const failAll = async (items: readonly { id: string; to: JobTarget }[], error: string): Promise<void> => {
    for (const { id, to } of items) await report(id, to, { error });
  };
  const all = jobs.flatMap(([id, job]) => job.to.map((to) => ({ id, to })));
  try {
    let version: string;
    try {
      version = await libreOfficeVersion();
    } catch (e) {
      await failAll(
        all,
        `LibreOffice does not start (soffice --version): ${message(e)}. CI installs it; install it to run these tests.`,
      );
      return;
    }
    await mkdir(cache, { recursive: true });
    const pending = new Map<JobTarget, Pending[]>();
    let cached = 0;
    for (const [id, job] of jobs) {
      let bytes: Uint8Array;
      try {
        bytes = await job.make();
      } catch (e) {
        await failAll(
          job.to.map((to) => ({ id, to })),
          `making ${job.name} failed: ${message(e)}`,
        );
        continue;
      }
      const content = contentHash(bytes);
      const input = join(cache, `${content}${extname(job.name)}`);
      // A stored input is what the cached outputs were made from: it stays, and a conversion made
      // now starts from it too (a fresh build differs from it in time stamps only).
      if (existsSync(input)) {
        bytes = new Uint8Array(await readFile(input));
        await touch(input);
      } else await writeOnce(input, bytes);
      for (const to of job.to) {
        const key = sha256([CACHE_FORMAT, version, to, job.name, content].join("\n"));
        const output = join(cache, `${key}.${to === "encrypted" ? "xlsx" : to}`);
        if (existsSync(output)) {
          cached++;
          await touch(input, output);
          await report(id, to, { input, output });
        } else pending.set(to, [...(pending.get(to) ?? []), { id, name: job.name, bytes, input, output }]);
      }
    }
    const profile = join(dir, "profile");
    let starts = 0;
    for (const to of TARGETS) {
      const items = pending.get(to) ?? [];
      if (items.length === 0) continue;
      try {
        const work = join(dir, `work-${to}`);
        const outputs: Uint8Array[] = [];
        if (to === "encrypted")
          for (const [i, item] of items.entries())
            outputs.push(await libreOfficeEncrypt(item.bytes, ENCRYPTION_PASSWORD, profile, join(work, String(i))));
        else
          outputs.push(
            ...(await libreOfficeConvertAll(
              items.map((item) => [item.name, item.bytes] as const),
              to,
              profile,
              work,
            )),
          );
        starts += to === "encrypted" ? items.length : 1;
        for (const [i, item] of items.entries()) {
          const out = outputs[i];
          if (!out) throw new Error(`LibreOffice converted nothing for ${item.name}`);
          await writeOnce(item.output, out);
          await report(item.id, to, { input: item.input, output: item.output });
        }
      } catch (e) {
        await failAll(
          items.map(({ id }) => ({ id, to })),
          `LibreOffice (${to}) failed: ${message(e)}`,
        );
      }
    }
    console.info(
      `LibreOffice: ${cached} of ${all.length} conversions cached, ${all.length - cached} made in ${starts} start(s) (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    await prune(cache);
  } catch (e) {
    // Whatever is left unreported fails with the reason, instead of leaving its tests waiting.
    await failAll(
      all.filter(({ id, to }) => !existsSync(conversionPath(dir, id, to))),
      `the LibreOffice batch failed: ${message(e)}`,
    );
  }
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/**
 * The bytes' hash, for a zip (xlsx, docx) that of its parts, so that what a writer makes anew each
 * time does not make the same content a new input every run: the zip's own time stamps (of the
 * workbooks docx embeds for charts too), the time of writing in docProps/core.xml, the random
 * relationship ids docx gives charts (renumbered in the order they appear) and the drawing ids it
 * counts across the documents of a process.
 */
export function contentHash(bytes: Uint8Array): string {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return sha256(bytes);
  const hash = createHash("sha256");
  const ids = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes)).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const text = name.endsWith(".xml") || name.endsWith(".rels") ? strFromU8(data) : undefined;
    const part = Buffer.from(
      text === undefined
        ? data[0] === 0x50 && data[1] === 0x4b
          ? contentHash(data)
          : data
        : text
            .replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, "$1")
            .replace(/(<wp:docPr id=")\d+/g, "$1")
            .replace(
              /\brId[\w-]{16,}/g,
              (id) => ids.get(id) ?? (ids.set(id, `rId#${ids.size}`), `rId#${ids.size - 1}`),
            ),
    );
    hash.update(`${name}\0${part.length}\0`).update(part);
  }
  return hash.digest("hex");
}

/** Cache files are touched when used; those unused for this long are removed. */
const UNUSED_MS = 14 * 24 * 3600_000;

async function touch(...paths: string[]): Promise<void> {
  const now = new Date();
  for (const p of paths) await utimes(p, now, now);
}

async function prune(cache: string): Promise<void> {
  const before = Date.now() - UNUSED_MS;
  for (const name of await readdir(cache)) {
    const path = join(cache, name);
    if ((await stat(path)).mtimeMs < before) await rm(path, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, cache, ...ids] = process.argv.slice(2);
  if (!dir || !cache) throw new Error("usage: libreoffice-batch.ts RUN_DIR CACHE_DIR JOB_ID…");
  const jobs = Object.entries(LIBREOFFICE_JOBS as Record<string, LibreOfficeJob>).filter(([id]) => ids.includes(id));
  await convertJobs(dir, cache, jobs);
}
