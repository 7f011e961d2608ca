import { Argument, type Command } from 'commander';
import { EXIT } from '../../errors.js';
import { type CommandContext, examples } from '../command-context.js';

export function registerCompletion(program: Command, { proc, setExit }: CommandContext): void {
  program
    .command('completion')
    .summary('print a shell completion script')
    .description('Print a completion script for bash, zsh or fish.')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .addHelpText('before', examples('eval "$(rkpi completion bash)"', 'rkpi completion fish > ~/.config/fish/completions/rkpi.fish'))
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const { completionScript } = await import('../completion.js');
      proc.stdout.write(completionScript(program, shell));
      setExit(EXIT.ok);
    });
}
