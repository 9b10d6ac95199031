import { AppError } from '../../../core/errors.js';
import type { CliContext } from '../../context.js';
import { runFlops, runKvCache, runParams, runThroughput } from './model-commands.js';
import { runChinchilla, runPresets, runTrainMemory } from './other-commands.js';

export const calcUsage = `llmprep calc <calculator> [--json]   (a model is --preset <id> or --config <config.json>)

  calc presets                          list bundled models and GPUs
  calc params       <model>             total and activated parameters
  calc flops        <model> [--tokens D] [--seq-len T] [--prompt-tokens P] [--tokens-per-second X --gpus G --gpu ID]
  calc train-memory <model> | --params N [--optimizer adamw|adamw-8bit|sgd-momentum|sgd] [--precision mixed|fp32]
                    [--zero 0-3] [--dp N] [--tp N] [--pp N] [--offload]
                    [--seq-len S --micro-batch B --recompute none|selective|full --sequence-parallel --flash-attention]
  calc kv-cache     <model> [--dtype fp16] [--batch 1] [--context 4096] [--gpu ID --weight-dtype bf16 --util 0.9 --block-tokens 16]
  calc chinchilla   --compute C | --params N --tokens D [--tokens-per-param 20]
  calc throughput   <model> [--gpu h100-sxm] [--gpus 1] [--dtype bf16] [--kv-dtype bf16] [--batch 1] [--context 1024]`;

const commands: Record<string, (ctx: CliContext, args: readonly string[]) => number> = {
  presets: runPresets,
  params: runParams,
  flops: runFlops,
  'train-memory': runTrainMemory,
  'kv-cache': runKvCache,
  chinchilla: runChinchilla,
  throughput: runThroughput,
};

/** `llmprep calc …`: exit 0 on success, 1 when the input or config is rejected (message names the field), 2 on usage. */
export function runCalcCommand(ctx: CliContext, args: readonly string[]): number {
  const [sub, ...rest] = args;
  const command = sub === undefined ? undefined : commands[sub];
  if (!command) {
    if (sub !== undefined && sub !== 'help' && sub !== '--help') ctx.err(`unknown calculator "${sub}"`);
    (sub === undefined || sub === 'help' || sub === '--help' ? ctx.out : ctx.err)(calcUsage);
    return sub === 'help' || sub === '--help' ? 0 : 2;
  }
  try {
    return command(ctx, rest);
  } catch (error) {
    if (error instanceof AppError && error.code.startsWith('calc/')) {
      ctx.err(`error [${error.code}]: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
