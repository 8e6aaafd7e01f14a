// The drop-in bundle's views (built in place of each element's *-view.ts, see tsup.config.ts): what
// the elements render once their forum is there loads with the validator, as one chunk
// (on-data.ts), when the first element asks for its data. Until then each element shows its
// loading state, as it does until its data is there.
import { fromOnData } from './on-data.lazy.js';

export const agendaView = fromOnData((module) => module.agendaView());
export const galleryView = fromOnData((module) => module.galleryView());
export const quoteView = fromOnData((module) => module.quoteView());
export const speakerCardView = fromOnData((module) => module.speakerCardView());
