export { default } from './HueStrip.svelte';
