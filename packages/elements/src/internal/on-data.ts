// What the drop-in bundle loads when the first element asks for its data, as one chunk at the same
// time as the data: the validator and every element's view (what renders a ready forum). Only the
// drop-in loads this module (on-data.lazy.ts); its imports are the modules themselves, not their
// on-demand twins (tsup.config.ts).
export { validateForum, validateForumInSlices } from './forum-validator.js';
export { agendaView } from '../forum-agenda/agenda-view.js';
export { galleryView } from '../forum-gallery/gallery-view.js';
export { quoteView } from '../forum-quote/quote-view.js';
export { speakerCardView } from '../forum-speaker-card/speaker-card-view.js';
