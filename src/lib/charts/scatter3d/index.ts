// The reusable RGB-cube scatter (lessons 4, 6, 7, 8).
export { default as Scatter3d } from './Scatter3d.svelte';
