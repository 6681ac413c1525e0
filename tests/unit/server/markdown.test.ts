// The lesson pipeline: front matter, KaTeX at build time, widget and predict blocks, and the failures that must stop a build.
import { describe, expect, it } from 'vitest';
import { LessonError, renderLesson } from '../../../src/lib/server/markdown';

const widgets = {
	'pixel-zoom': { props: ['start', 'zoom', 'label'], usesStill: true },
	'rgb-mixer': { props: ['red', 'green', 'blue', 'formula'], usesStill: false }
};
const lesson = (body: string, front = 'title: Pixels\nsummary: What a pixel is.') =>
	`---\n${front}\n---\n${body}`;

describe('renderLesson', () => {
	it('reads the title and summary from the front matter', () => {
		const result = renderLesson(lesson('Hello.'), '01-pixels.md', widgets);
		expect(result.title).toBe('Pixels');
		expect(result.summary).toBe('What a pixel is.');
		expect(result.blocks).toEqual([{ kind: 'html', html: '<p>Hello.</p>\n' }]);
	});

	it('renders inline and display maths to KaTeX HTML', () => {
		const { blocks } = renderLesson(
			lesson('A value $x^2$ here.\n\n$$\nJ = \\sum_i x_i\n$$\n'),
			'a.md',
			widgets
		);
		const html = blocks.map((b) => (b.kind === 'html' ? b.html : '')).join('');
		expect(html).toContain('<span class="katex">');
		expect(html).toContain('class="katex-display"');
		expect(html.match(/class="katex"/g)?.length).toBe(2);
		expect(html).not.toContain('$');
	});

	it('leaves an escaped dollar sign alone', () => {
		const { blocks } = renderLesson(lesson('It costs \\$5.'), 'a.md', widgets);
		expect(blocks[0]).toEqual({ kind: 'html', html: '<p>It costs $5.</p>\n' });
	});

	it('turns a widget block into a widget with its props, in order with the prose', () => {
		const source = lesson(
			'Before.\n\n```widget pixel-zoom\nzoom: 12\nlabel: close up\n```\n\nAfter.'
		);
		const { blocks } = renderLesson(source, 'a.md', widgets);
		expect(blocks).toEqual([
			{ kind: 'html', html: '<p>Before.</p>\n' },
			{ kind: 'widget', name: 'pixel-zoom', props: { zoom: 12, label: 'close up' } },
			{ kind: 'html', html: '<p>After.</p>\n' }
		]);
	});

	it('renders a $$ prop to KaTeX HTML for the widget', () => {
		const source = lesson('```widget rgb-mixer\nformula: "$$x + \\\\htmlClass{live}{1}$$"\n```');
		const { blocks } = renderLesson(source, 'a.md', widgets);
		const props = (blocks[0] as { props: Record<string, unknown> }).props as { formula: string };
		expect(props.formula).toContain('class="katex-display"');
		expect(props.formula).toContain('class="enclosing live"');
	});

	it('renders a predict block as a question with a hidden answer', () => {
		const { blocks } = renderLesson(
			lesson('```predict\nWhich is brighter?\n---\nThe **left** one.\n```'),
			'a.md',
			widgets
		);
		const html = (blocks[0] as { html: string }).html;
		expect(html).toContain('Which is brighter?');
		expect(html).toMatch(
			/<details><summary>Reveal the answer<\/summary><p>The <strong>left<\/strong> one.<\/p>/
		);
	});

	it('fails on a missing title, naming the file', () => {
		expect(() =>
			renderLesson(lesson('Text', 'summary: no title'), '03-matrix.md', widgets)
		).toThrow(/03-matrix\.md: front matter has no title/);
		expect(() => renderLesson('No front matter at all.', '04-x.md', widgets)).toThrow(LessonError);
	});

	it('fails on an unknown widget, naming it', () => {
		expect(() =>
			renderLesson(lesson('```widget pixel-zoon\n```'), '01-pixels.md', widgets)
		).toThrow(/01-pixels\.md: unknown widget "pixel-zoon"/);
	});

	it('fails on a broken formula instead of printing it', () => {
		expect(() => renderLesson(lesson('Bad $\\frac{1}{$ maths.'), 'a.md', widgets)).toThrow(
			/KaTeX parse error/
		);
	});

	it('fails on a predict block without an answer', () => {
		expect(() => renderLesson(lesson('```predict\nOnly a question\n```'), 'a.md', widgets)).toThrow(
			/predict block/
		);
	});

	it('fails on a prop the widget does not declare, naming the file, the widget and the prop', () => {
		expect(() =>
			renderLesson(lesson('```widget pixel-zoom\nzoom: 4\nzom: 5\n```'), '01-pixels.md', widgets)
		).toThrow(
			'01-pixels.md: widget "pixel-zoom" has no prop "zom" (its props: start, zoom, label)'
		);
	});

	it('says whether any cell reads the still', () => {
		expect(
			renderLesson(lesson('```widget rgb-mixer\nred: 3\n```'), 'a.md', widgets).usesStill
		).toBe(false);
		expect(
			renderLesson(lesson('```widget rgb-mixer\n```\n\n```widget pixel-zoom\n```'), 'a.md', widgets)
				.usesStill
		).toBe(true);
		expect(renderLesson(lesson('Prose only.'), 'a.md', widgets).usesStill).toBe(false);
	});

	it('writes a still fact as the default still’s value in a span the page refills', () => {
		const { blocks } = renderLesson(
			lesson('It is {still:width} wide and {still:numbers} numbers.'),
			'a.md',
			widgets
		);
		expect((blocks[0] as { html: string }).html).toBe(
			'<p>It is <span data-still-fact="width">320</span> wide and <span data-still-fact="numbers">230\u2009400</span> numbers.</p>\n'
		);
	});

	it('fails on an unknown still fact, naming it', () => {
		expect(() => renderLesson(lesson('It is {still:depth} deep.'), 'a.md', widgets)).toThrow(
			/unknown still fact "depth"/
		);
	});
});
