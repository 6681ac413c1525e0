export { default } from './PalettesByK.svelte';
