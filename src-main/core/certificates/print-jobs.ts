import { randomUUID } from 'node:crypto';
import { AppError } from '../api/errors';
import { renderPdf } from './pdf';
import { buildPages, type PrintJobData, type RecipientProblems } from './print.prepare';

/** A batch print running after the call that started it returned; polled for progress. */
export interface PrintJob {
  id: string;
  state: 'running' | 'done' | 'failed';
  phase: 'layout' | 'render' | 'finished';
  done: number;
  total: number;
  message: string | null;
  problems: RecipientProblems[];
  pdf: Buffer | null;
  fileName: string;
}

// Jobs live in memory only: a print is redone after a restart, nothing of it needs to survive.
const jobs = new Map<string, PrintJob>();
const MAX_JOBS = 8;

export function startJob(data: PrintJobData, fileName: string, log: (err: unknown) => void): PrintJob {
  if (jobs.size >= MAX_JOBS) {
    const oldest = [...jobs.values()].find((j) => j.state !== 'running');
    if (!oldest) throw new AppError('CONFLICT', 'Đang có quá nhiều lượt in chạy cùng lúc; hãy chờ một lượt xong.');
    jobs.delete(oldest.id);
  }
  const job: PrintJob = {
    id: randomUUID(),
    state: 'running',
    phase: 'layout',
    done: 0,
    total: data.recipients.length,
    message: null,
    problems: [],
    pdf: null,
    fileName,
  };
  jobs.set(job.id, job);
  void run(job, data).catch((err: unknown) => {
    log(err);
    job.state = 'failed';
    job.message = 'Không tạo được tệp PDF; hãy thử lại hoặc báo quản trị viên.';
  });
  return job;
}

async function run(job: PrintJob, data: PrintJobData): Promise<void> {
  const { doc, problems } = await buildPages(data, (done) => {
    job.done = done;
  });
  job.problems = problems;
  job.phase = 'render';
  await new Promise((done) => setImmediate(done));
  job.pdf = await renderPdf(data.resourcesDir, doc);
  job.phase = 'finished';
  job.state = 'done';
}

export function getJob(id: string): PrintJob {
  const job = jobs.get(id);
  if (!job) throw new AppError('NOT_FOUND', 'Không tìm thấy lượt in (có thể đã lấy kết quả hoặc ứng dụng đã khởi động lại).');
  return job;
}

export function takeResult(id: string): PrintJob {
  const job = getJob(id);
  if (job.state === 'running') throw new AppError('CONFLICT', 'Lượt in chưa xong.');
  jobs.delete(id);
  return job;
}
