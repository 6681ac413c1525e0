export { default } from './ColourPairs.svelte';
