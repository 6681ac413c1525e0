// Writes our generated teaching scenes into static/samples as PNG files (run: npm run samples).
import { writeFileSync } from 'node:fs';
import { encode } from 'fast-png';
import { renderScene, scenes } from '../lib/stills/scenes';

for (const scene of scenes) {
	const image = renderScene(scene);
	const png = encode({
		width: image.width,
		height: image.height,
		data: image.data,
		channels: 4,
		depth: 8
	});
	const file = `static/samples/${scene.id}.png`;
	writeFileSync(file, png);
	console.log(`${file}: ${image.width}×${image.height}, ${png.byteLength} bytes`);
}
