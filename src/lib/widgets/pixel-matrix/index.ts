export { default } from './PixelMatrix.svelte';
