export { default } from './RgbMixer.svelte';
