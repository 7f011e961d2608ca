import type { Argument, Command, Option } from 'commander';
import { BY_COLUMNS } from './commands/report.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What the shell offers for a value: a fixed list of words, file names, folder names, or nothing (a period, a date). */
type Offer =
  | { readonly kind: 'words'; readonly words: readonly string[] }
  | { readonly kind: 'files' }
  | { readonly kind: 'folders' }
  | { readonly kind: 'nothing' };

interface OptionWords {
  /** `--format`, and `-f` when it has one. */
  readonly flags: readonly string[];
  /** null: a switch that takes no value. */
  readonly value: Offer | null;
}

interface CommandWords {
  readonly name: string;
  readonly options: readonly OptionWords[];
  /** What its arguments are: file names for the commands that read files, words for `schema` and `completion`. */
  readonly args: Offer;
  /** Whether it takes more than one argument (`validate FILES…`). */
  readonly manyArgs: boolean;
}

/** Option values that are not one of a fixed set but have usual words: `--by department`. */
const SUGGESTED: Readonly<Record<string, readonly string[]>> = { '--by': BY_COLUMNS };

/** The value of an option: its choices, its usual words, file names for `<file>`, else nothing. */
function valueOf(option: Option): Offer | null {
  if (!option.required && !option.optional) return null;
  const words = option.argChoices ?? (option.long === undefined ? undefined : SUGGESTED[option.long]);
  if (words !== undefined) return { kind: 'words', words };
  return /[<[]file[>\]]/.test(option.flags) ? { kind: 'files' } : { kind: 'nothing' };
}

function argsOf(args: readonly Argument[]): Offer {
  const first = args[0];
  if (first === undefined) return { kind: 'nothing' };
  if (first.argChoices !== undefined) return { kind: 'words', words: first.argChoices };
  return first.name() === 'folder' ? { kind: 'folders' } : { kind: 'files' };
}

function wordsOf(program: Command): CommandWords[] {
  return program.commands
    .filter((command) => command.name() !== 'help')
    .map((command) => ({
      name: command.name(),
      options: [
        ...command.options.map((option) => ({
          flags: [option.long, option.short].filter((flag): flag is string => flag !== undefined),
          value: valueOf(option),
        })),
        { flags: ['--help'], value: null },
      ],
      args: argsOf(command.registeredArguments),
      manyArgs: command.registeredArguments.some((argument) => argument.variadic),
    }));
}

function bashOffer(offer: Offer): string {
  switch (offer.kind) {
    case 'words':
      return `COMPREPLY=($(compgen -W "${offer.words.join(' ')}" -- "$cur"))`;
    case 'files':
      return 'COMPREPLY=($(compgen -f -- "$cur"))';
    case 'folders':
      return 'COMPREPLY=($(compgen -d -- "$cur"))';
    case 'nothing':
      return 'COMPREPLY=()';
  }
}

function bash(commands: readonly CommandWords[]): string {
  const cases = commands.map((command) => {
    const valueCases = command.options.flatMap((option) =>
      option.value === null ? [] : [`        ${option.flags.join('|')}) ${bashOffer(option.value)}; return ;;`],
    );
    const flags = command.options.flatMap((option) => option.flags);
    return [
      `    ${command.name})`,
      ...(valueCases.length === 0 ? [] : ['      case "$prev" in', ...valueCases, '      esac']),
      `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${flags.join(' ')}" -- "$cur")); else ${bashOffer(command.args)}; fi`,
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

function zshAction(offer: Offer): string {
  switch (offer.kind) {
    case 'words':
      return `(${offer.words.join(' ')})`;
    case 'files':
      return '_files';
    case 'folders':
      return '_files -/';
    case 'nothing':
      return ' ';
  }
}

function zsh(commands: readonly CommandWords[]): string {
  const cases = commands.map((command) => {
    const specs = command.options.flatMap((option) =>
      option.flags.map((flag) => {
        if (option.value === null) return `'${flag}'`;
        const name = option.value.kind === 'files' ? 'file' : 'value';
        return `'${flag}[${flag}]:${name}:${zshAction(option.value)}'`;
      }),
    );
    const label = { words: 'value', files: 'file', folders: 'folder', nothing: '' }[command.args.kind];
    const args = command.args.kind === 'nothing' ? [] : [`'${command.manyArgs ? '*' : '1'}:${label}:${zshAction(command.args)}'`];
    return `    ${command.name}) _arguments ${[...specs, ...args].join(' ')} ;;`;
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

function fishValue(offer: Offer | null): string {
  if (offer === null) return '';
  switch (offer.kind) {
    case 'words':
      return ` -x -a "${offer.words.join(' ')}"`;
    case 'files':
      return ' -r -F';
    case 'folders':
      return ' -x -a "(__fish_complete_directories)"';
    case 'nothing':
      return ' -x';
  }
}

function fish(commands: readonly CommandWords[]): string {
  const lines = [
    '# rkpi completion for fish: rkpi completion fish > ~/.config/fish/completions/rkpi.fish',
    `complete -c rkpi -n __fish_use_subcommand -f -a "${commands.map((c) => c.name).join(' ')}"`,
  ];
  for (const command of commands) {
    const when = `-n "__fish_seen_subcommand_from ${command.name}"`;
    for (const option of command.options) {
      const long = option.flags.find((flag) => flag.startsWith('--'));
      const short = option.flags.find((flag) => !flag.startsWith('--'));
      if (long === undefined) continue;
      lines.push(`complete -c rkpi ${when} -l ${long.slice(2)}${short === undefined ? '' : ` -s ${short.slice(1)}`}${fishValue(option.value)}`);
    }
    // fish offers file names by default; a command whose arguments are not files turns that off.
    if (command.args.kind === 'words') lines.push(`complete -c rkpi ${when} -f -a "${command.args.words.join(' ')}"`);
    if (command.args.kind === 'folders') lines.push(`complete -c rkpi ${when} -f -a "(__fish_complete_directories)"`);
    if (command.args.kind === 'nothing') lines.push(`complete -c rkpi ${when} -f`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A completion script for the shell, made from the program's own commands, options, option
 * choices and arguments, so it never falls behind them: every command (`completion` too), the
 * choices of an option or argument (`schema report`), the usual columns after `--by`, file names
 * after an option that takes a `<file>` and for the commands that read files, folders after
 * `init`, and nothing after an option that takes a period or a date.
 */
export function completionScript(program: Command, shell: Shell): string {
  return { bash, zsh, fish }[shell](wordsOf(program));
}
