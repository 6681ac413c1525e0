export { default } from './MethodCompare.svelte';
