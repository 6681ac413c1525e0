// The live cells a lesson may name, one per folder in src/lib/widgets, with the props each accepts (read at build time).
import type { WidgetSpec } from '$lib/server/markdown';

const folders = import.meta.glob<WidgetSpec>('./*/props.ts', { eager: true });

export const widgetSpecs: Record<string, WidgetSpec> = Object.fromEntries(
	Object.entries(folders).map(([path, module]) => [
		path.split('/')[1],
		{ props: module.props, usesStill: module.usesStill }
	])
);

export const widgetNames: readonly string[] = Object.keys(widgetSpecs);
