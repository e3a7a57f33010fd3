export { recognizeServer, productHintMessage } from './recognize.ts';
export type { ServerClues, ServerProfile, RecognizedProduct } from './recognize.ts';
export { PRODUCTS, PRODUCT_KEYS } from './products.ts';
export type { ProductKey, ProductKind } from './products.ts';
export { IIS_SUBSTATUSES, IIS_CAUSE, iisMessageId, iisSubStatus } from './iis.ts';
export type { IisSubStatus } from './iis.ts';
