export { default } from './ImageShape.svelte';
