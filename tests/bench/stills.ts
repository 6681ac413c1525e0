// Benchmark stills: ../shared/stills when it is there (or $PALETTE_STILLS), else the bundled samples.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = process.env.PALETTE_STILLS ?? resolve(root, '../shared/stills');
const BUNDLED = resolve(root, 'static/samples');

export interface BenchStills {
	/** Where the stills were read from, said in the table's heading. */
	source: string;
	/** The frame the speed targets are set on (Big Buck Bunny, 1280×720). */
	frame: string;
	/** The 7.3-megapixel Spring poster, when present. */
	large: string | null;
	/** Photographs for the quality comparison with scikit-learn. */
	photos: string[];
	poster: string;
}

export function benchStills(): BenchStills {
	const poster = resolve(BUNDLED, 'poster.png');
	const bundledPhotos = ['coffee.png', 'chelsea.png', 'astronaut.png', 'rocket.jpg'].map((f) =>
		resolve(BUNDLED, f)
	);
	if (existsSync(resolve(SHARED, 'movies/big-buck-bunny-burrow.png'))) {
		const kodak = ['kodim05.png', 'kodim08.png', 'kodim15.png', 'kodim19.png', 'kodim23.png'].map(
			(f) => resolve(SHARED, 'kodak', f)
		);
		return {
			source: `${SHARED} (the shared stills) and static/samples`,
			frame: resolve(SHARED, 'movies/big-buck-bunny-burrow.png'),
			large: resolve(SHARED, 'movies/spring-poster.jpg'),
			photos: [...kodak, ...bundledPhotos].filter((p) => existsSync(p)),
			poster
		};
	}
	return {
		source: `static/samples only: ${SHARED} is absent, so the Big Buck Bunny frame is replaced by the Hubble deep field and there is no 7.3 MP row`,
		frame: resolve(BUNDLED, 'hubble-deep-field.jpg'),
		large: null,
		photos: bundledPhotos,
		poster
	};
}
