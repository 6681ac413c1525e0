export { default } from './RgbScatter.svelte';
