import { CONFIG_RULE_ID, DUPLICATE_ID_RULE_ID, INTERNAL_RULE_ID, PLACEHOLDER_RULE_ID, SCHEMA_RULE_ID, SUPPRESSION_RULE_ID, SYNTAX_RULE_ID, UNREADABLE_RULE_ID, type Severity } from './types';

/**
 * The checks of the engine itself, besides the catalogue rules: the ids findings carry when the
 * YAML cannot be read, when a document does not fit its schema, when a value is still a
 * placeholder, when a suppression comment is wrong, when a configuration file is broken, and when
 * a rule fails. `--explain` and `docs/rules/<id>.md` document them like the rules, so every id the
 * output prints can be looked up.
 */
export interface EngineCheck {
  id: string;
  title: string;
  /** The severity of its findings, in words (some checks have more than one). */
  severity: string;
  /** The severity of most of its findings (SARIF's default level). */
  level: Severity;
  description: string;
  rationale: string;
  /** A document that gets a finding of this id (absent when no document can). */
  incorrect?: string;
  /** The same document put right. */
  correct?: string;
  /** Where the example is a configuration file rather than a constitution. */
  exampleFile?: '.ics-check.yaml';
  howToFix: string;
}

export const ENGINE_CHECKS: readonly EngineCheck[] = [
  {
    id: SYNTAX_RULE_ID,
    level: 'error',
    title: 'The file is YAML that can be read.',
    severity: 'error',
    description:
      'Reports what stops the file being read as YAML — a tab used for indentation, text with a colon in it that is not in quotes, a line indented differently from the lines around it, a key given twice, a quotation mark or bracket left open — once per slip, with what probably happened and how to put it right. Nothing else in the document is checked until it can be read.',
    rationale:
      'YAML uses indentation and a few punctuation marks (`:`, `-`, `#`, quotes and brackets) to give a document its structure. One slip can make the rest of the file unreadable, and the parser itself reports it in its own terms, often several times over; the checker works out the slip and reports it once, in plain words.',
    incorrect: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
board:
  members:
    - id: jane-smith
      name: Jane Smith
      role: chair
      title: Chair: NHS Example Integrated Care Board
`,
    correct: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
board:
  members:
    - id: jane-smith
      name: Jane Smith
      role: chair
      title: "Chair: NHS Example Integrated Care Board"
`,
    howToFix:
      'Do what the message says: put text that contains `: ` or ` #` in quotes, indent with spaces only (two per level is usual) and line each key up with the keys of the same block, give each key once, and close every quotation mark and bracket. In the editor, the quick fix (Ctrl+. or Cmd+.) makes the change.',
  },
  {
    id: SCHEMA_RULE_ID,
    level: 'error',
    title: 'The document has the shape the format describes.',
    severity: 'error',
    description:
      'Checks each document against the JSON Schema of its `kind` (`schemas/` in the project): the keys it knows, the type of each value (text, number, list, set of keys), the values a fixed vocabulary allows (`role`, `sector`, `type`…), the form of dates, web addresses and ids, and that the ids a document refers to exist. A near miss gets a "did you mean".',
    rationale:
      'The rules can only judge what they can read: a misspelt key or value (`role: chiar`) is otherwise silently ignored, and the constitution looks as if it said nothing. The schema says what is wrong with the shape; the rules say what is missing from the substance.',
    incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chiar}
`,
    correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
`,
    howToFix:
      'Correct the key or value the message names (the quick fix applies a suggested spelling). `docs/format.md` lists every key and the values each one takes; in the editor, hover over a key for its description and use completion for the allowed values.',
  },
  {
    id: PLACEHOLDER_RULE_ID,
    level: 'warning',
    title: 'No value is still a placeholder.',
    severity: 'warning',
    description:
      'Flags every value that still says `TODO`, `TBC`, `TBD` or `XXX`: what `ics-check init` and the quick fixes write where only the ICB knows the answer (a name, a council, a web address).',
    rationale:
      'A placeholder keeps the document readable and checkable while it is drafted, but a constitution with one is not finished. The rules treat a placeholder as not yet given; this check keeps each one visible until someone fills it in.',
    incorrect: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: TODO, type: county}
`,
    correct: `kind: icb-constitution
version: 1
icb:
  id: nhs-example
  name: NHS Example Integrated Care Board
  area:
    local_authorities:
      - {name: Exampleshire County Council, type: county}
