import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { exerciseFileNames, type ExerciseFiles } from '../core/exercises/index.js';
import type { ExerciseSource } from '../services/ports.js';
import { packageRoot } from './paths.js';

export const exercisesDir = join(packageRoot, 'exercises');

/** The exercise port backed by exercises/<slug>/ folders and their mistakes/*.py (files as text; parsing is the core's job). */
export function createFileExerciseSource(dir: string = exercisesDir): ExerciseSource {
  return {
    readExerciseFiles(): ExerciseFiles[] {
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((name) => statSync(join(dir, name)).isDirectory())
        .sort()
        .map((slug) => {
          const files: Partial<Record<(typeof exerciseFileNames)[number], string>> = {};
          for (const name of exerciseFileNames) {
            const path = join(dir, slug, name);
            if (existsSync(path)) files[name] = readFileSync(path, 'utf8');
          }
          const mistakesDir = join(dir, slug, 'mistakes');
          if (!existsSync(mistakesDir)) return { slug, files };
          const mistakes: Record<string, string> = {};
          for (const name of readdirSync(mistakesDir).filter((n) => n.endsWith('.py')).sort()) mistakes[name] = readFileSync(join(mistakesDir, name), 'utf8');
          return { slug, files, mistakes };
        });
    },
  };
}
