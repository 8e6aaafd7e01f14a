// <forum-quote>'s view: what it renders once its forum is there (render-quote.ts), here part of the element.
// The drop-in bundle builds in internal/forum-views.lazy.ts in this module's place (tsup.config.ts),
// which loads every element's view with the validator, as one chunk, with the first data asked for.
import type { ViewLoader } from '../internal/forum-data.js';
import * as view from './render-quote.js';

export type QuoteView = typeof view;

/** The view (never a promise here: it is part of this module). */
export const quoteView: ViewLoader<QuoteView> = () => view;
