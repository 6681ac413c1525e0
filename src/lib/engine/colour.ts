// Colour: conversions between RGB, HSL, HSV, hex, linear RGB, OKLab and CIELAB, and colour differences.

export type Rgb = [number, number, number];

export function rgbToHsl(r: number, g: number, b: number): [number, number, number] {
	void r; void g; void b;
	return [0, 0, 0];
}
export function hslToRgb(h: number, s: number, l: number): Rgb {
	void h; void s; void l;
	return [0, 0, 0];
}
export function rgbToHsv(r: number, g: number, b: number): [number, number, number] {
	void r; void g; void b;
	return [0, 0, 0];
}
export function hsvToRgb(h: number, s: number, v: number): Rgb {
	void h; void s; void v;
	return [0, 0, 0];
}
export function rgbToHex(r: number, g: number, b: number): string {
	void r; void g; void b;
	return '#000000';
}
export function hexToRgb(hex: string): Rgb {
	void hex;
	return [0, 0, 0];
}
export function srgbToLinear(c01: number): number {
	return c01;
}
export function linearToSrgb(c01: number): number {
	return c01;
}
export function rgbToOklab(r: number, g: number, b: number): [number, number, number] {
	void r; void g; void b;
	return [0, 0, 0];
}
export function oklabToRgb(L: number, a: number, b: number): Rgb {
	void L; void a; void b;
	return [0, 0, 0];
}
export function rgbToLab(r: number, g: number, b: number): [number, number, number] {
	void r; void g; void b;
	return [0, 0, 0];
}
export function deltaEOk(rgb1: Rgb, rgb2: Rgb): number {
	void rgb1; void rgb2;
	return 0;
}
export function ciede2000(lab1: ArrayLike<number>, lab2: ArrayLike<number>): number {
	void lab1; void lab2;
	return 0;
}
