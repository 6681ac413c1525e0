// End-to-end tests: the built site, served locally by `vite preview`, in Debian's Chromium.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
	throw new Error(
		`End-to-end tests need Chromium at ${chromium}. Install it with: apt-get update && apt-get install -y chromium ` +
			'(or set CHROMIUM_PATH to a Chromium binary).'
	);
}

const port = Number(process.env.E2E_PORT ?? 4317);
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
	testDir: '.',
	testMatch: '**/*.spec.ts',
	outputDir: '/tmp/pixels-to-palette-e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		viewport: { width: 1280, height: 720 },
		launchOptions: {
			executablePath: chromium,
			args: [
				'--no-sandbox',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-gpu'
			]
		}
	},
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		cwd: root,
		url: `http://localhost:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
