export { default } from './KmeansStepper.svelte';
