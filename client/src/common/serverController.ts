// Owns the language client: start, a clean restart (one at a time), stop.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { readSettings } from './settings';
import { CLIENT_ID, CONFIG_SECTION, DETECTED_LANGUAGES, LANGUAGE_ID } from './constants';

export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

export class ServerController implements vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly factory: ClientFactory,
    readonly output: vscode.LogOutputChannel,
  ) {}

  get languageClient(): BaseLanguageClient | undefined {
    return this.client;
  }

  start(): Promise<void> {
    return this.serialize(async () => {
      if (this.client) return;
      const client = this.factory(CLIENT_ID, vscode.l10n.t('OGI Report Language Server'), this.options());
      this.client = client;
      await client.start();
    });
  }

  restart(): Promise<void> {
    return this.serialize(async () => {
      const old = this.client;
      this.client = undefined;
      if (old) {
        this.output.appendLine(vscode.l10n.t('Restarting the language server…'));
        await old.stop().catch((e: unknown) => this.output.appendLine(String(e)));
        await old.dispose().catch(() => undefined);
      }
      const client = this.factory(CLIENT_ID, vscode.l10n.t('OGI Report Language Server'), this.options());
      this.client = client;
      await client.start();
    });
  }

  async dispose(): Promise<void> {
    await this.pending.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    if (client) await client.stop().catch(() => undefined);
  }

  private serialize(step: () => Promise<void>): Promise<void> {
    const next = this.pending.catch(() => undefined).then(step);
    this.pending = next;
    return next;
  }

  private options(): LanguageClientOptions {
    const languages = [LANGUAGE_ID, ...DETECTED_LANGUAGES];
    return {
      // No scheme: file, untitled and the virtual file systems of vscode.dev alike.
      documentSelector: languages.map((language) => ({ language })),
      outputChannel: this.output,
      initializationOptions: { settings: { ...readSettings(), debounce: vscode.workspace.getConfiguration(CONFIG_SECTION).get<number>('debounce') } },
      synchronize: { configurationSection: CONFIG_SECTION },
    };
  }
}
