import { flagValue } from '../args';
import { CLI_CALLER } from '../cli-caller';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../cli-context';
import type { CliCommand } from '../command';
import { writeOutputFile } from '../named-files';

const METHODS = { pdf: 'commendations.exportDecisionPdf', docx: 'commendations.exportDecisionDocx' } as const;

function kindOf(out: string | null | undefined): keyof typeof METHODS | null {
  const ext = /\.(pdf|docx)$/i.exec(out ?? '')?.[1]?.toLowerCase();
  return ext === 'pdf' || ext === 'docx' ? ext : null;
}

/**
 * Writes a commendation decision with its attached list as a Word document or a PDF, chosen by the
 * file's extension, with the decision's saved document parts (or prefilled ones). Written atomically.
 */
export const decisionCommand: CliCommand = {
  name: 'decision',
  usage: 'decision --db FILE --decision ID --out FILE.docx|FILE.pdf',
  summary: 'Xuất quyết định khen thưởng kèm danh sách ra tệp Word hoặc PDF.',
  needs: 'core',
  async run(args, io, core) {
    const id = flagValue(args, 'decision');
    const out = flagValue(args, 'out');
    const kind = kindOf(out);
    if (!id || !out || !kind) {
      io.err(`Cách dùng: ${this.usage}`);
      return EXIT_USAGE;
    }
    if (!core) return EXIT_FAILED;
    const r = await core.call(METHODS[kind], { id }, CLI_CALLER);
    if (!r.ok) {
      io.err(r.error.message);
      return EXIT_FAILED;
    }
    writeOutputFile(out, r.data.base64, `quyết định ${kind.toUpperCase()}`, io);
    return EXIT_OK;
  },
};
