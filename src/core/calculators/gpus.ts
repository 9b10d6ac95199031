import { AppError } from '../errors.js';

/** A GPU's datasheet figures used by the throughput bounds. */
export interface GpuPreset {
  readonly id: string;
  readonly name: string;
  /** Datasheet capacity in bytes (GB = 10^9 bytes, as the datasheets print it). */
  readonly memoryBytes: number;
  readonly memoryBandwidthBytesPerSecond: number;
  /** Dense BF16 tensor-core peak (datasheets often print the 2:4-sparsity figure, twice this). */
  readonly peakBf16FlopsPerSecond: number;
  readonly source: string;
}

const a100Datasheet = 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf';

export const gpuPresets: readonly GpuPreset[] = [
  { id: 'a100-40gb-sxm', name: 'NVIDIA A100 40GB SXM', memoryBytes: 40e9, memoryBandwidthBytesPerSecond: 1555e9, peakBf16FlopsPerSecond: 312e12, source: `${a100Datasheet} (BF16 312 TFLOPS dense, 1,555 GB/s)` },
  { id: 'a100-80gb-sxm', name: 'NVIDIA A100 80GB SXM', memoryBytes: 80e9, memoryBandwidthBytesPerSecond: 2039e9, peakBf16FlopsPerSecond: 312e12, source: `${a100Datasheet} (BF16 312 TFLOPS dense, 2,039 GB/s)` },
  { id: 'h100-sxm', name: 'NVIDIA H100 SXM 80GB', memoryBytes: 80e9, memoryBandwidthBytesPerSecond: 3.35e12, peakBf16FlopsPerSecond: 989.4e12, source: 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet (BF16 1,979 TFLOPS with sparsity = 989.4 dense, 3.35 TB/s)' },
  { id: 'h200-sxm', name: 'NVIDIA H200 SXM 141GB', memoryBytes: 141e9, memoryBandwidthBytesPerSecond: 4.8e12, peakBf16FlopsPerSecond: 989.4e12, source: 'https://www.nvidia.com/en-us/data-center/h200/ (BF16 1,979 TFLOPS with sparsity = 989.4 dense, 4.8 TB/s, 141 GB)' },
  { id: 'l40s', name: 'NVIDIA L40S 48GB', memoryBytes: 48e9, memoryBandwidthBytesPerSecond: 864e9, peakBf16FlopsPerSecond: 362.05e12, source: 'https://resources.nvidia.com/en-us-l40s/l40s-datasheet-28413 (BF16 362.05 TFLOPS dense, 733 with sparsity; 864 GB/s)' },
  { id: 'rtx-4090', name: 'NVIDIA GeForce RTX 4090 24GB', memoryBytes: 24e9, memoryBandwidthBytesPerSecond: 1008e9, peakBf16FlopsPerSecond: 165.2e12, source: 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf (BF16 with FP32 accumulate 165.2 TFLOPS dense; 1,008 GB/s)' },
];

/** The GPU preset with this id, or a calc/unknown-preset error listing the known ids. */
export function findGpuPreset(id: string): GpuPreset {
  const gpu = gpuPresets.find((g) => g.id === id);
  if (!gpu) throw new AppError('calc/unknown-preset', `unknown GPU "${id}" (known: ${gpuPresets.map((g) => g.id).join(', ')})`);
  return gpu;
}
