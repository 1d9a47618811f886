/**
 * What the feature handlers (features.ts, codeActions.ts) and the status (status.ts) need from the
 * language server, as types only: they are given the server (server.ts, `IcsServer implements
 * ServerView`) without importing it, so lsp/ has no import circle.
 */
import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core';
import type { ResolvedConfig } from '../core/config';
import type { EngineOptions } from '../core/engine';
import type { Project } from '../core/language/project';
import type { SymbolIndex } from '../core/language/references';
import type { EditorSettings } from './settings';

/** What a file is checked with, and why. */
export interface FileContext {
  settings: EditorSettings;
  options: EngineOptions;
  config?: ResolvedConfig;
  /** The `.ics-check.yaml` ignore pattern that excludes this file, if any. */
  ignoredBy?: string;
}

/** The language server as its handlers see it. */
export interface ServerView {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly project: Project;
  readonly symbols: SymbolIndex;
  capabilities: ClientCapabilities;
  /** Commands the client handles itself. */
  clientCommands: Set<string>;
  logError(where: string, err: unknown): void;
  /** Wraps a handler so a throw becomes a logged error and a fallback answer. */
  guard<P extends unknown[], R>(name: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R>;
  /** The file's analysis, brought up to date with its open document or the disk. */
  sync(key: string): ReturnType<Project['get']>;
  /** The URI the client uses for a file key. */
  clientUri(key: string): string;
  findingsFor(key: string): Promise<Finding[]>;
  settingsFor(key: string): Promise<EditorSettings>;
  contextFor(key: string): Promise<FileContext>;
}
