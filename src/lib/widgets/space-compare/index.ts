export { default } from './SpaceCompare.svelte';
