export * from './steps.js';
export * from './model-spec.js';
export { parseModelConfig, parseModelConfigText } from './parse-config.js';
export { countParams, type ParamBreakdown, type ParamCount } from './param-count.js';
export * from './presets/index.js';
export { findModelPreset } from './find-preset.js';
