export { default } from './Palette.svelte';
