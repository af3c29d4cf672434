import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../api/errors';
import { fileSink } from './file-sink';
import { type PrintJobData, type RecipientProblems } from './print.prepare';
import { writeCertificates } from './print.write';

/** A batch print running after the call that started it returned; polled for progress. */
export interface PrintJob {
  id: string;
  state: 'running' | 'done' | 'failed';
  phase: 'layout' | 'render' | 'finished';
  done: number;
  total: number;
  message: string | null;
  problems: RecipientProblems[];
  /** The PDF, streamed to a file as it is written (memory stays flat), until its result is taken. */
  file: string;
  fileName: string;
}

// Jobs live in memory only: a print is redone after a restart, nothing of it needs to survive.
const jobs = new Map<string, PrintJob>();
const MAX_JOBS = 8;

/**
 * Removes a job's file. Windows may refuse while the file is still being closed or scanned: a file left
 * behind is removed when the next job starts.
 */
function removeFile(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Left for the next jobFolder() sweep.
  }
}

/** Where the jobs' PDFs are written; any file left there belongs to no job of this run. */
function jobFolder(dataDir: string): string {
  const dir = join(dataDir, 'print-jobs');
  mkdirSync(dir, { recursive: true });
  const current = new Set([...jobs.values()].map((j) => j.file));
  for (const name of readdirSync(dir)) if (!current.has(join(dir, name))) removeFile(join(dir, name));
  return dir;
}

function forget(job: PrintJob): void {
  jobs.delete(job.id);
  removeFile(job.file);
}

export function startJob(data: PrintJobData, out: { dataDir: string; fileName: string }, log: (err: unknown) => void): PrintJob {
  if (jobs.size >= MAX_JOBS) {
    const oldest = [...jobs.values()].find((j) => j.state !== 'running');
    if (!oldest) throw new AppError('CONFLICT', 'Đang có quá nhiều lượt in chạy cùng lúc; hãy chờ một lượt xong.');
    forget(oldest);
  }
  const id = randomUUID();
  const job: PrintJob = {
    id,
    state: 'running',
    phase: 'layout',
    done: 0,
    total: data.recipients.length,
    message: null,
    problems: [],
    file: join(jobFolder(out.dataDir), `${id}.pdf`),
    fileName: out.fileName,
  };
  jobs.set(job.id, job);
  void run(job, data).catch((err: unknown) => {
    log(err);
    removeFile(job.file);
    job.state = 'failed';
    job.message = 'Không tạo được tệp PDF; hãy thử lại hoặc báo quản trị viên.';
  });
  return job;
}

async function run(job: PrintJob, data: PrintJobData): Promise<void> {
  const sink = fileSink(job.file);
  try {
    job.problems = await writeCertificates(data, sink, (done) => {
      job.done = done;
      if (done === job.total) job.phase = 'render';
    });
  } catch (err) {
    sink.destroy();
    throw err;
  }
  job.phase = 'finished';
  job.state = 'done';
}

export function getJob(id: string): PrintJob {
  const job = jobs.get(id);
  if (!job) throw new AppError('NOT_FOUND', 'Không tìm thấy lượt in (có thể đã lấy kết quả hoặc ứng dụng đã khởi động lại).');
  return job;
}

/**
 * Hands over a finished job, part by part: `read` gets the job and says whether it handed out the last
 * part; the job and its file are then removed. A failed job is removed at its first read.
 */
export function takeResult<T>(id: string, read: (job: PrintJob) => { value: T; last: boolean }): T {
  const job = getJob(id);
  if (job.state === 'running') throw new AppError('CONFLICT', 'Lượt in chưa xong.');
  let last = job.state === 'failed';
  try {
    const part = read(job);
    last = part.last;
    return part.value;
  } finally {
    if (last) forget(job);
  }
}
