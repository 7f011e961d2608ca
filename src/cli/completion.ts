import type { Command } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

interface CommandWords {
  readonly name: string;
  readonly options: readonly string[];
  /** Option → its choices, for options that take one of a fixed set. */
  readonly choices: ReadonlyMap<string, readonly string[]>;
}

function wordsOf(program: Command): CommandWords[] {
  return program.commands.map((command) => {
    const options = command.options.flatMap((option) => [option.long, option.short].filter((flag): flag is string => !!flag));
    const choices = new Map(
      command.options.flatMap((option) => (option.long && option.argChoices ? [[option.long, option.argChoices] as const] : [])),
    );
    return { name: command.name(), options: [...options, '--help'], choices };
  });
}

function bash(commands: readonly CommandWords[]): string {
  const cases = commands.map((command) => {
    const choiceCases = [...command.choices].map(([flag, values]) => `        ${flag}) COMPREPLY=($(compgen -W "${values.join(' ')}" -- "$cur")); return ;;`);
    return [
      `    ${command.name})`,
      '      case "$prev" in',
      ...choiceCases,
      '      esac',
      `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${command.options.join(' ')}" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi`,
      '      ;;',
    ].join('\n');
  });
  return `# rkpi completion for bash: eval "$(rkpi completion bash)" in ~/.bashrc
_rkpi() {
  local cur prev
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(' ')} --help --version" -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases.join('\n')}
  esac
}
complete -o filenames -F _rkpi rkpi
`;
}

function zsh(commands: readonly CommandWords[]): string {
  const cases = commands.map((command) => {
    const specs = command.options.map((flag) => {
      const values = command.choices.get(flag);
      return values ? `'${flag}[${flag}]:value:(${values.join(' ')})'` : `'${flag}'`;
    });
    return `    ${command.name}) _arguments ${specs.join(' ')} '*:file:_files' ;;`;
  });
  return `#compdef rkpi
# rkpi completion for zsh: rkpi completion zsh > "\${fpath[1]}/_rkpi"
_rkpi() {
  if (( CURRENT == 2 )); then
    compadd ${commands.map((c) => c.name).join(' ')}
    return
  fi
  case "$words[2]" in
${cases.join('\n')}
  esac
}
compdef _rkpi rkpi
`;
}

function fish(commands: readonly CommandWords[]): string {
  const lines = [
    '# rkpi completion for fish: rkpi completion fish > ~/.config/fish/completions/rkpi.fish',
    `complete -c rkpi -n __fish_use_subcommand -f -a "${commands.map((c) => c.name).join(' ')}"`,
  ];
  for (const command of commands) {
    for (const flag of command.options.filter((option) => option.startsWith('--'))) {
      const values = command.choices.get(flag);
      const choices = values ? ` -x -a "${values.join(' ')}"` : '';
      lines.push(`complete -c rkpi -n "__fish_seen_subcommand_from ${command.name}" -l ${flag.slice(2)}${choices}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A completion script for the shell, made from the program's own commands, options and option
 * choices, so it never falls behind them.
 */
export function completionScript(program: Command, shell: Shell): string {
  const commands = wordsOf(program).filter((command) => command.name !== 'completion' && command.name !== 'help');
  return { bash, zsh, fish }[shell](commands);
}
