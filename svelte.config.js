import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ strict: true }),
		// Host under a sub-path with BASE_PATH=/some/path npm run build.
		paths: { base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '') },
		prerender: { handleHttpError: 'fail', entries: ['*'] }
	}
};

export default config;
