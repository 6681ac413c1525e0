export { default } from './PixelZoom.svelte';
