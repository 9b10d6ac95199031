import { describe, expect, it } from 'vitest';
import { exactStep, formatNumber } from './index.js';

describe('formatNumber', () => {
  it('groups the digits of exact integers', () => {
    expect(formatNumber(1_342_177_280)).toBe('1,342,177,280');
    expect(formatNumber(-4096)).toBe('-4,096');
  });

  it('rounds estimates to 4 significant digits, grouping large ones and using exponents past 10^15', () => {
    expect(formatNumber(32_490_123_456.7)).toBe('32,490,000,000');
    expect(formatNumber(0.01093)).toBe('0.01093');
    expect(formatNumber(5.88e23)).toBe('5.880e+23');
  });
});

describe('exactStep', () => {
  it('refuses a value that passed 2^53 and so may have lost exactness', () => {
    expect(() => exactStep('product', 'a·b', '…', 2 ** 53 + 2, 'bytes')).toThrow(/not an exact integer below 2\^53/);
  });
});
