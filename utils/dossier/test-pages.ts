/** Markup as a portal page for the readers' tests (jsdom): `html` is the body of a document without a doctype. */
export const page = (html: string): Document => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

/** The body of that page. */
export const body = (html: string): HTMLElement => page(html).body;

/** The first element of that body. */
export const first = (html: string) => body(html).firstElementChild as Element;
