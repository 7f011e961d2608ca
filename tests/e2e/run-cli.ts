import { run } from '../../src/cli/run.js';

export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function* bytes(content: string | Buffer): AsyncGenerator<Buffer> {
  if (content.length > 0) yield Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
}

/** Runs rkpi in-process with a fake process: no terminal, no colour, a fixed clock. */
export async function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; stdin?: string | Buffer; isTTY?: boolean } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const exitCode = await run({
    argv: ['node', 'rkpi', ...args],
    env: options.env ?? {},
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.isTTY ?? false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
    stdin: bytes(options.stdin ?? ''),
    cwd: () => options.cwd ?? process.cwd(),
    now: () => new Date(2026, 10, 23),
  });
  return { exitCode, stdout, stderr };
}
