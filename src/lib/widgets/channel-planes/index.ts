export { default } from './ChannelPlanes.svelte';
