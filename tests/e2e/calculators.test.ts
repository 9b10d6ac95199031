import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openBrowser, type BrowserHarness } from './browser.js';

// Qwen2.5-0.5B's config.json (not a bundled preset): tied embeddings and the implicit q/k/v biases → 494,032,768.
const qwenSmallConfig = JSON.stringify(
  { architectures: ['Qwen2ForCausalLM'], model_type: 'qwen2', vocab_size: 151936, hidden_size: 896, intermediate_size: 4864, num_hidden_layers: 24, num_attention_heads: 14, num_key_value_heads: 2, max_position_embeddings: 32768, tie_word_embeddings: true, torch_dtype: 'bfloat16' },
  null,
  2,
);

describe.skipIf(!browserAvailable)('calculators in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await openBrowser({ locale: 'en-US' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('counts a pasted config.json and shows the substituted formula', async () => {
    await h.page.goto(`${h.server.url}/calculators`);
    await h.page.getByRole('heading', { level: 1, name: 'Calculators' }).waitFor();
    await h.page.getByLabel('Model').selectOption('custom');
    await h.page.getByLabel('Paste a Hugging Face config.json').fill(qwenSmallConfig);
    await expect.poll(() => h.page.getByTestId('params-total').textContent({ timeout: 5000 })).toBe('494,032,768');
    expect(await h.page.locator('section[aria-labelledby="calc-params"] .calc-substituted').first().textContent({ timeout: 5000 })).toContain('151,936 × 896');
    await h.screenshot('calculators-params-pasted');
  });

  it('names the bad field while the pasted config is wrong, and recovers as you type', async () => {
    const box = h.page.getByLabel('Paste a Hugging Face config.json');
    await box.fill(qwenSmallConfig.replace('"hidden_size": 896', '"hidden_size": "896"'));
    await expect.poll(() => h.page.getByTestId('model-error').textContent({ timeout: 5000 })).toContain('"hidden_size" must be a positive integer');
    await box.fill(qwenSmallConfig);
    await expect.poll(() => h.page.getByTestId('params-total').textContent({ timeout: 5000 })).toBe('494,032,768');
  });

  it('shows the Llama-2-70B KV cache at 4,096 tokens: 1,342,177,280 bytes, with a chart', async () => {
    await h.page.getByLabel('Model').selectOption('llama-2-70b');
    await h.page.getByRole('tab', { name: 'Inference memory & KV cache' }).click();
    const panel = h.page.locator('section[aria-labelledby="calc-inference"]');
    await panel.getByLabel('KV cache format', { exact: true }).selectOption('fp16');
    await panel.getByLabel('Batch', { exact: true }).fill('1');
    await panel.getByLabel('Context (tokens)', { exact: true }).fill('4096');
    await expect.poll(() => h.page.getByTestId('kv-total').textContent({ timeout: 5000 })).toContain('1,342,177,280 B');
    expect(await panel.locator('svg[role="img"]').count()).toBe(2);
    await h.screenshot('calculators-kv-cache');
  });

  it('updates the training memory as you type and shows the ZeRO split in Chinese', async () => {
    await h.page.getByRole('button', { name: '中文' }).click();
    await h.page.getByRole('tab', { name: '训练显存' }).click();
    const panel = h.page.locator('section[aria-labelledby="calc-training"]');
    const before = await h.page.getByTestId('train-total').textContent();
    await panel.getByLabel('ZeRO').selectOption('3');
    await expect.poll(() => h.page.getByTestId('train-total').textContent({ timeout: 5000 })).not.toBe(before);
    await h.screenshot('calculators-training-zh');
    expect(h.errors).toEqual([]);
  });
});
