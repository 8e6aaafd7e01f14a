// Builds a realistic, valid forum document with a given number of sessions, for benchmarks.
// Everything else (days, rooms, people, organisations, quotes, photos, coverage) grows with it,
// and the output is deterministic for a given size (seeded PRNG), so runs compare.
// Rooms and tracks are entries that sessions refer to by id; people list their affiliations.

const SLOTS_PER_DAY = 16; // 09:00 to 17:00 in 30-minute slots
const FAMILY = [
  ['김', 'Kim'],
  ['이', 'Lee'],
  ['박', 'Park'],
  ['최', 'Choi'],
  ['정', 'Jung'],
  ['강', 'Kang'],
  ['조', 'Cho'],
  ['윤', 'Yoon'],
  ['장', 'Jang'],
  ['한', 'Han'],
];
const GIVEN = [
  ['민', 'min'],
  ['서', 'seo'],
  ['지', 'ji'],
  ['현', 'hyun'],
  ['우', 'woo'],
  ['준', 'jun'],
  ['영', 'young'],
  ['수', 'soo'],
  ['진', 'jin'],
  ['하', 'ha'],
  ['은', 'eun'],
  ['태', 'tae'],
];
const TOPICS = [
  ['양자 오류 정정', 'quantum error correction'],
  ['초전도 큐비트', 'superconducting qubits'],
  ['양자 네트워크', 'quantum networking'],
  ['양자 센서', 'quantum sensing'],
  ['포스트 양자 암호', 'post-quantum cryptography'],
  ['양자 소프트웨어', 'quantum software'],
  ['이온 트랩', 'trapped ions'],
  ['광자 양자 컴퓨팅', 'photonic quantum computing'],
];
// One track per topic; every other one has a colour (a track's colour is optional).
const TRACK_COLORS = ['#3b3fc4', undefined, '#0f7b6c', undefined, '#b4460b', undefined, '#8a3ffc', undefined];
const JOBS = [
  ['교수', 'Professor'],
  ['연구원', 'Researcher'],
  ['최고기술책임자', 'Chief Technology Officer'],
  ['수석 엔지니어', 'Principal Engineer'],
  ['대표', 'CEO'],
];
const ORG_KINDS = [
  ['대학교', 'University'],
  ['연구소', 'Institute'],
  ['주식회사', 'Inc.'],
  ['재단', 'Foundation'],
];
const ROLE_BY_KIND = { keynote: 'speaker', presentation: 'speaker', talk: 'speaker', workshop: 'host' };

/** A small seeded PRNG (mulberry32): the same size always gives the same forum. */
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

