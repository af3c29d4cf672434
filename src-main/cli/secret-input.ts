/**
 * Reads a password for `--password-stdin` without ever showing it: from a pipe, its first line; from a
 * terminal, typed with echo off (the prompt goes to stderr, nothing of the password is printed). Null when
 * the input ended before a line or the administrator pressed Ctrl+C.
 */
export function readSecret(prompt: string, input: NodeJS.ReadStream = process.stdin): Promise<string | null> {
  return input.isTTY ? readFromTerminal(prompt, input) : readFirstLine(input);
}

/** A new password: from a terminal typed twice (a typo would otherwise be saved unseen), from a pipe read once. */
export async function readNewSecret(prompt: string, input: NodeJS.ReadStream = process.stdin): Promise<string | null> {
  const first = await readSecret(prompt, input);
  if (!input.isTTY || first === null) return first;
  const again = await readSecret('Nhập lại mật khẩu: ', input);
  if (again === first) return first;
  process.stderr.write('Hai lần nhập mật khẩu không giống nhau.\n');
  return null;
}

async function readFirstLine(input: NodeJS.ReadStream): Promise<string | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    if (chunks[chunks.length - 1]?.includes(0x0a)) break;
  }
  if (chunks.length === 0) return null;
  const text = Buffer.concat(chunks).toString('utf8');
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

function readFromTerminal(prompt: string, input: NodeJS.ReadStream): Promise<string | null> {
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve) => {
    let typed = '';
    const finish = (value: string | null) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (data: string) => {
      for (const ch of data) {
        if (ch === '\r' || ch === '\n') return finish(typed);
        if (ch === '\u0003' || ch === '\u0004') return finish(null); // Ctrl+C, Ctrl+D
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    input.on('data', onData);
  });
}
