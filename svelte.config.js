import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ strict: true }),
		paths: { base: process.env.BASE_PATH ?? '' },
		prerender: { handleHttpError: 'fail', entries: ['*'] }
	}
};

export default config;
