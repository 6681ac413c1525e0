// How each toy cluster is drawn: a shape and a colour, so membership never rests on colour alone.
export type Shape = 'circle' | 'square' | 'triangle';

export const clusterStyles: readonly { shape: Shape; colour: string }[] = [
	{ shape: 'circle', colour: '#d1495b' },
	{ shape: 'square', colour: '#2f5bd3' },
	{ shape: 'triangle', colour: '#e09f1f' }
];