const pad = (n) => String(n).padStart(2, '0');
const dateOf = (dayIndex) => `2026-10-${pad(20 + dayIndex)}`;
const clock = (minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

function personName(rng) {
  const [familyKo, familyEn] = rng.pick(FAMILY);
  const [aKo, aEn] = rng.pick(GIVEN);
  const [bKo, bEn] = rng.pick(GIVEN);
  return { ko: `${familyKo}${aKo}${bKo}`, en: `${familyEn} ${aEn[0].toUpperCase()}${aEn.slice(1)}-${bEn}` };
}

function describe(topicKo, topicEn) {
  return {
    ko: `${topicKo} 분야의 최근 연구 성과와 산업 적용 사례를 소개하고, 향후 5년간의 기술 로드맵과 국제 협력 방안을 논의합니다. 질의응답 시간이 이어집니다.`,
    en: `Recent results in ${topicEn} and how industry is putting them to use, followed by the technology roadmap for the next five years, international collaboration, and questions from the floor.`,
  };
}

/**
 * A person's organisations: one, and for every sixth person a second (a professor who also
 * advises a company, say), so lists of more than one are measured too.
 */
function affiliationsOf(i, first, organizationCount) {
  if (i % 6 !== 0) return [`org-${first}`];
  return [`org-${first}`, `org-${(first + 1 + (i % (organizationCount - 1))) % organizationCount}`];
}

/**
 * A valid forum with `sessionCount` sessions over up to five days in parallel rooms, a track on
 * every fourth session, bilingual (ko/en) texts, people with one or two affiliations, quotes,
 * photos and press coverage.
 */
export function generateForum(sessionCount, seed = 2026) {
  const rng = random(seed + sessionCount);
  const days = Math.min(5, Math.max(2, Math.ceil(sessionCount / 200)));
  const roomCount = Math.max(1, Math.ceil(sessionCount / (days * SLOTS_PER_DAY)));
  const personCount = Math.max(4, Math.ceil(sessionCount * 0.8));
  const organizationCount = Math.max(2, Math.ceil(personCount / 8));

  const rooms = Array.from({ length: roomCount }, (_, i) => ({ id: `room-${i + 1}`, name: { ko: `제${i + 1}회의실`, en: `Room ${i + 1}` } }));
  const tracks = TOPICS.map(([ko, en], i) => ({
    id: `track-${i + 1}`,
    name: { ko, en },
    ...(TRACK_COLORS[i] && { color: TRACK_COLORS[i] }),
  }));

  const organizations = Array.from({ length: organizationCount }, (_, i) => {
    const [kindKo, kindEn] = rng.pick(ORG_KINDS);
    const [topicKo, topicEn] = rng.pick(TOPICS);
    return {
      id: `org-${i}`,
      name: { ko: `한빛${topicKo} ${kindKo} ${i}`, en: `Hanbit ${topicEn} ${kindEn} ${i}` },
      ...(i % 3 === 0 && { shortName: `HB${i}` }),
      url: `https://org-${i}.example.org/`,
      ...(i % 2 === 0 && { logo: `https://org-${i}.example.org/logo.svg` }),
      ...(i % 4 === 0 && { sameAs: [`https://www.linkedin.com/company/org-${i}`] }),
    };
  });

  const people = Array.from({ length: personCount }, (_, i) => {
    const [jobKo, jobEn] = rng.pick(JOBS);
    return {
      id: `person-${i}`,
      name: personName(rng),
      jobTitle: { ko: jobKo, en: jobEn },
      affiliations: affiliationsOf(i, rng.int(organizationCount), organizationCount),
      ...(i % 2 === 0 && { image: `/images/people/person-${i}.jpg` }),
      ...(i % 5 === 0 && { url: `https://people.example.org/${i}` }),
      ...(i % 7 === 0 && { sameAs: [`https://orcid.org/0000-0002-${String(1000 + (i % 9000)).padStart(4, '0')}-000X`] }),
    };
  });

  const someone = () => `person-${rng.int(personCount)}`;
  const sessions = [];
  for (let n = 0; n < sessionCount; n++) {
    const day = Math.floor(n / (roomCount * SLOTS_PER_DAY)) % days;
    const slot = Math.floor(n / roomCount) % SLOTS_PER_DAY;
    const room = n % roomCount;
    const startMinutes = 9 * 60 + slot * 30;
    const topic = rng.int(TOPICS.length);
    const [topicKo, topicEn] = TOPICS[topic];
    const kind =
      n === 0
        ? 'opening-remarks'
        : slot === 6
          ? 'break'
          : slot === 0 && room === 0
            ? 'keynote'
            : rng.pick(['presentation', 'talk', 'panel-discussion', 'presentation', 'workshop']);
    const session = {
      id: `s-${n}`,
      kind,
      ...(kind !== 'opening-remarks' && kind !== 'break' && { title: { ko: `${topicKo}의 현재와 미래 ${n}`, en: `The state and future of ${topicEn} ${n}` } }),
      ...(kind !== 'break' && n % 3 === 0 && { description: describe(topicKo, topicEn) }),
      start: `${dateOf(day)}T${clock(startMinutes)}`,
      end: `${dateOf(day)}T${clock(startMinutes + 25)}`,
      room: rooms[room].id,
      ...(n % 4 === 0 && { track: tracks[topic].id }),
    };
    if (n % 97 === 5) Object.assign(session, { status: 'rescheduled', previousStart: `${dateOf(day)}T${clock(startMinutes - 60)}` });
    if (kind === 'panel-discussion') {
      session.participants = [{ person: someone(), role: 'moderator' }, ...Array.from({ length: 3 }, () => ({ person: someone(), role: 'panelist' }))];
    } else if (kind === 'opening-remarks') {
      session.participants = [
        { person: someone(), role: 'speaker' },
        { person: someone(), role: 'host' },
      ];
    } else if (kind !== 'break') {
      session.participants = [{ person: someone(), role: ROLE_BY_KIND[kind] }];
    }
    sessions.push(session);
  }

  const spoken = sessions.filter((s) => s.participants);
  const quotes = Array.from({ length: Math.ceil(sessionCount / 5) }, (_, i) => {
    const session = spoken[rng.int(spoken.length)];
    const language = i % 3 === 0 ? 'en' : 'ko';
    return {
      id: `quote-${i}`,
      text: {
        ko: '양자 기술은 더 이상 먼 미래의 이야기가 아닙니다. 지금 투자하고 인재를 길러야 합니다.',
        ...(language === 'en' || i % 2 === 0 ? { en: 'Quantum technology is no longer a distant future. We must invest and train people now.' } : {}),
      },
      language,
      person: session.participants[0].person,
      session: session.id,
    };
  });

  const photos = Array.from({ length: Math.ceil(sessionCount / 4) }, (_, i) => {
    const session = spoken[rng.int(spoken.length)];
    return {
      id: `photo-${i}`,
      url: `https://media.example.org/forum/2026/photo-${i}.jpg`,
      caption: { ko: `${session.id} 세션에서 발표하는 모습`, en: `Speaking in session ${session.id}` },
      alt: { ko: '무대 위 연사와 청중', en: 'A speaker on stage in front of the audience' },
      credit: i % 2 === 0 ? '한빛통신' : { ko: '사진: 주최측', en: 'Photo: organisers' },
      copyrightHolder: `org-${rng.int(organizationCount)}`,
      depicts: [...new Set(session.participants.map((p) => p.person)), session.id],
      width: 1600,
      height: 1067,
    };
  });

  const coverage = Array.from({ length: Math.ceil(sessionCount / 50) }, (_, i) => ({
    id: `article-${i}`,
    headline: { ko: `양자 포럼, 산학연 협력 논의 ${i}`, en: `Quantum forum discusses industry-academia cooperation ${i}` },
    url: `https://news.example.com/articles/${100000 + i}`,
    publisher: `org-${rng.int(organizationCount)}`,
    authors: [someone()],
    datePublished: `${dateOf(Math.min(days - 1, i % days))}T${clock(18 * 60)}`,
    language: i % 4 === 0 ? 'en' : 'ko',
  }));

  return {
    id: `seoul-quantum-forum-${sessionCount}`,
    name: { ko: '서울 양자 포럼 2026', en: 'Seoul Quantum Forum 2026' },
    series: { name: { ko: '서울 양자 포럼', en: 'Seoul Quantum Forum' }, edition: '5th', number: 5, url: 'https://quantum.example.org/' },
    description: describe('양자 과학기술', 'quantum science and technology'),
    start: `${dateOf(0)}T09:00`,
    end: `${dateOf(days - 1)}T18:00`,
    timeZone: 'Asia/Seoul',
    status: 'scheduled',
    attendanceMode: 'mixed',
    venue: {
      name: { ko: '코엑스 컨퍼런스룸', en: 'COEX Conference Rooms' },
      address: { streetAddress: '513 Yeongdong-daero', locality: 'Gangnam-gu', region: 'Seoul', postalCode: '06164', country: 'KR' },
      geo: { latitude: 37.5118, longitude: 127.0592 },
      url: 'https://www.coex.co.kr/',
    },
    onlineUrl: 'https://live.example.org/seoul-quantum-forum',
    organizers: ['org-0', 'org-1'],
    sponsors: organizations.slice(2, 12).map((o) => o.id),
    url: 'https://quantum.example.org/2026/',
    images: photos.slice(0, 3).map((p) => p.id),
    keywords: [{ ko: '양자', en: 'quantum' }, 'QEC', { ko: '양자 통신', en: 'quantum communication' }],
    languages: ['ko', 'en'],
    rooms,
    tracks,
    offers: [
      {
        name: { ko: '일반', en: 'General' },
        price: 150000,
        currency: 'KRW',
        url: 'https://quantum.example.org/2026/tickets',
        availability: 'in-stock',
        validFrom: '2026-06-01',
      },
      { name: { ko: '학생', en: 'Student' }, price: 30000, currency: 'KRW', availability: 'limited' },
    ],
    organizations,
    people,
    sessions,
    quotes,
    photos,
    coverage,
  };
}
