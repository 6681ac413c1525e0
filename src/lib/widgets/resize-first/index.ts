export { default } from './ResizeFirst.svelte';
