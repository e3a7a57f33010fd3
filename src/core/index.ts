// The public surface of src/core for the popup, the background and the CLI.
export * from './challenge/index.ts';
export * from './schemes/index.ts';
