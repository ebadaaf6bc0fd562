// The Fluent UI web components bundle registers its elements when imported; it exports nothing we use.
export {};
