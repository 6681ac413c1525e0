export { default } from './Elbow.svelte';
