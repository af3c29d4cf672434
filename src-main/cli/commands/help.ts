import { EXIT_OK } from '../cli-context';
import type { CliCommand } from '../command';

/** Lists every command with its usage; built over the command table it describes. */
export function makeHelpCommand(table: () => readonly CliCommand[]): CliCommand {
  return {
    name: 'help',
    usage: 'help',
    summary: 'Hiện danh sách lệnh.',
    needs: 'raw',
    async run(_args, io) {
      io.out('Cách dùng: npm run cli -- LỆNH --db TỆP [tuỳ chọn]');
      io.out('');
      for (const c of table()) {
        // A long usage gets its summary on the next line, so the summaries stay in one column.
        if (c.usage.length <= 44) io.out(`  ${c.usage.padEnd(44)} ${c.summary}`);
        else io.out(`  ${c.usage}\n  ${' '.repeat(44)} ${c.summary}`);
      }
      io.out('');
      io.out('Mã thoát: 0 thành công · 1 không thành công hoặc cơ sở dữ liệu có vấn đề · 2 sai cú pháp lệnh.');
      return EXIT_OK;
    },
  };
}
