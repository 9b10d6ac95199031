/**
 * Values exchanged with the Python harness, as JSON data. Plain JSON covers None, bools, numbers, strings, lists and
 * dicts; three tagged objects cover the rest: {"$array": {dtype, shape, data}} for NumPy arrays (and torch tensors,
 * converted by the harness), {"$float": "NaN"|"Infinity"|"-Infinity"} for non-finite scalars (JSON has no NaN), and
 * {"$unsupported": repr} for anything the harness could not encode.
 */
export type Value =
  | { readonly kind: 'none' }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'list'; readonly items: readonly Value[] }
  | { readonly kind: 'dict'; readonly entries: ReadonlyMap<string, Value> }
  | { readonly kind: 'array'; readonly dtype: string; readonly shape: readonly number[]; readonly data: readonly number[] }
  | { readonly kind: 'unsupported'; readonly repr: string };

/** JSON as parsed by JSON.parse. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

const nonFinite: Readonly<Record<string, number>> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY };

function isObject(json: Json): json is { readonly [key: string]: Json } {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

/** Decode one number of the wire format (a JSON number, or "NaN"/"Infinity"/"-Infinity", or a bool). */
function decodeScalar(json: Json): number | undefined {
  if (typeof json === 'number') return json;
  if (typeof json === 'boolean') return json ? 1 : 0;
  if (typeof json === 'string') return nonFinite[json];
  return undefined;
}

/** The element count of a shape (1 for a 0-d array). */
export function sizeOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Parse the wire format into a Value; throws Error with the path of the first malformed part. */
export function decodeValue(json: Json, path = '$'): Value {
  if (json === null) return { kind: 'none' };
  if (typeof json === 'boolean') return { kind: 'bool', value: json };
  if (typeof json === 'number') return { kind: 'number', value: json };
  if (typeof json === 'string') return { kind: 'string', value: json };
  if (Array.isArray(json)) return { kind: 'list', items: json.map((item, i) => decodeValue(item, `${path}[${i}]`)) };
  if (!isObject(json)) throw new Error(`${path}: not JSON data`);
  const keys = Object.keys(json);
  if (keys.length === 1 && keys[0] === '$float') {
    const value = decodeScalar(json['$float'] ?? null);
    if (value === undefined) throw new Error(`${path}: $float must be "NaN", "Infinity" or "-Infinity"`);
    return { kind: 'number', value };
  }
  if (keys.length === 1 && keys[0] === '$unsupported') return { kind: 'unsupported', repr: String(json['$unsupported']) };
  if (keys.length === 1 && keys[0] === '$array') return decodeArray(json['$array'] ?? null, path);
  const entries = new Map<string, Value>();
  for (const key of keys) entries.set(key, decodeValue(json[key] ?? null, `${path}.${key}`));
  return { kind: 'dict', entries };
}

function decodeArray(json: Json, path: string): Value {
  if (!isObject(json)) throw new Error(`${path}: $array must be an object {dtype, shape, data}`);
  const { dtype, shape, data } = json;
  if (typeof dtype !== 'string') throw new Error(`${path}: $array.dtype must be a string`);
  if (!Array.isArray(shape) || !shape.every((d): d is number => Number.isInteger(d) && typeof d === 'number' && d >= 0)) {
    throw new Error(`${path}: $array.shape must be a list of non-negative integers`);
  }
  if (!Array.isArray(data)) throw new Error(`${path}: $array.data must be a flat list`);
  const numbers = data.map((d: Json, i: number) => {
    const n = decodeScalar(d);
    if (n === undefined) throw new Error(`${path}: $array.data[${i}] is not a number`);
    return n;
  });
  if (numbers.length !== sizeOf(shape)) throw new Error(`${path}: $array.data has ${numbers.length} items, shape ${JSON.stringify(shape)} needs ${sizeOf(shape)}`);
  return { kind: 'array', dtype, shape, data: numbers };
}
