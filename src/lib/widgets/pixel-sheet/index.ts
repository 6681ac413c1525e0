export { default } from './PixelSheet.svelte';
