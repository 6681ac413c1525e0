export { default } from './Quantize.svelte';
