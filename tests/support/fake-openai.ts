import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in that speaks the OpenAI chat-completions protocol (the one stand-in the project allows, since no
 * LLM can run here). It "grades" deterministically: a key point is covered when the candidate answer names its id.
 * The model name picks a behaviour: "grader" answers properly, "chatty" wraps the JSON in prose and a code fence,
 * "broken" answers with prose only.
 */
export interface FakeOpenAi {
  readonly baseUrl: string;
  readonly requests: { authorization: string | undefined; body: { model: string; messages: { role: string; content: string }[] } }[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return body;
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const requests: FakeOpenAi['requests'] = [];
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(await readBody(req)) as FakeOpenAi['requests'][number]['body'];
      requests.push({ authorization: req.headers.authorization, body });
      const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
      const answer = (user.split('Candidate answer:\n')[1] ?? '').toLowerCase();
      const ids = [...user.matchAll(/^- ([a-z0-9-]+): /gm)].map((m) => m[1] ?? '');
      const verdict = { keyPoints: ids.map((id) => ({ id, covered: answer.includes(id), comment: answer.includes(id) ? `mentions ${id}` : `does not mention ${id}` })), feedback: 'Fake feedback.' };
      const json = JSON.stringify(verdict);
      const content = body.model === 'broken' ? 'I think the answer is fine.' : body.model === 'chatty' ? `Here is my grading:\n\`\`\`json\n${json}\n\`\`\`` : json;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion', created: 0, model: body.model, choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }] }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/v1`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
