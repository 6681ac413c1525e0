// Re-encodes the movie stills at the course's working size and draws every still's picker thumbnail (run: npm run stills -- SOURCE_DIR).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** Movie stills are stored 640 px wide: about as large as the bundled photographs, light to fetch, quick to cluster. */
export const MOVIE_WIDTH = 640;
const JPEG_QUALITY = 88;
/** Thumbnails are drawn at twice their 96×64 CSS size, so they stay sharp on high-density screens. */
const THUMB = { width: 192, height: 128, quality: 70 };

/** Where each bundled movie still comes from (a file of the shared movie-stills folder). */
const movieSources: Record<string, string> = {
	foxglove: 'spring-foxglove.jpg',
	'frozen-forest': 'spring-frozen-forest.jpg',
	'autumn-frost': 'spring-autumn-frost.jpg',
	'bamboo-forest': 'sintel-bamboo-forest.jpg',
	'shaman-hut': 'sintel-shaman-hut.jpg',
	'bunny-burrow': 'bigbuckbunny-burrow.png',
	'hologram-lab': 'tearsofsteel-hologram-lab.png',
	'llama-road': 'caminandes-llama-road.png'
};

interface Entry {
	id: string;
	file: string;
	thumb: string;
}

const samplesDir = 'static/samples';
const sourceDir = process.argv[2];
const samples = JSON.parse(readFileSync(join(samplesDir, 'samples.json'), 'utf8')) as Entry[];

for (const sample of samples) {
	const source = movieSources[sample.id];
	if (source && sourceDir) {
		const out = join(samplesDir, sample.file);
		const info = await sharp(join(sourceDir, source))
			.resize({ width: MOVIE_WIDTH, withoutEnlargement: true })
			.jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
			.toFile(out);
		console.log(`${out}: ${info.width}×${info.height}, ${info.size} bytes`);
	}
	const thumb = join(samplesDir, sample.thumb);
	await sharp(join(samplesDir, sample.file))
		.resize({ width: THUMB.width, height: THUMB.height, fit: 'cover' })
		.webp({ quality: THUMB.quality })
		.toFile(thumb);
	console.log(`${thumb}: ${statSync(thumb).size} bytes`);
}
