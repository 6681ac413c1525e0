// Benchmark: the RGB scatter's draw time per frame while it turns, at 2,000, 10,000 and 20,000 points, in headless Chromium.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORT = 4522;
const COUNTS = [2000, 10_000, 20_000];
const FRAMES = 80;
const TARGET_MS = 8;
const TARGET_COUNT = 10_000;

export interface ScatterBenchRow {
	points: number;
	pixelRatio: number;
	medianMs: number;
	p95Ms: number;
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms`);
}

const quantile = (sorted: number[], q: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export default async function scatterBench(): Promise<ScatterBenchRow[]> {
	if (!existsSync(`${ROOT}/build/index.html`))
		execSync('npx vite build', { cwd: ROOT, stdio: 'inherit' });
	const server = spawn(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
		{ cwd: ROOT, stdio: 'ignore' }
	);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	const rows: ScatterBenchRow[] = [];
	try {
		await waitForServer(`http://localhost:${PORT}/`, 30_000);
		for (const pixelRatio of [1, 2]) {
			const page = await browser.newPage({
				viewport: { width: 1280, height: 720 },
				deviceScaleFactor: pixelRatio
			});
			await page.goto(`http://localhost:${PORT}/lessons/rgb-space/`);
			const stage = page.locator('[data-widget="rgb-scatter"] [role="application"]');
			await stage.waitFor();
			for (const points of COUNTS) {
				await page.getByRole('slider', { name: /Sample size/ }).fill(String(points));
				await page.waitForFunction(
					(n) =>
						document
							.querySelector('[data-widget="rgb-scatter"] [data-points]')
							?.getAttribute('data-points') === String(n),
					points
				);
				// Turn the cube one key press per animation frame and read how long each redraw took, inside the page.
				const times = await stage.evaluate(async (node, frames) => {
					const canvas = node.querySelector('canvas') as HTMLCanvasElement;
					const out: number[] = [];
					for (let f = 0; f < frames; f++) {
						const key = f % 4 === 3 ? (f % 8 === 3 ? 'ArrowUp' : 'ArrowDown') : 'ArrowRight';
						node.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
						await new Promise(requestAnimationFrame);
						out.push(Number(canvas.dataset.drawMs));
					}
					return out;
				}, FRAMES);
				const sorted = times.slice(5).sort((a, b) => a - b); // the first frames warm the JIT up
				rows.push({
					points,
					pixelRatio,
					medianMs: quantile(sorted, 0.5),
					p95Ms: quantile(sorted, 0.95)
				});
			}
			await page.close();
		}
	} finally {
		await browser.close();
		server.kill();
	}
	printTable(rows);
	return rows;
}

function printTable(rows: ScatterBenchRow[]): void {
	console.log(
		'\nRGB scatter: draw time per frame while rotating (headless Chromium, canvas ImageData)'
	);
	console.log('points   pixel ratio   median ms   p95 ms   target (≤ 8 ms at 10,000, ratio 1)');
	for (const row of rows) {
		const judged = row.points === TARGET_COUNT && row.pixelRatio === 1;
		const mark = judged ? (row.medianMs <= TARGET_MS ? '✓' : '✗') : '';
		console.log(
			`${row.points.toLocaleString('en').padStart(6)}   ${String(row.pixelRatio).padStart(11)}   ${row.medianMs.toFixed(2).padStart(9)}   ${row.p95Ms.toFixed(2).padStart(6)}   ${mark}`
		);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	scatterBench().catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
