import * as vscode from 'vscode';
import { AnswerError, icbNames, parseCouncils, parsePlaces, type InitAnswers } from '../../server/src/core/init/answers';
import { CONSTITUTION_FILE, generateConstitution } from '../../server/src/core/init/generate';

/**
 * "ICS: New Constitution…": the editor's `ics-check init`. It asks the same questions in input
 * boxes, writes the same files with the same generator, never overwrites a file, and opens the new
 * constitution. Given `{ folder, answers }` (tests, other extensions) it asks nothing.
 */
export const NEW_CONSTITUTION_COMMAND = 'icsCheck.newConstitution';

export interface NewConstitutionArgs {
  folder: vscode.Uri | string;
  answers: Partial<InitAnswers>;
}

export type NewConstitutionResult = { written: string[] } | { refused: string[] } | { cancelled: true };

export async function newConstitution(arg?: unknown): Promise<NewConstitutionResult> {
  const given = isArgs(arg) ? arg : undefined;
  const folder = given ? (typeof given.folder === 'string' ? vscode.Uri.file(given.folder) : given.folder) : arg instanceof vscode.Uri ? arg : await pickFolder();
  if (!folder) return { cancelled: true };

  // Refuse before asking anything when the constitution is already there.
  const target = vscode.Uri.joinPath(folder, CONSTITUTION_FILE);
  if (await exists(target)) return refuse([target]);

  const answers = given ? complete(given.answers) : await ask();
  if (!answers) return { cancelled: true };
  const files = generateConstitution(answers).map((f) => ({ uri: vscode.Uri.joinPath(folder, ...f.path.split('/')), text: f.text }));
  const clashes: vscode.Uri[] = [];
  for (const f of files) if (await exists(f.uri)) clashes.push(f.uri);
  if (clashes.length > 0) return refuse(clashes);

  const written: vscode.Uri[] = [];
  for (const f of files) {
    // Checked again just before writing: a file that appeared meanwhile is not overwritten.
    if (await exists(f.uri)) {
      for (const w of written) await vscode.workspace.fs.delete(w);
      return refuse([f.uri]);
    }
    await vscode.workspace.fs.writeFile(f.uri, Buffer.from(f.text, 'utf8'));
    written.push(f.uri);
  }
  const doc = await vscode.workspace.openTextDocument(files[0].uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  if (!given) {
    void vscode.window.showInformationMessage(`New constitution written: ${written.map((u) => vscode.workspace.asRelativePath(u)).join(', ')}. Replace each TODO; the Problems panel lists what is left.`);
  }
  return { written: written.map((u) => u.fsPath) };
}

function isArgs(arg: unknown): arg is NewConstitutionArgs {
  return !!arg && typeof arg === 'object' && 'folder' in arg && 'answers' in arg;
}

function complete(a: Partial<InitAnswers>): InitAnswers {
  return { icbName: a.icbName, councils: a.councils ?? [], places: a.places ?? [], partnership: a.partnership ?? false, placeFiles: a.placeFiles ?? false, framework: a.framework };
}

async function refuse(uris: vscode.Uri[]): Promise<NewConstitutionResult> {
  const names = uris.map((u) => vscode.workspace.asRelativePath(u));
  void vscode.window.showErrorMessage(`${names.join(', ')} ${names.length === 1 ? 'already exists' : 'already exist'}: New Constitution never overwrites a file, and wrote nothing. Choose another folder.`);
  return { refused: uris.map((u) => u.fsPath) };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: 'Write the constitution here',
    title: 'New constitution: choose its folder',
  });
  return picked?.[0];
}

/** An input box whose answer is read by `parse`; a wrong answer is explained as it is typed. Undefined: cancelled. */
async function input<T>(title: string, prompt: string, placeHolder: string, parse: (v: string) => T, note?: (v: T) => string | undefined): Promise<{ value: T } | undefined> {
  const value = await vscode.window.showInputBox({
    title,
    prompt,
    placeHolder,
    ignoreFocusOut: true,
    validateInput: (v) => {
      try {
        const parsed = parse(v);
        const n = note?.(parsed);
        return n ? { message: n, severity: vscode.InputBoxValidationSeverity.Info } : undefined;
      } catch (err) {
        return err instanceof AnswerError ? err.message : String(err);
      }
    },
  });
  return value === undefined ? undefined : { value: parse(value) };
}

async function ask(): Promise<InitAnswers | undefined> {
  const title = 'New constitution';
  const icbName = await input(`${title} (1/4)`, 'The name of the ICB. Leave it empty to fill it in later (TODO).', 'NHS Example ICB', (v) => v.trim() || undefined, (v) => {
    const n = icbNames(v);
    return n.name ? `Written as its legal name: ${n.name} (id ${n.id})` : undefined;
  });
  if (!icbName) return undefined;
  const councils = await input(`${title} (2/4)`, 'The councils of its area, separated by commas, each Name:type (county, unitary, metropolitan_borough, london_borough, district, sui_generis). Leave it empty to fill them in later.', 'Exampleshire County Council:county, Example City Council:unitary', parseCouncils);
  if (!councils) return undefined;
  const places = await input(`${title} (3/4)`, 'Its places (place-based partnerships), separated by commas. Leave it empty if there are none yet.', 'North, South', parsePlaces);
  if (!places) return undefined;
  const more = await vscode.window.showQuickPick(
    [
      { label: 'The integrated care partnership', description: 'partnership.yaml', picked: false, key: 'partnership' as const },
      ...(places.value.length > 0 ? [{ label: 'Each place in a file of its own', description: 'places/<id>.yaml', picked: false, key: 'placeFiles' as const }] : []),
    ],
    { title: `${title} (4/4)`, placeHolder: 'Also write…  (Enter with nothing ticked: the constitution only)', canPickMany: true, ignoreFocusOut: true },
  );
  if (more === undefined) return undefined;
  return {
    icbName: icbName.value,
    councils: councils.value,
    places: places.value,
    partnership: more.some((m) => m.key === 'partnership'),
    placeFiles: more.some((m) => m.key === 'placeFiles'),
  };
}
