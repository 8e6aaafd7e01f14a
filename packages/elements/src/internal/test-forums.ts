// The core package's test forums (several days and rooms, clock changes, postponed and online
// forums, partial times, ja/en/de, Arabic with Hebrew, 300 sessions), for tests in the browser and Node.
import arabicHebrew from '../../../core/test/fixtures/forums/arabic-hebrew.json' with { type: 'json' };
import berlinThreeDays from '../../../core/test/fixtures/forums/berlin-three-days.json' with { type: 'json' };
import movedOnlineForum from '../../../core/test/fixtures/forums/moved-online-forum.json' with { type: 'json' };
import onlineOnly from '../../../core/test/fixtures/forums/online-only.json' with { type: 'json' };
import partialTimes from '../../../core/test/fixtures/forums/partial-times.json' with { type: 'json' };
import postponedForum from '../../../core/test/fixtures/forums/postponed-forum.json' with { type: 'json' };
import { largeForum } from '../../../core/test/fixtures/forums/large-forum.js';

export { arabicHebrew, berlinThreeDays, largeForum, movedOnlineForum, onlineOnly, partialTimes, postponedForum };

/** Every test forum by name, the large one at 300 sessions in 8 rooms. Copy before changing. */
export const testForums: ReadonlyArray<readonly [name: string, data: unknown]> = [
  ['berlin-three-days', berlinThreeDays],
  ['postponed-forum', postponedForum],
  ['moved-online-forum', movedOnlineForum],
  ['online-only', onlineOnly],
  ['partial-times', partialTimes],
  ['arabic-hebrew', arabicHebrew],
  ['large-forum', largeForum(300, 8)],
];
