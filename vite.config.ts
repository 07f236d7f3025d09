/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentSecurityPolicy } from './build/csp.ts';

// The app is a static site: relative base so the build works from any static host. `--mode single`
// builds one self-contained index.html for a USB stick (opened from file://).
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), ...(mode === 'single' ? [viteSingleFile()] : []), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: mode !== 'single',
    outDir: mode === 'single' ? 'dist-single' : 'dist',
  },
  test: {
    // The machine running the suite is shared: a test that takes 2 s alone can take 8 s under load. A
    // generous limit keeps slow from reading as failed; speed is measured by the benchmarks, not here.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
        },
      },
    ],
  },
}));