`,
    howToFix: 'Replace the placeholder with the real value. If the answer is not known yet, leave the placeholder: the warning is the reminder.',
  },
  {
    id: SUPPRESSION_RULE_ID,
    level: 'warning',
    title: 'Suppression comments name a rule, give a reason and suppress something.',
    severity: 'warning; error for an expired waiver',
    description:
      'Checks each `# ics-check-disable-next-line` comment: it must name the rules it suppresses, say why after `--`, name rules that exist, and suppress a finding on the next line. A waiver (a suppression with an `expires:` date) that has expired is an error, and the findings it hid show again.',
    rationale:
      'A suppression is a decision the governance team has taken about a finding; without a reason nobody can review it, and one that suppresses nothing or names no rule hides nothing but misleads the reader. Waivers are meant to be temporary.',
    incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  # ics-check-disable-next-line ICS-NED-001
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
`,
    correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
board:
  # ics-check-disable-next-line ICS-NED-001 -- second non-executive being recruited (owner: Board Secretary, expires: 2099-03-31)
  members:
    - {id: jane-smith, name: Jane Smith, role: chair}
`,
    howToFix:
      'Add `-- <reason>` to the comment (and, for a waiver, `(owner: …, expires: YYYY-MM-DD)`), correct the rule id, move the comment to the line before the finding, or remove a comment that suppresses nothing. `ics-check --waivers` lists them all.',
  },
  {
    id: CONFIG_RULE_ID,
    level: 'error',
    title: 'The configuration file `.ics-check.yaml` can be read and uses known settings.',
    severity: 'error; warning for a setting that is ignored',
    description:
      'Checks `.ics-check.yaml`: its YAML, its keys (`root`, `profile`, `framework`, `rules`, `files`, `ignore`, `settings`…), the profile and framework names, and the rule ids and severities in `rules`. The command line stops with exit code 2 on a broken configuration; the editor shows the problem in the file.',
    rationale: 'A configuration that cannot be read would otherwise change silently which rules run; the editor and CI must agree on it.',
    incorrect: `profile: recomended
rules:
  ICS-SIZE-001: off
`,
    correct: `profile: recommended
rules:
  ICS-SIZE-001: off
`,
    exampleFile: '.ics-check.yaml',
    howToFix: 'Correct the setting the message names. `ics-check --print-config FILE` shows what applies to a file and where each setting comes from.',
  },
  {
    id: UNREADABLE_RULE_ID,
    level: 'error',
    title: 'A file that looks like an ICS document can be read as one.',
    severity: 'error',
    description:
      'Reported on a file that looks like a constitution, partnership or place file but cannot be read as one: saved as UTF-16, holding NUL bytes or Latin-1 characters (at the first bad byte), or over the size limit (`max_file_size` in `.ics-check.yaml`, 10 MB by default). Nothing else in the file is checked.',
    rationale: 'A file the checker cannot read must not pass as clean, nor be skipped as "not a constitution": CI would then approve a constitution nobody checked.',
    howToFix: 'Save the file as UTF-8 (most editors offer it under "Save with encoding"), replace the characters the message points at, or split a file over the size limit (or raise `max_file_size` if it really is one document).',
  },
  {
    id: INTERNAL_RULE_ID,
    level: 'error',
    title: 'A rule failed on this document.',
    severity: 'error',
    description:
      'Reported when a rule stops with an error of its own instead of judging the document. The other rules still ran, so the rest of the findings stand.',
    rationale: 'A failing rule must not hide the findings of the others, nor stop the editor checking; it is reported so it can be fixed.',
    howToFix: 'Please report it with the document (or the part of it the finding points at) and the message. `ICS_CHECK_DEBUG=1 ics-check FILE` prints the details.',
  },
  {
    id: DUPLICATE_ID_RULE_ID,
    level: 'error',
    title: 'Two documents checked together declare the same ICB id.',
    severity: 'error',
    description:
      'Reported on each ICB constitution whose `icb.id` another constitution checked in the same run (or open in the same workspace) also declares, with where the other one is. A copy whose YAML is broken is not counted until its YAML is fixed.',
    rationale:
      'Partnership and place files find their ICB by its id, and the checks across documents (overlapping areas, members of the partnership) read each ICB once. Two constitutions with one id — an old copy, a draft beside the approved text — would make those findings depend on which copy was read.',
    incorrect: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
---
kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`,
    correct: `kind: icb-constitution
version: 1
icb: {id: nhs-example, name: NHS Example Integrated Care Board}
`,
    howToFix: 'Keep one constitution per ICB among the files checked together: remove the copy, leave it out with `ignore:` in `.ics-check.yaml`, or give each ICB its own id.',
  },
];

export function engineCheckById(id: string): EngineCheck | undefined {
  return ENGINE_CHECKS.find((c) => c.id === id);
}

/** The page of an engine check, in the layout of the rule pages. */
export function engineCheckMarkdown(c: EngineCheck): string {
  const example = (title: string, yaml: string | undefined) => (yaml ? [`## ${title}`, '', ...(c.exampleFile ? [`In \`${c.exampleFile}\`:`, ''] : []), '```yaml', yaml.trimEnd(), '```', ''] : []);
  return [
    `# ${c.id}: ${c.title}`,
    '',
    '| | |',
    '|---|---|',
    `| Severity | ${c.severity} |`,
    '| Profiles | all (a check of the engine, not a catalogue rule) |',
    '',
    '## What it checks',
    '',
    c.description,
    '',
    '## Why',
    '',
    c.rationale,
    '',
    ...example('Incorrect', c.incorrect),
    ...example('Correct', c.correct),
    '## How to fix',
    '',
    c.howToFix,
    '',
  ].join('\n');
}
