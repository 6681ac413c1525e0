// Every page is prerendered: the course is a static site that works offline.
export const prerender = true;
export const trailingSlash = 'always';
