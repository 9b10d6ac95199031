import type { AppServices } from '../services/app-services.js';
import type { ContentSource } from '../services/ports.js';

/** What a CLI command gets: output streams and the composed services (built lazily: some commands need no DB). */
export interface CliContext {
  out(line: string): void;
  err(line: string): void;
  readonly env: NodeJS.ProcessEnv;
  content(): ContentSource;
  services(): AppServices;
}
