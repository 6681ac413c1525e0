// Lint: JavaScript and TypeScript recommended rules, Svelte's own rules, and nothing that argues with Prettier.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, and knows about types that no-undef does not.
			'no-undef': 'off',
			// {@html} only ever shows HTML the build rendered from our own lessons (markdown and KaTeX).
			'svelte/no-at-html-tags': 'off',
			// Links are written with `base` from $app/paths on a prerendered site; resolve() would say the same thing.
			'svelte/no-navigation-without-resolve': 'off',
			// It flags plain Maps and URLs that are local temporaries inside a computation, never state.
			'svelte/prefer-svelte-reactivity': 'off',
			// svelte-check, which runs the Svelte compiler itself, is the judge of which warnings an ignore silences.
			'svelte/no-unused-svelte-ignore': 'off',
			// A leading underscore names what is left out on purpose, e.g. a field dropped from a rest object.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/'] }
);
