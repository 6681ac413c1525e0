// K-means tree: an octree over the colours, so whole boxes of similar colours can be assigned at once.

/** A box holding at most this many colours is not split further. */
const LEAF_SIZE = 16;

/**
 * Colours sorted along a Z-order (Morton) curve of their RGB bits, so every octree cell is one
 * contiguous range; each node keeps the bounding box of its points in the run's space.
 */
export interface ColourTree {
	/** Tree position → index of the colour in the pixel set. */
	order: Uint32Array;
	nodeCount: number;
	/** Per node: its range of positions [start, end). */
	start: Int32Array;
	end: Int32Array;
	/** Per node: where its children are listed in `children`, and how many (0 for a leaf). */
	firstChild: Int32Array;
	childCount: Int32Array;
	children: Int32Array;
	/** Per node: min x, y, z then max x, y, z of its points. */
	box: Float64Array;
}

/** Spreads 8 bits apart so three channels interleave into one 24-bit Morton key. */
const SPREAD = Uint32Array.from({ length: 256 }, (_, v) => {
	let spread = 0;
	for (let bit = 0; bit < 8; bit++) spread |= ((v >> bit) & 1) << (3 * bit);
	return spread;
});

const octant = (key: number, level: number) => (key >>> (21 - 3 * level)) & 7;

/** Colour indices in Morton order of their RGB (a three-pass radix sort), with their keys. */
function mortonOrder(colors: Uint8Array, size: number): { order: Uint32Array; keys: Uint32Array } {
	let keys = new Uint32Array(size);
	let order = new Uint32Array(size);
	for (let i = 0; i < size; i++) {
		keys[i] =
			(SPREAD[colors[3 * i]] << 2) | (SPREAD[colors[3 * i + 1]] << 1) | SPREAD[colors[3 * i + 2]];
		order[i] = i;
	}
	let spareKeys = new Uint32Array(size);
	let spareOrder = new Uint32Array(size);
	const buckets = new Uint32Array(257);
	for (let shift = 0; shift < 24; shift += 8) {
		buckets.fill(0);
		for (let i = 0; i < size; i++) buckets[((keys[i] >>> shift) & 255) + 1]++;
		for (let b = 1; b < 257; b++) buckets[b] += buckets[b - 1];
		for (let i = 0; i < size; i++) {
			const slot = buckets[(keys[i] >>> shift) & 255]++;
			spareKeys[slot] = keys[i];
			spareOrder[slot] = order[i];
		}
		[keys, spareKeys, order, spareOrder] = [spareKeys, keys, spareOrder, order];
	}
	return { order, keys };
}

/** Sorts the colours into Morton order and builds the octree; returns points and weights in that order. */
export function buildColourTree(
	colors: Uint8Array,
	points: Float64Array,
	weights: Float64Array
): { tree: ColourTree; points: Float64Array; weights: Float64Array } {
	const size = weights.length;
	const { order, keys } = mortonOrder(colors, size);
	const sorted = new Float64Array(3 * size);
	const sortedWeights = new Float64Array(size);
	for (let i = 0; i < size; i++) {
		const o = order[i];
		sorted[3 * i] = points[3 * o];
		sorted[3 * i + 1] = points[3 * o + 1];
		sorted[3 * i + 2] = points[3 * o + 2];
		sortedWeights[i] = weights[o];
	}
	// Nodes are far fewer than colours (a leaf holds up to LEAF_SIZE); the arrays grow when needed
	// rather than being sized for the worst case of twice the colours, which costs megabytes of zeroing.
	let capacity = (size >> 2) + 16;
	const tree: ColourTree = {
		order,
		nodeCount: 0,
		start: new Int32Array(capacity),
		end: new Int32Array(capacity),
		firstChild: new Int32Array(capacity),
		childCount: new Int32Array(capacity),
		children: new Int32Array(capacity),
		box: new Float64Array(capacity * 6)
	};
	let box = tree.box;
	// Children are collected on a stack, then copied next to each other once their parent is done.
	let pending = new Int32Array(capacity);
	let pendingTop = 0;
	let childrenUsed = 0;

	function newNode(): number {
		if (tree.nodeCount === capacity) {
			capacity *= 2;
			tree.start = grown(tree.start, capacity);
			tree.end = grown(tree.end, capacity);
			tree.firstChild = grown(tree.firstChild, capacity);
			tree.childCount = grown(tree.childCount, capacity);
			tree.children = grown(tree.children, capacity);
			pending = grown(pending, capacity);
			box = tree.box = grown(tree.box, capacity * 6);
		}
		return tree.nodeCount++;
	}

	function build(start: number, end: number, level: number): number {
		// A cell whose colours all share the next octant adds no box of its own: look one level deeper.
		while (
			level < 8 &&
			end - start > LEAF_SIZE &&
			octant(keys[start], level) === octant(keys[end - 1], level)
		)
			level++;
		const node = newNode();
		tree.start[node] = start;
		tree.end[node] = end;
		const o = 6 * node;
		if (end - start <= LEAF_SIZE || level === 8) {
			let minX = Infinity,
				minY = Infinity,
				minZ = Infinity,
				maxX = -Infinity,
				maxY = -Infinity,
				maxZ = -Infinity;
			for (let i = start; i < end; i++) {
				const x = sorted[3 * i],
					y = sorted[3 * i + 1],
					z = sorted[3 * i + 2];
				if (x < minX) minX = x;
				if (x > maxX) maxX = x;
				if (y < minY) minY = y;
				if (y > maxY) maxY = y;
				if (z < minZ) minZ = z;
				if (z > maxZ) maxZ = z;
			}
			box[o] = minX;
			box[o + 1] = minY;
			box[o + 2] = minZ;
			box[o + 3] = maxX;
			box[o + 4] = maxY;
			box[o + 5] = maxZ;
			return node;
		}
		const mark = pendingTop;
		for (let from = start; from < end;) {
			const cell = octant(keys[from], level);
			// Keys are sorted, so the cell ends where the octant first grows: found by bisection.
			let to = from + 1,
				last = end;
			while (to < last) {
				const middle = (to + last) >>> 1;
				if (octant(keys[middle], level) === cell) to = middle + 1;
				else last = middle;
			}
			const child = build(from, to, level + 1);
			pending[pendingTop++] = child;
			from = to;
		}
		tree.firstChild[node] = childrenUsed;
		tree.childCount[node] = pendingTop - mark;
		box[o] = box[o + 1] = box[o + 2] = Infinity;
		box[o + 3] = box[o + 4] = box[o + 5] = -Infinity;
		for (let c = mark; c < pendingTop; c++) {
			const child = pending[c],
				q = 6 * child;
			tree.children[childrenUsed++] = child;
			for (let axis = 0; axis < 3; axis++) {
				if (box[q + axis] < box[o + axis]) box[o + axis] = box[q + axis];
				if (box[q + 3 + axis] > box[o + 3 + axis]) box[o + 3 + axis] = box[q + 3 + axis];
			}
		}
		pendingTop = mark;
		return node;
	}
	build(0, size, 0);
	return { tree, points: sorted, weights: sortedWeights };
}

function grown<T extends Int32Array | Float64Array>(array: T, length: number): T {
	const bigger = new (array.constructor as new (n: number) => T)(length);
	bigger.set(array);
	return bigger;
}
