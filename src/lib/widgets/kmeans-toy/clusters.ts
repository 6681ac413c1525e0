// How each toy cluster is drawn: a shape and a colour, so membership never rests on colour alone.
export type Shape = 'circle' | 'square' | 'triangle';

export const clusterStyles: readonly { shape: Shape; colour: string }[] = [
	{ shape: 'circle', colour: 'var(--cluster-1)' },
	{ shape: 'square', colour: 'var(--cluster-2)' },
	{ shape: 'triangle', colour: 'var(--cluster-3)' }
];
