import { emitKeypressEvents } from 'node:readline';
import { createInterface } from 'node:readline';

/**
 * Keys from the terminal: single keypresses on a TTY (raw mode), or one key per line when input is piped
 * (scripts and tests type "space", "3", "u", "q"). Ends with "q" when input closes.
 */
export async function* readKeys(input: NodeJS.ReadStream): AsyncGenerator<string> {
  if (input.isTTY) {
    emitKeypressEvents(input);
    input.setRawMode(true);
    try {
      while (true) {
        const key = await new Promise<string>((resolve) => {
          input.once('keypress', (str: string | undefined, info: { name?: string; ctrl?: boolean }) => {
            if (info.ctrl && info.name === 'c') resolve('q');
            else resolve(info.name === 'return' || info.name === 'enter' ? 'space' : (info.name ?? str ?? ''));
          });
        });
        yield key;
      }
    } finally {
      input.setRawMode(false);
      input.pause();
    }
  }
  const lines = createInterface({ input });
  for await (const line of lines) {
    const key = line.trim().toLowerCase();
    yield key === '' || key === ' ' ? 'space' : key;
  }
  yield 'q';
}
