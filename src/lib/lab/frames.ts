// Sampling a clip: frames grabbed from a <video> at evenly spaced times, drawn small on a canvas (main thread).
import type { RgbaImage } from '$lib/engine';

export const FRAME_WIDTH = 96;

function once(target: HTMLVideoElement, event: string): Promise<void> {
	return new Promise((resolve, reject) => {
		target.addEventListener(event, () => resolve(), { once: true });
		target.addEventListener('error', () => reject(new Error('This video cannot be played here.')), {
			once: true
		});
	});
}

/** Recorded clips may not know their length until the end is sought once. */
async function duration(video: HTMLVideoElement): Promise<number> {
	if (Number.isFinite(video.duration)) return video.duration;
	video.currentTime = 1e9;
	await once(video, 'seeked');
	const length = video.duration;
	return Number.isFinite(length) ? length : video.currentTime;
}

/** `count` frames at the middles of equal slices of the clip; stops early when `signal` aborts. */
export async function sampleFrames(
	url: string,
	count: number,
	signal: AbortSignal,
	onframe: (done: number) => void
): Promise<RgbaImage[]> {
	const video = document.createElement('video');
	video.muted = true;
	video.preload = 'auto';
	video.src = url;
	await once(video, 'loadedmetadata');
	const length = await duration(video);
	const width = FRAME_WIDTH,
		height = Math.max(
			1,
			Math.round((FRAME_WIDTH * video.videoHeight) / Math.max(1, video.videoWidth))
		);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d', { willReadFrequently: true })!;
	const frames: RgbaImage[] = [];
	for (let i = 0; i < count && !signal.aborted; i++) {
		video.currentTime = ((i + 0.5) / count) * length;
		await once(video, 'seeked');
		context.drawImage(video, 0, 0, width, height);
		const { data } = context.getImageData(0, 0, width, height);
		frames.push({ width, height, data: new Uint8Array(data.buffer) });
		onframe(frames.length);
	}
	video.removeAttribute('src');
	video.load();
	return frames;
}
