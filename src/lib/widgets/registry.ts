// Maps a widget name from a lesson's ```widget block to its component; one folder per live cell.
import type { Component } from 'svelte';

type WidgetModule = { default: Component<Record<string, unknown>> };

const modules = import.meta.glob<WidgetModule>('./*/index.ts', { eager: true });

export const widgets: Record<string, Component<Record<string, unknown>>> = Object.fromEntries(
	Object.entries(modules).map(([path, module]) => [path.split('/')[1], module.default])
);
