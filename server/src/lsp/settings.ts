import { FRAMEWORKS, PROFILES, DEFAULT_PROFILE, type CheckOptions, type FrameworkId, type ProfileId, type SeverityOrOff } from '../core';

/**
 * The `icsCheck` settings section, as the editor sends it (VS Code: package.json
 * `contributes.configuration`; other editors: `settings` in their LSP client config).
 */
export interface EditorSettings {
  /** Which rules run. */
  profile: ProfileId;
  /** `auto`: the document's own `icb.legal_framework`, else `.ics-check.yaml`, else hca-2022. */
  framework: 'auto' | FrameworkId;
  /** Per-rule severity or `off`, on top of the profile and of `.ics-check.yaml`. */
  rules: Record<string, SeverityOrOff>;
  /** Globs (relative to a workspace folder) of the YAML files scanned for problems when the workspace opens. */
  files: string[];
  /** Globs of files never scanned. */
  exclude: string[];
  /** Check closed files of the workspace too (cross-document rules see the whole system). */
  workspaceDiagnostics: boolean;
  inlayHints: { enabled: boolean };
}

export const DEFAULT_SETTINGS: EditorSettings = {
  profile: DEFAULT_PROFILE,
  framework: 'auto',
  rules: {},
  files: ['**/*.yaml', '**/*.yml'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**'],
  workspaceDiagnostics: true,
  inlayHints: { enabled: true },
};

const SEVERITIES = new Set(['off', 'error', 'warning', 'information', 'hint']);

/** Reads whatever the client sent, keeping only valid values; anything else falls back to the default. */
export function normaliseSettings(raw: unknown): EditorSettings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const profile = typeof r.profile === 'string' && (PROFILES as readonly string[]).includes(r.profile) ? (r.profile as ProfileId) : DEFAULT_SETTINGS.profile;
  const framework =
    typeof r.framework === 'string' && (r.framework === 'auto' || (FRAMEWORKS as readonly string[]).includes(r.framework))
      ? (r.framework as EditorSettings['framework'])
      : DEFAULT_SETTINGS.framework;
  const rules: Record<string, SeverityOrOff> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) rules[id] = v as SeverityOrOff;
    }
  }
  const strings = (v: unknown, fallback: string[]) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : fallback);
  const inlay = r.inlayHints && typeof r.inlayHints === 'object' ? (r.inlayHints as Record<string, unknown>) : {};
  return {
    profile,
    framework,
    rules,
    files: strings(r.files, DEFAULT_SETTINGS.files),
    exclude: strings(r.exclude, DEFAULT_SETTINGS.exclude),
    workspaceDiagnostics: typeof r.workspaceDiagnostics === 'boolean' ? r.workspaceDiagnostics : DEFAULT_SETTINGS.workspaceDiagnostics,
    inlayHints: { enabled: typeof inlay.enabled === 'boolean' ? inlay.enabled : DEFAULT_SETTINGS.inlayHints.enabled },
  };
}

/**
 * Check options for a file: the project's `.ics-check.yaml` (when given) is the base — so the editor
 * agrees with CI — and the editor's settings apply on top where they say something specific: an
 * explicit framework, and per-rule overrides. The editor's profile applies when the project file
 * names none.
 */
export function toCheckOptions(settings: EditorSettings, project?: CheckOptions): CheckOptions {
  return {
    ...project,
    profile: project?.profile ?? settings.profile,
    framework: settings.framework === 'auto' ? project?.framework : settings.framework,
    ruleOverrides: { ...project?.ruleOverrides, ...settings.rules },
  };
}
