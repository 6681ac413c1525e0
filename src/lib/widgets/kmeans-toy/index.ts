export { default } from './KMeansToy.svelte';
